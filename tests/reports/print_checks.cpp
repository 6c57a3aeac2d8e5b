// SPDX-License-Identifier: GPL-3.0-or-later
#include "print_checks.h"

#include "reports/report_layout.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <map>

namespace konvergensi::test {

namespace {

const QRegularExpression &spaces()
{
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

QStringList wordsOf(const QString &text)
{
    // A no-break space ("8,4 %") separates words as a space does.
    return QString(text)
        .replace(QChar(0x00a0), QLatin1Char(' '))
        .split(spaces(), Qt::SkipEmptyParts);
}

QString cellText(QTextTable *table, const QTextTableCell &cell)
{
    QTextCursor cursor(table->document());
    cursor.setPosition(cell.firstPosition());
    cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
    return cursor.selectedText().simplified();
}

bool holdsAnchor(QTextTable *table, const QString &anchor)
{
    for (QTextBlock block = table->document()->findBlock(table->firstPosition());
         block.isValid() && block.position() <= table->lastPosition(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return true;
    return false;
}

bool isFooter(const QString &line)
{
    static const QRegularExpression footer(
        QStringLiteral("^\\s*(Halaman|Page) \\d+ (dari|of) \\d+\\s*$"));
    return footer.match(line).hasMatch();
}

/// Top of the footer ("Halaman i dari n"): the lowest such phrase on the page.
qreal footerTop(const PdfPage &page)
{
    qreal top = page.size.height();
    for (std::size_t i = 0; i + 1 < page.words.size(); ++i) {
        const PdfWord &word = page.words[i];
        if ((word.text == QLatin1String("Halaman") || word.text == QLatin1String("Page"))
            && std::abs(page.words[i + 1].box.top() - word.box.top()) < 1
            && word.box.top() > page.size.height() * 0.8)
            top = word.box.top();
    }
    return top;
}

std::vector<PdfWord> bodyWords(const PdfPage &page)
{
    const qreal footer = footerTop(page);
    std::vector<PdfWord> words;
    for (const PdfWord &word : page.words)
        if (word.box.top() < footer - 1)
            words.push_back(word);
    return words;
}

/// A line made only of words of one table's column heads (at least two of them; header
/// cells of more than four words, such as a section's title row, do not count).
bool headerOnly(const QString &line, const DocumentShape &shape)
{
    const QStringList words = wordsOf(line);
    if (words.size() < 2)
        return false;
    for (const DocumentShape::Table &table : shape.tables) {
        QSet<QString> header;
        for (const QString &cell : table.header)
            if (const QStringList cellWords = wordsOf(cell); cellWords.size() <= 4)
                for (const QString &word : cellWords)
                    header.insert(word);
        if (std::all_of(words.begin(), words.end(),
                        [&header](const QString &w) { return header.contains(w); }))
            return true;
    }
    return false;
}

QString pageName(std::size_t index)
{
    return QStringLiteral("page %1").arg(index + 1);
}

} // namespace

DocumentShape shapeOf(const reports::ReportDocument &document)
{
    DocumentShape shape;
    QTextDocument text;
    text.setHtml(document.html());
    shape.title = document.title().simplified();
    QString lastHeading;
    int between = 0;
    for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            if (holdsAnchor(table, reports::detail::kSignatureAnchor)) {
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(0, column);
                    QTextCursor cursor(&text);
                    cursor.setPosition(cell.firstPosition());
                    cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
                    for (const QString &line : cursor.selectedText().split(
                             QRegularExpression(QStringLiteral("[\\x{2028}\\x{2029}\\n]"))))
                        if (!line.trimmed().isEmpty())
                            shape.signature << line.simplified();
                }
                continue;
            }
            const int headerRows = table->format().headerRowCount();
            if (headerRows > 0) {
                DocumentShape::Table t;
                for (int row = 0; row < headerRows; ++row)
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        if (cell.row() == row && cell.column() == column)
                            t.header << cellText(table, cell);
                    }
                t.heading = lastHeading;
                t.dataRows = table->rows() - headerRows;
                shape.tables.push_back(t);
            }
            lastHeading.clear();
            continue;
        }
        const QString line = it.currentBlock().text().simplified();
        if (line.isEmpty())
            continue;
        if (it.currentBlock().blockFormat().headingLevel() > 0) {
            shape.headings << line;
            lastHeading = line;
            between = 0;
        } else if (!lastHeading.isEmpty() && (++between > 1 || line.size() > 300)) {
            lastHeading.clear();
        }
    }
    if (const auto &signature = document.signature())
        shape.signatureName = signature->name.isEmpty()
                                  ? QStringLiteral("(...............................)")
                                  : signature->name.simplified();
    const core::Letterhead &lh = document.letterhead();
    for (const auto &[value, upper] :
         {std::pair{lh.government, true}, std::pair{lh.agency, true}, std::pair{lh.address, false},
          std::pair{lh.contact, false}}) {
        const QString line = QString::fromStdString(value).simplified();
        if (!line.isEmpty())
            shape.letterhead << (upper ? line.toUpper() : line);
    }
    for (const QString &word :
         wordsOf(text.toPlainText() + QLatin1Char(' ') + shape.letterhead.join(QLatin1Char(' '))))
        shape.words.insert(word);
    return shape;
}

