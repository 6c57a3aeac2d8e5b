// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the report layer: where the pages of a document laid out as one long page are
// cut. Only QtGui types; safe on a worker thread.

#include <QtGlobal>

#include <vector>

class QTextDocument;

namespace konvergensi::reports::detail {

/// One printed page: the slice [top, bottom) of the long page, drawn below the header rows
/// [repeatTop, repeatBottom) of the table it continues (when repeatTop >= 0).
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    qreal repeatTop = -1;
    qreal repeatBottom = -1;
};

/// Cuts the document into pages: `firstPage` is the height of the first page's body (below
/// the letterhead), `page` that of every other page. The rules, in order of preference:
///
/// - A page ends only between top-level blocks, between two lines of a paragraph (keeping two
///   lines of it on each page), or between two table rows (keeping two rows of it on each
///   page); a table continued on the next page gets its header rows again there, and the
///   border line between the two rows is drawn on both pages, so neither page ends or starts
///   with an open table.
/// - A heading stays with what follows it: the first two lines of a paragraph, or the first
///   two rows of a table (with a short paragraph of up to three lines between heading and
///   table going along as well).
/// - The signature block (the top-level table holding kSignatureAnchor) stays with the end of
///   the content before it: the last two lines or rows, or the whole of a short paragraph.
///
/// When nothing that keeps these rules fits on a page, a cut that breaks the keeping rules is
/// taken; when not even that fits (a table row taller than a page), the page ends after the
/// last whole line of text that fits, never through a line.
std::vector<PageSlice> paginate(QTextDocument &document, qreal firstPage, qreal page);

} // namespace konvergensi::reports::detail
