// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/report_document.h"

#include "storage/output_file.h"
#include "storage/storage_error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace konvergensi::reports {

namespace {

const QString kLogoUrl = QStringLiteral("konvergensi://logo");

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QPageSize pageSizeOf(Paper paper)
{
    if (paper == Paper::F4)
        return QPageSize(QSizeF(215.0, 330.0), QPageSize::Millimeter, QStringLiteral("F4"),
                         QPageSize::ExactMatch);
    return QPageSize(QPageSize::A4);
}

/// Margins of an official letter: a wider left margin for binding.
QMarginsF pageMargins()
{
    return {25.0, 15.0, 20.0, 15.0};
}

QString pageLabel(core::Language language)
{
    return language == core::Language::Indonesian ? QStringLiteral("Halaman %1 dari %2")
                                                  : QStringLiteral("Page %1 of %2");
}

} // namespace

std::optional<Paper> paperFromString(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("a4"))
        return Paper::A4;
    if (lower == QLatin1String("f4") || lower == QLatin1String("folio"))
        return Paper::F4;
    return std::nullopt;
}

ReportError::ReportError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{
}

ReportDocument::ReportDocument(core::Letterhead letterhead, core::Language language)
    : m_letterhead(std::move(letterhead))
    , m_language(language)
{
}

void ReportDocument::setTitle(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
}

void ReportDocument::setBodyHtml(const QString &html)
{
    m_body = html;
}

void ReportDocument::setSignature(const Signature &signature)
{
    m_signature = signature;
}

void ReportDocument::setPaper(Paper paper)
{
    m_paper = paper;
}

void ReportDocument::setLandscape(bool landscape)
{
    m_landscape = landscape;
}