QStringList contentLines(const PdfPage &page)
{
    QStringList lines;
    for (const QString &line : page.lines)
        if (!line.trimmed().isEmpty() && !isFooter(line))
            lines << line;
    return lines;
}

void measureInk(PdfPage &page, const QImage &part, qreal topPt, int dpi)
{
    if (part.isNull())
        return;
    const QImage grey = part.convertToFormat(QImage::Format_Grayscale8);
    const qreal ptPerPixel = 72.0 / dpi;
    // Two points clear of the footer's own text.
    const int last = std::min(grey.height() - 1,
                              static_cast<int>((footerTop(page) - 2 - topPt) / ptPerPixel));
    for (int y = last; y >= 0; --y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (row[x] < 200) {
                page.inkBottom = topPt + (y + 1) * ptPerPixel;
                return;
            }
        }
    }
}

QStringList checkPageCount(const PdfText &pdf, int expectedPages)
{
    QStringList problems;
    if (static_cast<int>(pdf.pages.size()) != expectedPages)
        problems << QStringLiteral("%1 pages printed, pageCount() says %2")
                        .arg(pdf.pages.size())
                        .arg(expectedPages);
    for (std::size_t i = 0; i < pdf.pages.size(); ++i) {
        const PdfPage &page = pdf.pages[i];
        if (contentLines(page).isEmpty()) {
            problems << pageName(i) + QStringLiteral(" is empty");
            continue;
        }
        if (i + 1 == pdf.pages.size())
            continue;
        // Text, or a picture or rule drawn lower (when the page was measured).
        qreal lowest = page.inkBottom;
        for (const PdfWord &word : bodyWords(page))
            lowest = std::max(lowest, word.box.bottom());
        if (lowest < page.size.height() * 0.5)
            problems << pageName(i) + QStringLiteral(" is less than half full");
    }
    return problems;
}

namespace {
/// Ink this far below the last line of text is a picture or a table, not a stray rule.
constexpr qreal kPictureBelowPt = 24;
} // namespace

QStringList checkNoHeadingAtFoot(const DocumentShape &shape, const PdfText &pdf)
{
    QStringList problems;
    for (std::size_t i = 0; i + 1 < pdf.pages.size(); ++i) {
        const QStringList lines = contentLines(pdf.pages[i]);
        if (lines.isEmpty())
            continue;
        const QString last = lines.back().simplified();
        // A picture drawn below the last line (a chart under its heading) ends the page.
        qreal textBottom = 0;
        for (const PdfWord &word : bodyWords(pdf.pages[i]))
            textBottom = std::max(textBottom, word.box.bottom());
        if (pdf.pages[i].inkBottom > textBottom + kPictureBelowPt)
            continue;
        if (shape.headings.contains(last))
            problems << pageName(i) + QStringLiteral(" ends with the heading \"%1\"").arg(last);
        else if (headerOnly(last, shape))
            problems << pageName(i) + QStringLiteral(" ends with a table header \"%1\"").arg(last);
    }
    return problems;
}

