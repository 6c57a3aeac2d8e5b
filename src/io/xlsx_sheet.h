// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two large parts of a workbook, read with expat as the archive unpacks them (a sheet of
// 100,000 children is 66 MB of XML: it is never whole in memory, and no text becomes a
// QString before it is a cell's value). Used by XlsxReader only.

#include "io/xlsx_reader.h"

#include <QString>

#include <vector>

namespace konvergensi::io {
class ZipArchive;
}

namespace konvergensi::io::xlsx {

enum class PartResult { Ok, Missing, Damaged, TooLarge, TooManyCells, Stopped };

/// xl/sharedStrings.xml: the text of every <si> in order (phonetic runs left out). Missing
/// when the workbook has none; TooManyCells beyond kMaxTableCells strings.
PartResult readSharedStrings(ZipArchive &archive, qsizetype maxBytes, std::vector<QString> &out);

/// The rows of the sheet at `path`, each non-empty row handed to `sink` as it is read:
/// cells from shared strings, inline strings (also rich text), numbers (written back in
/// their shortest exact form: 8.4, 1250), booleans (TRUE/FALSE), formula results as stored;
/// fields up to the row's last value. Stopped when `sink` returned false; TooManyCells beyond
/// kMaxTableRows rows, kMaxTableColumns columns or kMaxTableCells fields.
PartResult readSheetRows(ZipArchive &archive, const QString &path, qsizetype maxBytes,
                         const std::vector<QString> &shared, const XlsxRowSink &sink);

} // namespace konvergensi::io::xlsx
