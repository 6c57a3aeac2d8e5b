// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The page rules of issue #15, checked on a PDF read back with poppler (pdf_text.h) against
// what the document holds. Each check returns the problems it found, one sentence each
// naming the page; empty when the rule holds.

#include "pdf_text.h"

#include "reports/report_document.h"

#include <QImage>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace konvergensi::test {

/// What a document holds, read from its HTML: what the checks look for in the PDF.
struct DocumentShape
{
    QString title;
    QStringList headings; ///< every heading, the title included, whitespace simplified
    struct Table
    {
        QStringList header; ///< the texts of the header rows' cells
        QString heading;    ///< the heading right before it (a short paragraph between allowed)
        int dataRows = 0;
    };
    std::vector<Table> tables; ///< top-level tables with header rows
    QStringList signature;     ///< the lines of the signature block
    QString signatureName;
    QStringList letterhead; ///< the letterhead's lines as printed (names in capitals)
    QSet<QString> words;    ///< every word the document itself prints
};

DocumentShape shapeOf(const reports::ReportDocument &document);

/// The page's lines without the footer ("Halaman i dari n") and without empty lines.
QStringList contentLines(const PdfPage &page);

/// Sets page.inkBottom from a rendering of the page's part from `topPt` (points from the top
/// of the page) down, at `dpi`: the lowest non-white pixel row above the footer.
void measureInk(PdfPage &page, const QImage &part, qreal topPt, int dpi);

/// The page count is the document's own, and no page is empty or less than half full (the
/// last page excepted; pictures count, when inkBottom was measured).
QStringList checkPageCount(const PdfText &pdf, int expectedPages);
/// No page but the last ends with a heading or with a table's header row.
QStringList checkNoHeadingAtFoot(const DocumentShape &shape, const PdfText &pdf);
/// A heading followed by a table is on the same page as the table's header and first row.
QStringList checkHeadingsWithTables(const DocumentShape &shape, const PdfText &pdf);
/// The signature block is whole on one page, and that page holds other content too.
QStringList checkSignatureNotAlone(const DocumentShape &shape, const PdfText &pdf);
/// No header word is printed broken inside itself ("pengamp" + "u").
QStringList checkHeaderWordsWhole(const DocumentShape &shape, const PdfText &pdf);
/// No line of text is printed at the foot of one page and again at the head of the next (a
/// line cut through), and no text reaches into the footer.
QStringList checkNoLineTwice(const DocumentShape &shape, const PdfText &pdf);
/// Every font the PDF uses is embedded (the document prints the same on a PC without DejaVu)
/// and is a real outline font (not a Type 3 bitmap), and there is at least one.
QStringList checkFontsEmbedded(const PdfText &pdf);
/// Every word lies inside the page's margins (a table wider than the page would not).
QStringList checkInsideMargins(const PdfText &pdf);
/// The letterhead: each name on one line (a name too long for one line on two even lines),
/// every line centred on one axis, and room between the letterhead and the title.
QStringList checkLetterheadText(const DocumentShape &shape, const PdfText &pdf);
/// The double rule under the letterhead: two lines across the text width between the
/// letterhead's text and the title, the upper one thicker. `image` is page 1 at `dpi`.
QStringList checkDoubleRule(const DocumentShape &shape, const PdfText &pdf, const QImage &image,
                            int dpi);
/// No page ends with a border or a box below its last text (an empty row, a table's top
/// border): nothing dark more than 5 mm below the last text above the footer. `images` are
/// the pages at `dpi`, each cut from `cropTopMm` down.
QStringList checkNoStrayBorder(const PdfText &pdf, const std::vector<QImage> &images, int dpi,
                               qreal cropTopMm = 0);
/// The rows of an attendance sheet (numbered in the first column) are at least `mm` high.
QStringList checkRowHeights(const PdfText &pdf, double mm);

/// The vertical grid lines of a chart picture (their centres, in pixels from the left):
/// columns where the chart's light grey runs down 15 % of the picture or more, neighbouring
/// columns counted as one line.
std::vector<double> verticalGridLines(const QImage &image);
/// A chart keeps its vertical grid lines where it is printed: every line of `source` (the
/// picture as embedded) is in `rendered` (the picture's part of the page as a viewer or a
/// printer shows it) at the same place, and there are some to keep. (The dashboard summary
/// once lost most of them on paper.)
QStringList checkGridLinesKept(const QImage &source, const QImage &rendered);

} // namespace konvergensi::test