QStringList checkHeadingsWithTables(const DocumentShape &shape, const PdfText &pdf)
{
    QStringList problems;
    for (const DocumentShape::Table &table : shape.tables) {
        if (table.heading.isEmpty() || table.dataRows == 0)
            continue;
        QStringList firstWords;
        for (const QString &cell : table.header)
            if (const QStringList words = wordsOf(cell); !words.isEmpty())
                firstWords << words.front();
        for (std::size_t i = 0; i < pdf.pages.size(); ++i) {
            const QStringList lines = contentLines(pdf.pages[i]);
            for (qsizetype k = 0; k < lines.size(); ++k) {
                if (lines[k].simplified() != table.heading)
                    continue;
                // The header row below the heading, then a line that is not header.
                qsizetype header = -1;
                for (qsizetype j = k + 1; j < lines.size() && header < 0; ++j) {
                    const QStringList words = wordsOf(lines[j]);
                    const auto hits = std::count_if(
                        firstWords.begin(), firstWords.end(),
                        [&words](const QString &w) { return words.contains(w); });
                    if (hits >= std::min<qsizetype>(2, firstWords.size()))
                        header = j;
                }
                bool row = false;
                for (qsizetype j = header + 1; header >= 0 && j < lines.size() && !row; ++j)
                    row = !headerOnly(lines[j], shape)
                          && !shape.headings.contains(lines[j].simplified());
                if (header < 0 || !row)
                    problems << pageName(i)
                                    + QStringLiteral(": the heading \"%1\" is not followed by "
                                                     "its table's header and first row")
                                          .arg(table.heading);
            }
        }
    }
    return problems;
}

QStringList checkSignatureNotAlone(const DocumentShape &shape, const PdfText &pdf)
{
    QStringList problems;
    if (shape.signature.isEmpty())
        return problems;
    QSet<QString> signatureWords;
    for (const QString &line : shape.signature)
        for (const QString &word : wordsOf(line))
            signatureWords.insert(word);
    int found = 0;
    for (std::size_t i = 0; i < pdf.pages.size(); ++i) {
        const QStringList lines = contentLines(pdf.pages[i]);
        const QString all = lines.join(QLatin1Char(' ')).simplified();
        if (!all.contains(shape.signatureName))
            continue;
        ++found;
        for (const QString &word : signatureWords)
            if (!wordsOf(all).contains(word))
                problems << pageName(i)
                                + QStringLiteral(": the signature block is split (\"%1\" is "
                                                 "not on the page of the name)")
                                      .arg(word);
        const auto others = std::count_if(lines.begin(), lines.end(), [&](const QString &line) {
            const QStringList words = wordsOf(line);
            return !headerOnly(line, shape)
                   && !std::all_of(words.begin(), words.end(),
                                   [&](const QString &w) { return signatureWords.contains(w); });
        });
        if (others == 0)
            problems << pageName(i) + QStringLiteral(" holds only the signature block");
    }
    if (found != 1)
        problems << QStringLiteral("the signatory's name is on %1 pages").arg(found);
    return problems;
}

QStringList checkHeaderWordsWhole(const DocumentShape &shape, const PdfText &pdf)
{
    QStringList problems;
    QSet<QString> printed;
    for (const PdfPage &page : pdf.pages)
        for (const PdfWord &word : page.words)
            printed.insert(word.text);
    QSet<QString> headerWords;
    for (const DocumentShape::Table &table : shape.tables)
        for (const QString &cell : table.header)
            for (const QString &word : wordsOf(cell))
                headerWords.insert(word);
    for (const QString &word : headerWords) {
        if (word.size() < 3)
            continue;
        for (const QString &piece : printed) {
            if (piece.size() >= 2 && piece.size() < word.size() && word.startsWith(piece)
                && !shape.words.contains(piece) && !piece.endsWith(QLatin1Char('-'))
                && !piece.endsWith(QLatin1Char('/')))
                problems << QStringLiteral("the header word \"%1\" is broken after \"%2\"")
                                .arg(word, piece);
        }
        if (!printed.contains(word) && !word.contains(QLatin1Char('/'))
            && !word.contains(QLatin1Char('-')))
            problems << QStringLiteral("the header word \"%1\" is not printed whole").arg(word);
    }
    return problems;
}

QStringList checkNoLineTwice(const DocumentShape &shape, const PdfText &pdf)
{
    QStringList problems;
    for (std::size_t i = 0; i + 1 < pdf.pages.size(); ++i) {
        const QStringList here = contentLines(pdf.pages[i]);
        const QStringList next = contentLines(pdf.pages[i + 1]);
        if (here.isEmpty() || next.isEmpty())
            continue;
        const QString last = here.back().simplified();
        for (const QString &line : next) {
            if (headerOnly(line, shape))
                continue;
            if (line.simplified() == last && last.size() > 3)
                problems << pageName(i)
                                + QStringLiteral(" ends with a line that page %1 "
                                                 "starts with again: \"%2\"")
                                      .arg(i + 2)
                                      .arg(last);
            break;
        }
    }
    for (std::size_t i = 0; i < pdf.pages.size(); ++i) {
        const qreal footer = footerTop(pdf.pages[i]);
        for (const PdfWord &word : bodyWords(pdf.pages[i]))
            if (word.box.bottom() > footer)
                problems << pageName(i)
                                + QStringLiteral(": \"%1\" reaches into the footer").arg(word.text);
    }
    return problems;
}

