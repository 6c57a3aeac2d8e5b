// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/report_document.h"

#include "reports/report_layout.h"
#include "reports/report_letterhead.h"
#include "reports/report_pagination.h"
#include "storage/output_file.h"
#include "storage/storage_error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include <cmath>
#include <memory>

namespace konvergensi::reports {

namespace {

const QString kFamily = QStringLiteral("DejaVu Sans");

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

QPageLayout pageLayoutOf(Paper paper, bool landscape)
{
    return QPageLayout(pageSizeOf(paper),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, pageMargins(),
                       QPageLayout::Millimeter);
}

QString pageLabel(core::Language language)
{
    return language == core::Language::Indonesian ? QStringLiteral("Halaman %1 dari %2")
                                                  : QStringLiteral("Page %1 of %2");
}

QFont footerFont()
{
    QFont font(kFamily);
    font.setPointSizeF(8);
    return font;
}

qreal footerHeight(QPaintDevice *device)
{
    return QFontMetricsF(footerFont(), device).height() * 2.5;
}

/// The pages of a laid-out document: the letterhead on the first, then the slices.
struct Pages
{
    std::unique_ptr<detail::KopSurat> kop;
    std::vector<detail::PageSlice> slices;
    qreal bodyHeight = 0;
};

void drawSlice(QPainter &painter, QTextDocument &document, qreal top, qreal bottom, qreal at,
               qreal width)
{
    painter.save();
    painter.translate(0, at - top);
    const QRectF clip(0, top, width, bottom - top);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    // A line that only touches the slice is not drawn at all: its text would otherwise be in
    // the PDF twice (clipped away here, drawn in full on the other page).
    context.clip = clip.adjusted(0, 0.5, 0, -0.5);
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

/// Draws the slice [top, bottom) of the long page at `at` on the page. A paragraph divided by
/// the cut above the slice has its remaining lines drawn one by one: the layout would also
/// draw the line just above the cut (out of sight, but into the PDF's text, twice).
void drawPageSlice(QPainter &painter, QTextDocument &document, qreal top, qreal bottom, qreal at,
                   qreal width)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || !block.layout())
            continue;
        const QRectF box = layout->blockBoundingRect(block);
        if (box.top() >= top - 0.5 || box.bottom() <= top + 0.5)
            continue;
        const QTextLayout *lines = block.layout();
        const QPointF origin = box.topLeft() - lines->boundingRect().topLeft();
        painter.save();
        painter.translate(0, at - top);
        painter.setClipRect(QRectF(0, top, width, bottom - top));
        painter.setPen(Qt::black);
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal lineTop = origin.y() + line.y();
            if (lineTop >= top - 0.5 && lineTop < bottom - 0.5)
                line.draw(&painter, origin);
        }
        painter.restore();
        if (box.bottom() < bottom)
            drawSlice(painter, document, box.bottom(), bottom, at + box.bottom() - top, width);
        return;
    }
    drawSlice(painter, document, top, bottom, at, width);
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