QString ReportDocument::html() const
{
    using html::escape;
    QString out;
    out += QStringLiteral(
        "<html><head><style>"
        "body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #000000; }"
        "h1 { font-size: 13pt; font-weight: bold; text-align: center; margin: 0; }"
        "h2 { font-size: 11pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }"
        "h3 { font-size: 10pt; font-weight: bold; margin-top: 10px; margin-bottom: 3px; }"
        "p { margin-top: 2px; margin-bottom: 4px; }"
        "th { background-color: #e6e6e6; font-weight: bold; }"
        ".kop-gov { font-size: 13pt; font-weight: bold; }"
        ".kop-agency { font-size: 15pt; font-weight: bold; }"
        ".kop-small { font-size: 8.5pt; }"
        ".subtitle { font-size: 10.5pt; text-align: center; }"
        ".muted { color: #555555; }"
        "</style></head><body>");

    // Letterhead (kop surat): logo at the left, the government and agency centred.
    const bool hasLogo = !m_letterhead.logoPng.empty();
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    if (hasLogo)
        out += QStringLiteral("<td width=\"80\" valign=\"middle\"><img src=\"%1\" width=\"70\"/>"
                              "</td>")
                   .arg(kLogoUrl);
    out += QStringLiteral("<td align=\"center\" valign=\"middle\">");
    if (!m_letterhead.government.empty())
        out += QStringLiteral("<div class=\"kop-gov\">%1</div>")
                   .arg(escape(fromStd(m_letterhead.government).toUpper()));
    if (!m_letterhead.agency.empty())
        out += QStringLiteral("<div class=\"kop-agency\">%1</div>")
                   .arg(escape(fromStd(m_letterhead.agency).toUpper()));
    if (!m_letterhead.address.empty())
        out += QStringLiteral("<div class=\"kop-small\">%1</div>")
                   .arg(escape(fromStd(m_letterhead.address)));
    if (!m_letterhead.contact.empty())
        out += QStringLiteral("<div class=\"kop-small\">%1</div>")
                   .arg(escape(fromStd(m_letterhead.contact)));
    out += QStringLiteral("</td>");
    if (hasLogo)
        out += QStringLiteral("<td width=\"80\"></td>"); // keeps the text centred on the page
    out += QStringLiteral("</tr></table>");
    // The double rule under a kop surat.
    out += QStringLiteral("<hr style=\"height: 2px; background-color: #000000;\"/>");

    if (!m_title.isEmpty())
        out += QStringLiteral("<h1>%1</h1>").arg(escape(m_title));
    if (!m_subtitle.isEmpty())
        out += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(escape(m_subtitle));
    out += QStringLiteral("<div>%1</div>").arg(m_body);

    if (m_signature) {
        const Signature &s = *m_signature;
        out += QStringLiteral("<br/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                              "<tr><td width=\"55%\"></td><td align=\"center\">");
        if (!s.place.isEmpty() || !s.date.isEmpty())
            out += QStringLiteral("%1%2%3<br/>")
                       .arg(escape(s.place),
                            s.place.isEmpty() || s.date.isEmpty() ? QString()
                                                                  : QStringLiteral(", "),
                            escape(s.date));
        out += escape(s.title) + QStringLiteral("<br/><br/><br/><br/><br/>");
        out += QStringLiteral("<b><u>%1</u></b>")
                   .arg(escape(s.name.isEmpty()
                                   ? QStringLiteral("(...............................)")
                                   : s.name));
        if (!s.nip.isEmpty())
            out += QStringLiteral("<br/>NIP. %1").arg(escape(s.nip));
        out += QStringLiteral("</td></tr></table>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

namespace {

/// Where a page may end: between top-level blocks and between table rows; never inside a row.
/// `repeatTop/repeatBottom` give the header rows of the table the position belongs to, drawn
/// again at the top of the next page when a page ends inside that table.
struct BreakPoint
{
    qreal y = 0;
    qreal repeatTop = -1;
    qreal repeatBottom = -1;
    bool betweenRows = false; ///< a row boundary inside a table
};

/// Top of a table row: the highest first block of its cells, less the cell padding and border.
qreal rowTop(QTextTable *table, int row, QAbstractTextDocumentLayout *layout)
{
    qreal top = std::numeric_limits<qreal>::max();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid() || cell.row() != row)
            continue;
        const QTextBlock block = cell.firstCursorPosition().block();
        top = std::min(top, layout->blockBoundingRect(block).top());
    }
    const QTextTableFormat format = table->format();
    return top - format.cellPadding() - format.border() - format.cellSpacing();
}

/// A cut is made this far above a row or block, so that the top border line of what comes
/// next is not left as a stray line at the foot of the page (device pixels, 300 dpi).
constexpr qreal kCutClearance = 4.0;

std::vector<BreakPoint> breakPoints(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    std::vector<BreakPoint> points;
    QTextFrame *root = document.rootFrame();
    // A heading stays with what follows it: no cut right after a heading (empty blocks in
    // between do not count).
    bool afterHeading = false;
    std::vector<std::pair<qreal, qreal>> tables; // vertical extent of every top-level table
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            const QRectF box = layout->frameBoundingRect(frame);
            tables.emplace_back(box.top(), box.bottom());
            if (!afterHeading)
                points.push_back({box.top()});
            afterHeading = false;
            if (!table)
                continue;
            const int headerRows = std::min(table->format().headerRowCount(), table->rows());
            const qreal headerTop = box.top();
            const qreal headerBottom = headerRows > 0 && headerRows < table->rows()
                                           ? rowTop(table, headerRows, layout)
                                           : -1;
            for (int row = std::max(1, headerRows + 1); row < table->rows(); ++row) {
                BreakPoint point{rowTop(table, row, layout)};
                point.betweenRows = true;
                if (headerBottom > 0) {
                    point.repeatTop = headerTop;
                    point.repeatBottom = headerBottom;
                }
                points.push_back(point);
            }
        } else {
            const QTextBlock block = it.currentBlock();
            if (!afterHeading)
                points.push_back({layout->blockBoundingRect(block).top()});
            if (block.blockFormat().headingLevel() > 0)
                afterHeading = true;
            else if (!block.text().trimmed().isEmpty())
                afterHeading = false;
        }
    }
    // A block may report a top inside the table before it (the empty block that ends a
    // document does): only row boundaries may cut a table.
    std::erase_if(points, [&tables](const BreakPoint &point) {
        if (point.betweenRows)
            return false;
        return std::any_of(tables.begin(), tables.end(), [&point](const auto &extent) {
            return point.y > extent.first + 1 && point.y < extent.second - 1;
        });
    });
    for (BreakPoint &point : points)
        point.y = std::max<qreal>(0, point.y - kCutClearance);
    std::sort(points.begin(), points.end(),
              [](const BreakPoint &a, const BreakPoint &b) { return a.y < b.y; });
    return points;
}