QStringList checkFontsEmbedded(const PdfText &pdf)
{
    QStringList problems;
    if (pdf.fonts.empty())
        problems << QStringLiteral("the PDF uses no font");
    for (const PdfFont &font : pdf.fonts) {
        if (!font.embedded)
            problems << QStringLiteral("font %1 is not embedded").arg(font.name);
        if (font.type.startsWith(QLatin1String("Type 3")))
            problems << QStringLiteral("font %1 is a Type 3 font").arg(font.name);
    }
    return problems;
}

QStringList checkInsideMargins(const PdfText &pdf)
{
    QStringList problems;
    const qreal tolerance = 1.5;
    for (std::size_t i = 0; i < pdf.pages.size(); ++i) {
        const PdfPage &page = pdf.pages[i];
        const QRectF inside(mmToPoints(25) - tolerance, mmToPoints(15) - tolerance,
                            page.size.width() - mmToPoints(45) + 2 * tolerance,
                            page.size.height() - mmToPoints(30) + 2 * tolerance);
        for (const PdfWord &word : page.words)
            if (!inside.contains(word.box)) {
                problems
                    << pageName(i)
                           + QStringLiteral(": \"%1\" lies outside the margins").arg(word.text);
                break;
            }
    }
    return problems;
}

namespace {

/// The printed lines of one letterhead line: its words found in order on page 1, grouped by
/// the line they stand on (top to bottom), or empty when not found.
std::vector<std::vector<PdfWord>> printedLines(const PdfPage &page, const QString &text)
{
    const QStringList words = wordsOf(text);
    for (std::size_t start = 0; start + words.size() <= page.words.size(); ++start) {
        bool match = true;
        for (qsizetype k = 0; k < words.size() && match; ++k)
            match = page.words[start + static_cast<std::size_t>(k)].text == words[k];
        if (!match)
            continue;
        std::map<int, std::vector<PdfWord>> byLine;
        for (qsizetype k = 0; k < words.size(); ++k) {
            const PdfWord &word = page.words[start + static_cast<std::size_t>(k)];
            byLine[static_cast<int>(std::lround(word.box.top()))].push_back(word);
        }
        std::vector<std::vector<PdfWord>> lines;
        for (auto &[top, line] : byLine) {
            if (!lines.empty() && std::abs(lines.back().front().box.top() - top) < 1.5)
                lines.back().insert(lines.back().end(), line.begin(), line.end());
            else
                lines.push_back(line);
        }
        return lines;
    }
    return {};
}

qreal letterheadBottom(const DocumentShape &shape, const PdfPage &page)
{
    qreal bottom = 0;
    for (const QString &text : shape.letterhead)
        for (const auto &line : printedLines(page, text))
            for (const PdfWord &word : line)
                bottom = std::max(bottom, word.box.bottom());
    return bottom;
}

qreal titleTop(const DocumentShape &shape, const PdfPage &page, qreal below)
{
    const QStringList words = wordsOf(shape.title);
    for (const PdfWord &word : page.words)
        if (!words.isEmpty() && word.text == words.front() && word.box.top() > below)
            return word.box.top();
    return -1;
}

} // namespace

QStringList checkLetterheadText(const DocumentShape &shape, const PdfText &pdf)
{
    QStringList problems;
    if (pdf.pages.empty() || shape.letterhead.isEmpty())
        return problems;
    const PdfPage &page = pdf.pages.front();
    std::vector<qreal> centres;
    for (qsizetype n = 0; n < shape.letterhead.size(); ++n) {
        const QString &text = shape.letterhead[n];
        const auto lines = printedLines(page, text);
        if (lines.empty()) {
            problems << QStringLiteral("the letterhead line \"%1\" is not printed").arg(text);
            continue;
        }
        // The names (the first two lines) on one line each; a very long one on two even
        // lines (neither of a single word).
        if (lines.size() > 2 || (lines.size() == 2 && (lines[0].size() < 2 || lines[1].size() < 2)))
            problems << QStringLiteral("the letterhead line \"%1\" is printed on %2 lines")
                            .arg(text)
                            .arg(lines.size());
        if (n < 2 && lines.size() > 1 && text.size() <= 40)
            problems << QStringLiteral("the letterhead name \"%1\" wraps").arg(text);
        for (const auto &line : lines) {
            qreal left = line.front().box.left();
            qreal right = line.front().box.right();
            for (const PdfWord &word : line) {
                left = std::min(left, word.box.left());
                right = std::max(right, word.box.right());
            }
            centres.push_back((left + right) / 2);
        }
    }
    if (!centres.empty()) {
        const auto [low, high] = std::minmax_element(centres.begin(), centres.end());
        if (*high - *low > 2.5)
            problems << QStringLiteral("the letterhead lines are not centred on one axis "
                                       "(centres %1 to %2 pt)")
                            .arg(*low)
                            .arg(*high);
    }
    const qreal bottom = letterheadBottom(shape, page);
    const qreal title = titleTop(shape, page, bottom);
    if (!shape.title.isEmpty()) {
        if (title < 0)
            problems << QStringLiteral("the title is not printed below the letterhead");
        else if (title - bottom < mmToPoints(8))
            problems << QStringLiteral("the title stands %1 mm under the letterhead")
                            .arg((title - bottom) / 72.0 * 25.4, 0, 'f', 1);
    }
    return problems;
}

