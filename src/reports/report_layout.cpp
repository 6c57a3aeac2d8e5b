// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/report_layout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <numeric>

namespace konvergensi::reports::detail {

namespace {

constexpr int kObjectType = QTextFormat::UserObject + 17;
constexpr int kNameProperty = QTextFormat::UserProperty + 17;
constexpr int kSizeProperty = QTextFormat::UserProperty + 18;

qreal millimetres(qreal mm, QPaintDevice *device)
{
    return mm * device->logicalDpiY() / 25.4;
}

/// Words at most this long must not be broken in a body cell either (codes, numbers, names);
/// longer ones (file names) may wrap anywhere.
constexpr int kShortWord = 24;

} // namespace

qreal cssPixel(QPaintDevice *device)
{
    // The layout scales CSS lengths by the device's resolution over the screen's default: a
    // probe with a 96-pixel margin between two blocks measures the factor on this device.
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(device);
    probe.setDocumentMargin(0);
    probe.setHtml(QStringLiteral("<p style=\"margin: 0\">a</p>"
                                 "<p style=\"margin-top: 96px; margin-bottom: 0\">b</p>"));
    probe.setTextWidth(1000);
    QAbstractTextDocumentLayout *layout = probe.documentLayout();
    const QTextBlock first = probe.begin();
    const qreal gap = layout->blockBoundingRect(first.next()).top()
                      - layout->blockBoundingRect(first).bottom();
    return gap > 0 ? gap / 96.0 : device->logicalDpiY() / 96.0;
}

ObjectHandler::ObjectHandler(const std::map<QString, ReportPicture> &pictures, QObject *parent)
    : QObject(parent)
    , m_pictures(pictures)
{
}

QSizeF ObjectHandler::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(kSizeProperty).toSizeF();
}

void ObjectHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                               const QTextFormat &format)
{
    const QString name = format.stringProperty(kNameProperty);
    if (!name.startsWith(kPicturePrefix))
        return; // a strut: room only
    const auto it = m_pictures.find(name.mid(kPicturePrefix.size()));
    if (it == m_pictures.end())
        return;
    const ReportPicture &picture = it->second;
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::Antialiasing);
    if (!picture.image.isNull()) {
        painter->drawImage(rect, picture.image);
    } else if (!picture.picture.isNull()) {
        const QRectF source = picture.picture.boundingRect();
        if (source.width() > 0 && source.height() > 0) {
            painter->translate(rect.topLeft());
            painter->scale(rect.width() / source.width(), rect.height() / source.height());
            painter->translate(-source.topLeft());
            painter->drawPicture(0, 0, picture.picture);
        }
    }
    painter->restore();
}

void ObjectHandler::install(QTextDocument &document,
                            const std::map<QString, ReportPicture> &pictures)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    auto *handler = new ObjectHandler(pictures, &document);
    layout->registerHandler(kObjectType, handler);
    QPaintDevice *device = layout->paintDevice();
    const qreal px = cssPixel(device);

    struct Found
    {
        int position;
        int length;
        QString name;
    };
    std::vector<Found> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            if (name.startsWith(kPicturePrefix) || name.startsWith(kStrutPrefix))
                found.push_back({fragment.position(), fragment.length(), name});
        }
    }
    for (const Found &object : found) {
        QTextCursor cursor(&document);
        cursor.setPosition(object.position);
        cursor.setPosition(object.position + object.length, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(kObjectType);
        format.setProperty(kNameProperty, object.name);
        QSizeF size;
        if (object.name.startsWith(kStrutPrefix)) {
            // The row is the strut plus the cell's padding above and below and one border.
            const qreal mm = object.name.mid(kStrutPrefix.size()).toDouble();
            qreal chrome = 0;
            if (QTextTable *table = cursor.currentTable())
                chrome = (2 * table->format().cellPadding() + table->format().border()) * px;
            size = QSizeF(1, std::max<qreal>(1, millimetres(mm, device) - chrome));
            format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        } else if (const auto it = pictures.find(object.name.mid(kPicturePrefix.size()));
                   it != pictures.end()) {
            size = QSizeF(millimetres(it->second.sizeMm.width(), device),
                          millimetres(it->second.sizeMm.height(), device));
        }
        format.setProperty(kSizeProperty, size);
        cursor.setCharFormat(format);
    }
}

void fitColumnsToWords(QTextDocument &document)
{
    QPaintDevice *device = document.documentLayout()->paintDevice();
    const qreal px = cssPixel(device);
    const qreal available = document.textWidth();
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().headerRowCount() < 1)
            continue;
        QTextTableFormat format = table->format();
        QList<QTextLength> widths = format.columnWidthConstraints();
        const int columns = table->columns();
        if (widths.size() != columns
            || std::any_of(widths.begin(), widths.end(), [](const QTextLength &length) {
                   return length.type() != QTextLength::PercentageLength;
               }))
            continue;
        // What each column needs so that no header word (and no short body word) breaks.
        const qreal chrome = (2 * format.cellPadding() + 2 * format.border()) * px + 2;
        std::vector<qreal> need(static_cast<std::size_t>(columns), 0);
        const int headerRows = format.headerRowCount();
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column || cell.columnSpan() != 1)
                    continue;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    for (auto fragments = block.begin(); !fragments.atEnd(); ++fragments) {
                        const QTextFragment fragment = fragments.fragment();
                        const QFont font = fragment.charFormat().font().resolve(
                            document.defaultFont());
                        const QFontMetricsF metrics(font, device);
                        const QStringList words = fragment.text().split(QLatin1Char(' '),
                                                                        Qt::SkipEmptyParts);
                        for (const QString &word : words) {
                            if (row >= headerRows && word.size() > kShortWord)
                                continue;
                            auto &slot = need[static_cast<std::size_t>(column)];
                            slot = std::max(slot, metrics.horizontalAdvance(word) + chrome);
                        }
                    }
                }
            }
        }
        qreal percentSum = 0;
        for (const QTextLength &length : widths)
            percentSum += length.rawValue();
        if (percentSum <= 0)
            continue;
        // A little less than the text width: the borders take their share first.
        const qreal total = available - (columns + 1) * format.border() * px;
        std::vector<qreal> current;
        for (const QTextLength &length : widths)
            current.push_back(length.rawValue() / percentSum * total);
        qreal deficit = 0;
        qreal slack = 0;
        for (std::size_t c = 0; c < current.size(); ++c) {
            deficit += std::max<qreal>(0, need[c] - current[c]);
            slack += std::max<qreal>(0, current[c] - need[c]);
        }
        if (deficit <= 0)
            continue;
        std::vector<qreal> wanted(current.size());
        if (slack >= deficit) {
            for (std::size_t c = 0; c < current.size(); ++c)
                wanted[c] = need[c] > current[c]
                                ? need[c]
                                : current[c] - (current[c] - need[c]) / slack * deficit;
        } else {
            // Not every word fits: share the width in proportion to what each column needs.
            const qreal sum = std::accumulate(need.begin(), need.end(), qreal(0));
            for (std::size_t c = 0; c < current.size(); ++c)
                wanted[c] = need[c] / sum * total;
        }
        QList<QTextLength> fitted;
        for (const qreal width : wanted)
            fitted << QTextLength(QTextLength::PercentageLength, width / total * 100.0);
        format.setColumnWidthConstraints(fitted);
        table->setFormat(format);
    }
}

} // namespace konvergensi::reports::detail