/// One printed page: an optional repeated table header, then the slice [top, bottom).
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    qreal repeatTop = -1;
    qreal repeatBottom = -1;
};

std::vector<PageSlice> paginate(QTextDocument &document, qreal pageHeight)
{
    const qreal end = document.documentLayout()->documentSize().height();
    const std::vector<BreakPoint> points = breakPoints(document);
    std::vector<PageSlice> pages;
    PageSlice page;
    while (page.top < end - 0.5) {
        const qreal header = page.repeatTop >= 0 ? page.repeatBottom - page.repeatTop : 0;
        const qreal limit = page.top + pageHeight - header;
        if (limit >= end) {
            page.bottom = end;
            pages.push_back(page);
            break;
        }
        // The last break point that fits; a row taller than a page is cut at the page end.
        const BreakPoint *cut = nullptr;
        for (const BreakPoint &point : points) {
            if (point.y > page.top + 1 && point.y <= limit)
                cut = &point;
        }
        PageSlice next;
        if (cut) {
            page.bottom = cut->y;
            next.top = cut->y;
            next.repeatTop = cut->repeatTop;
            next.repeatBottom = cut->repeatBottom;
        } else {
            page.bottom = limit;
            next.top = limit;
        }
        pages.push_back(page);
        page = next;
    }
    if (pages.empty())
        pages.push_back({0, end});
    return pages;
}

void drawSlice(QPainter &painter, QTextDocument &document, qreal top, qreal bottom, qreal at,
               qreal width)
{
    painter.save();
    painter.translate(0, at - top);
    const QRectF clip(0, top, width, bottom - top);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

void ReportDocument::layOut(QTextDocument &document, QPaintDevice *device) const
{
    document.documentLayout()->setPaintDevice(device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    if (!m_letterhead.logoPng.empty()) {
        QImage logo;
        logo.loadFromData(m_letterhead.logoPng.data(),
                          static_cast<int>(m_letterhead.logoPng.size()), "PNG");
        document.addResource(QTextDocument::ImageResource, QUrl(kLogoUrl), logo);
    }
    document.setHtml(html());
    // One long page; paginate() cuts it between rows, never inside one.
    document.setTextWidth(device->width());
}

qreal ReportDocument::footerHeight(QPaintDevice *device)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    return QFontMetricsF(font, device).height() * 2.5;
}

void ReportDocument::render(QPagedPaintDevice *device) const
{
    QTextDocument document;
    layOut(document, device);
    const qreal width = device->width();
    const qreal footer = footerHeight(device);
    const qreal bodyHeight = device->height() - footer;
    const std::vector<PageSlice> pages = paginate(document, bodyHeight);

    QPainter painter(device);
    if (!painter.isActive())
        throw ReportError(QCoreApplication::translate("Reports",
                                                      "The report could not be drawn on the "
                                                      "page."));
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(8);
    const int count = static_cast<int>(pages.size());
    for (int index = 0; index < count; ++index) {
        const PageSlice &page = pages[static_cast<std::size_t>(index)];
        if (index > 0)
            device->newPage();
        qreal at = 0;
        if (page.repeatTop >= 0) {
            drawSlice(painter, document, page.repeatTop, page.repeatBottom, 0, width);
            at = page.repeatBottom - page.repeatTop;
        }
        drawSlice(painter, document, page.top, page.bottom, at, width);
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, bodyHeight, width, footer), Qt::AlignRight | Qt::AlignBottom,
                         pageLabel(m_language).arg(index + 1).arg(count));
    }
    painter.end();
}