QStringList checkDoubleRule(const DocumentShape &shape, const PdfText &pdf, const QImage &image,
                            int dpi)
{
    QStringList problems;
    if (pdf.pages.empty() || image.isNull() || shape.letterhead.isEmpty())
        return {QStringLiteral("no page 1 to look at")};
    const PdfPage &page = pdf.pages.front();
    const qreal scale = dpi / 72.0;
    const int from = static_cast<int>(letterheadBottom(shape, page) * scale) + 1;
    qreal title = titleTop(shape, page, letterheadBottom(shape, page));
    const int to = title > 0 ? static_cast<int>(title * scale) - 1
                             : from + static_cast<int>(mmToPoints(15) * scale);
    const int left = static_cast<int>(mmToPoints(27) * scale);
    const int right = static_cast<int>((page.size.width() - mmToPoints(22)) * scale);
    std::vector<std::pair<int, int>> runs; // first row, height
    for (int y = std::max(0, from); y < std::min(to, image.height()); ++y) {
        const uchar *row = image.constScanLine(y);
        int dark = 0;
        for (int x = left; x < right; ++x)
            dark += row[x] < 160 ? 1 : 0;
        if (dark < (right - left) * 0.95)
            continue;
        if (!runs.empty() && runs.back().first + runs.back().second == y)
            ++runs.back().second;
        else
            runs.emplace_back(y, 1);
    }
    if (runs.size() != 2)
        problems << QStringLiteral("%1 rules across the page under the letterhead, not two")
                        .arg(runs.size());
    else if (runs[0].second <= runs[1].second)
        problems << QStringLiteral("the upper rule (%1 px) is not thicker than the lower (%2 px)")
                        .arg(runs[0].second)
                        .arg(runs[1].second);
    return problems;
}

QStringList checkNoStrayBorder(const PdfText &pdf, const std::vector<QImage> &images, int dpi,
                               qreal cropTopMm)
{
    const int offset = qRound(cropTopMm / 25.4 * dpi);
    QStringList problems;
    const qreal scale = dpi / 72.0;
    for (std::size_t i = 0; i < pdf.pages.size() && i < images.size(); ++i) {
        const PdfPage &page = pdf.pages[i];
        const QImage &image = images[i];
        qreal textBottom = 0;
        for (const PdfWord &word : bodyWords(page))
            textBottom = std::max(textBottom, word.box.bottom());
        const int footer = static_cast<int>(footerTop(page) * scale) - 1 - offset;
        const int left = static_cast<int>(mmToPoints(24) * scale);
        const int right = std::min(image.width(),
                                   static_cast<int>((page.size.width() - mmToPoints(19)) * scale));
        int lowestDark = -1;
        for (int y = std::min(footer, image.height() - 1); y >= 0 && lowestDark < 0; --y) {
            const uchar *row = image.constScanLine(y);
            for (int x = left; x < right; ++x)
                if (row[x] < 128) {
                    lowestDark = y;
                    break;
                }
        }
        const qreal below = ((lowestDark + offset) / scale - textBottom) / 72.0 * 25.4;
        // A picture (a chart under its heading) is no stray border: it has rows of many
        // separate marks (labels, bars), where a border has at most its two sides.
        int busyRows = 0;
        const int textRow = static_cast<int>(textBottom * scale) - offset;
        for (int y = std::max(0, textRow); y <= lowestDark && busyRows < 3; ++y) {
            const uchar *row = image.constScanLine(y);
            int runs = 0;
            bool dark = false;
            for (int x = left; x < right; ++x) {
                const bool now = row[x] < 200; // light colours of a chart count
                runs += now && !dark ? 1 : 0;
                dark = now;
            }
            busyRows += runs >= 4 ? 1 : 0;
        }
        if (lowestDark >= 0 && below > 5.0 && busyRows < 3)
            problems << pageName(i)
                            + QStringLiteral(" has a line or box %1 mm below its last text")
                                  .arg(below, 0, 'f', 1);
    }
    return problems;
}