void ReportDocument::setAcknowledgement(const Signature &acknowledgement)
{
    m_acknowledgement = acknowledgement;
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

QString ReportDocument::addPicture(const ReportPicture &picture, const QString &whenEmpty)
{
    if (picture.isNull())
        return html::paragraph(whenEmpty);
    ReportPicture stored = picture;
    if (stored.sizeMm.isEmpty()) {
        // No size given: the bitmap at 300 dpi, the picture at its own resolution.
        if (!stored.image.isNull())
            stored.sizeMm = QSizeF(stored.image.width(), stored.image.height()) * 25.4 / 300.0;
        else
            stored.sizeMm = QSizeF(stored.picture.boundingRect().size()) * 25.4
                            / stored.picture.logicalDpiX();
    }
    const QString key = QString::number(m_pictures.size() + 1);
    m_pictures[key] = stored;
    return QStringLiteral("<p align=\"center\"><img src=\"%1%2\" width=\"1\" height=\"1\"/></p>")
        .arg(detail::kPicturePrefix, key);
}

QSize ReportDocument::printPixels(const QSizeF &sizeMm, int dpi)
{
    return QSize(static_cast<int>(std::lround(sizeMm.width() / 25.4 * dpi)),
                 static_cast<int>(std::lround(sizeMm.height() / 25.4 * dpi)));
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
        ".subtitle { font-size: 10.5pt; text-align: center; margin-bottom: 8px; }"
        ".muted { color: #555555; }"
        "</style></head><body>");
    if (!m_title.isEmpty())
        out += QStringLiteral("<h1>%1</h1>").arg(escape(m_title));
    if (!m_subtitle.isEmpty())
        out += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(escape(m_subtitle));
    out += QStringLiteral("<div>%1</div>").arg(m_body);

    if (m_signature) {
        const Signature &s = *m_signature;
        // The anchor lets pagination find the block; it keeps the end of the content with it.
        QString left;
        if (m_acknowledgement) {
            const Signature &a = *m_acknowledgement;
            left = escape(a.title).replace(QLatin1Char('\n'), QStringLiteral("<br/>"))
                   + QStringLiteral("<br/><br/><br/><br/><br/><b><u>%1</u></b>")
                         .arg(escape(a.name.isEmpty()
                                         ? QStringLiteral("(...............................)")
                                         : a.name));
            if (!a.nip.isEmpty())
                left += QStringLiteral("<br/>NIP. %1").arg(escape(a.nip));
        }
        out += QStringLiteral("<br/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                              "<tr><td width=\"%2\" align=\"center\" valign=\"top\">%3</td>"
                              "<td align=\"center\" valign=\"top\"><a name=\"%1\"></a>")
                   .arg(detail::kSignatureAnchor,
                        m_acknowledgement ? QStringLiteral("50%") : QStringLiteral("55%"), left);
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

void ReportDocument::layOut(QTextDocument &document, QPaintDevice *device) const
{
    document.documentLayout()->setPaintDevice(device);
    QFont font(kFamily);
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html());
    // One long page; detail::paginate() cuts it.
    document.setTextWidth(device->width());
    detail::ObjectHandler::install(document, m_pictures);
    detail::fitColumnsToWords(document);
    // Changing the tables' formats above leaves some blocks after them without a layout (no
    // lines, no height): they would be neither paginated nor drawn. Lay everything out anew.
    document.markContentsDirty(0, document.characterCount());
    document.documentLayout()->documentSize();
}

namespace {

Pages paginated(QTextDocument &document, const core::Letterhead &letterhead, QPaintDevice *device)
{
    Pages pages;
    pages.kop = std::make_unique<detail::KopSurat>(letterhead, device, device->width());
    pages.bodyHeight = device->height() - footerHeight(device);
    pages.slices = detail::paginate(document, pages.bodyHeight - pages.kop->height(),
                                    pages.bodyHeight);
    return pages;
}

} // namespace

void ReportDocument::render(QPagedPaintDevice *device) const
{
    QTextDocument document;
    layOut(document, device);
    const Pages pages = paginated(document, m_letterhead, device);
    const qreal width = device->width();

    QPainter painter(device);
    if (!painter.isActive())
        throw ReportError(QCoreApplication::translate("Reports",
                                                      "The report could not be drawn on the "
                                                      "page."));
    const int count = static_cast<int>(pages.slices.size());
    for (int index = 0; index < count; ++index) {
        const detail::PageSlice &page = pages.slices[static_cast<std::size_t>(index)];
        if (index > 0)
            device->newPage();
        qreal at = 0;
        if (index == 0) {
            pages.kop->paint(painter);
            at = pages.kop->height();
        }
        if (page.repeatTop >= 0) {
            drawSlice(painter, document, page.repeatTop, page.repeatBottom, at, width);
            at += page.repeatBottom - page.repeatTop;
        }
        drawPageSlice(painter, document, page.top, page.bottom, at, width);
        painter.setFont(footerFont());
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, pages.bodyHeight, width, device->height() - pages.bodyHeight),
                         Qt::AlignRight | Qt::AlignBottom,
                         pageLabel(m_language).arg(index + 1).arg(count));
    }
    painter.end();
}

void ReportDocument::print(QPrinter *printer) const
{
    printer->setPageLayout(pageLayoutOf(m_paper, m_landscape));
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
            writer.setPageLayout(pageLayoutOf(m_paper, m_landscape));
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
    writer.setPageLayout(pageLayoutOf(m_paper, m_landscape));
    QTextDocument document;
    layOut(document, &writer);
    return static_cast<int>(paginated(document, m_letterhead, &writer).slices.size());
}

} // namespace konvergensi::reports