void ReportDocument::print(QPrinter *printer) const
{
    printer->setPageSize(pageSizeOf(m_paper));
    printer->setPageOrientation(m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer->setPageMargins(pageMargins(), QPageLayout::Millimeter);
    render(printer);
}

void ReportDocument::writePdf(const QString &path) const
{
    try {
        // Written beside the target and renamed over it when whole; never over a workspace.
        storage::OutputFile output(path);
        {
            QPdfWriter writer(output.device());
            writer.setResolution(300);
            writer.setCreator(QStringLiteral("Konvergensi"));
            writer.setTitle(m_title);
            writer.setPageLayout(QPageLayout(
                pageSizeOf(m_paper), m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                pageMargins(), QPageLayout::Millimeter));
            render(&writer);
        }
        if (output.device()->size() == 0)
            throw ReportError(QCoreApplication::translate("Reports",
                                                          "The PDF %1 could not be written. Is the "
                                                          "file open in another program?")
                                  .arg(QDir::toNativeSeparators(path)));
        output.commit();
    } catch (const storage::StorageError &error) {
        throw ReportError(error.message());
    }
}

int ReportDocument::pageCount() const
{
    // Lay out on a PDF device of the right size without writing anything.
    QByteArray sink;
    QBuffer buffer(&sink);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(pageSizeOf(m_paper),
                                     m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     pageMargins(), QPageLayout::Millimeter));
    QTextDocument document;
    layOut(document, &writer);
    return static_cast<int>(paginate(document, writer.height() - footerHeight(&writer)).size());
}

namespace html {

QString escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString heading(const QString &text, int level)
{
    const int h = level < 2 ? 2 : (level > 3 ? 3 : level);
    return QStringLiteral("<h%1>%2</h%1>").arg(h).arg(escape(text));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(escape(text));
}

QString table(const QStringList &headers, const std::vector<QStringList> &rows,
              const std::vector<int> &rightAligned, const std::vector<int> &widthsPercent)
{
    std::vector<QStringList> escaped;
    escaped.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << escape(cell);
        escaped.push_back(cells);
    }
    return tableHtml(headers, escaped, rightAligned, widthsPercent);
}

QString tableHtml(const QStringList &headers, const std::vector<QStringList> &rows,
                  const std::vector<int> &rightAligned, const std::vector<int> &widthsPercent)
{
    auto isRight = [&](int column) {
        return std::find(rightAligned.begin(), rightAligned.end(), column) != rightAligned.end();
    };
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                 "cellpadding=\"3\" style=\"border-collapse: collapse; "
                                 "border-color: #777777;\"><thead><tr>");
    for (int c = 0; c < headers.size(); ++c) {
        QString width;
        if (c < static_cast<int>(widthsPercent.size())
            && widthsPercent[static_cast<std::size_t>(c)] > 0)
            width =
                QStringLiteral(" width=\"%1%\"").arg(widthsPercent[static_cast<std::size_t>(c)]);
        out += QStringLiteral("<th%1 align=\"%2\">%3</th>")
                   .arg(width, isRight(c) ? QStringLiteral("right") : QStringLiteral("left"),
                        escape(headers[c]));
    }
    out += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < headers.size(); ++c)
            out += QStringLiteral("<td valign=\"top\" align=\"%1\">%2</td>")
                       .arg(isRight(c) ? QStringLiteral("right") : QStringLiteral("left"),
                            row.value(c));
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</tbody></table>");
    return out;
}

QString facts(const std::vector<std::pair<QString, QString>> &pairs)
{
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : pairs)
        out += QStringLiteral("<tr><td valign=\"top\" width=\"160\">%1</td><td valign=\"top\">: "
                              "</td><td valign=\"top\">%2</td></tr>")
                   .arg(escape(label), escape(value));
    out += QStringLiteral("</table>");
    return out;
}

QString highlight(const QString &escapedHtml)
{
    return QStringLiteral("<span style=\"background-color: #fde2e1; color: #a00000; "
                          "font-weight: bold;\">%1</span>")
        .arg(escapedHtml);
}

} // namespace html

} // namespace konvergensi::reports