QStringList checkRowHeights(const PdfText &pdf, double mm)
{
    QStringList problems;
    int pairs = 0;
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    for (std::size_t i = 0; i < pdf.pages.size(); ++i) {
        std::map<int, qreal> rows; // row number -> top
        for (const PdfWord &word : bodyWords(pdf.pages[i]))
            if (number.match(word.text).hasMatch() && word.box.right() < mmToPoints(25 + 14))
                rows[word.text.toInt()] = word.box.top();
        for (const auto &[n, top] : rows) {
            const auto next = rows.find(n + 1);
            if (next == rows.end())
                continue;
            ++pairs;
            const qreal height = (next->second - top) / 72.0 * 25.4;
            if (height < mm - 0.2)
                problems
                    << pageName(i)
                           + QStringLiteral(": row %1 is %2 mm high").arg(n).arg(height, 0, 'f', 1);
        }
    }
    if (pairs == 0)
        problems << QStringLiteral("no numbered rows found");
    return problems;
}

std::vector<double> verticalGridLines(const QImage &picture)
{
    std::vector<double> centres;
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    if (image.isNull())
        return centres;
    // The charts' grid is #c8c8c8 (reports/prevalence/prevalence_charts.cpp): a neutral grey
    // that stays one when blended with the white around it, or shifted by JPEG. Lighter than
    // 235 is a line nobody sees; darker than 185 is an axis or a reference line, not grid.
    const auto width = static_cast<std::size_t>(image.width());
    std::vector<int> greyInColumn(width, 0);
    std::vector<int> darkInColumn(width, 0);
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (std::size_t x = 0; x < width; ++x) {
            const int r = qRed(line[x]);
            const int g = qGreen(line[x]);
            const int b = qBlue(line[x]);
            if (std::max({r, g, b}) - std::min({r, g, b}) > 16)
                continue; // a colour: bars, series
            const int level = (r + g + b) / 3;
            if (level < 185)
                ++darkInColumn[x];
            else if (level <= 235)
                ++greyInColumn[x];
        }
    }
    // A line runs down at least 15 % of the picture (bars drawn over a grid line hide the
    // rest). The soft edge of a dark line (the axis) is grey too: not a grid line.
    const auto isLine = [&](const std::vector<int> &counts, std::size_t x) {
        return counts[x] * 100 >= image.height() * 15;
    };
    const auto nearDarkLine = [&](std::size_t from, std::size_t to) {
        for (std::size_t x = from >= 2 ? from - 2 : 0; x < std::min(width, to + 3); ++x)
            if (isLine(darkInColumn, x))
                return true;
        return false;
    };
    std::size_t first = width;
    for (std::size_t x = 0; x <= width; ++x) {
        const bool gridColumn = x < width && isLine(greyInColumn, x);
        if (gridColumn && first == width)
            first = x;
        if (!gridColumn && first != width) {
            if (!nearDarkLine(first, x - 1))
                centres.push_back((double(first) + double(x - 1)) / 2.0);
            first = width;
        }
    }
    return centres;
}

QStringList checkGridLinesKept(const QImage &source, const QImage &rendered)
{
    QStringList problems;
    const std::vector<double> held = verticalGridLines(source);
    const std::vector<double> shown = verticalGridLines(rendered);
    if (held.size() < 3 || rendered.isNull()) {
        problems << QStringLiteral("the chart picture has %1 vertical grid lines (at least 3 "
                                   "expected)")
                        .arg(held.size());
        return problems;
    }
    const double scale = double(rendered.width()) / source.width();
    for (const double x : held) {
        const double want = x * scale;
        const bool found = std::any_of(shown.begin(), shown.end(),
                                       [&](double got) { return std::abs(got - want) <= 2.0; });
        if (!found)
            problems << QStringLiteral("the vertical grid line at %1 % of the chart's width is "
                                       "not on the page")
                            .arg(qRound(100.0 * x / source.width()));
    }
    return problems;
}

} // namespace konvergensi::test
