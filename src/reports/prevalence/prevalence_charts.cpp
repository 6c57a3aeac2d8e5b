// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/prevalence/prevalence_charts.h"

#include "reports/report_document.h"

#include "storage/output_file.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace konvergensi::reports::prevalence {

namespace {

/// Ticks every 2, 5 or 10 points on a percentage axis from 0; returns {step, top}.
std::pair<double, double> percentAxis(double max)
{
    const double step = max > 40 ? 10.0 : max > 12 ? 5.0 : 2.0;
    return {step, std::max(step, std::ceil(max / step) * step)};
}

QString axisPercent(double value)
{
    return QStringLiteral("%1 %").arg(static_cast<int>(std::lround(value)));
}

/// Sizes follow the font: `em` is the height of a line of text.
struct Metrics
{
    explicit Metrics(const QFont &base)
        : font(base)
        , bold(base)
        , fm(base)
    {
        bold.setBold(true);
        title = base;
        title.setBold(true);
        if (base.pixelSize() > 0)
            title.setPixelSize(static_cast<int>(std::lround(base.pixelSize() * 1.15)));
        else
            title.setPointSizeF(base.pointSizeF() * 1.15);
        em = fm.height();
    }

    QFont font;
    QFont bold;
    QFont title;
    QFontMetricsF fm;
    qreal em = 12;
};

/// The title at the top of the bounds; returns the space left under it.
QRectF drawTitle(QPainter &painter, const QRectF &bounds, const QString &title, const Metrics &m,
                 const ChartPalette &palette)
{
    if (title.isEmpty())
        return bounds;
    painter.setFont(m.title);
    painter.setPen(palette.text);
    const QFontMetricsF fm(m.title);
    const QRectF line(bounds.left(), bounds.top(), bounds.width(), fm.height() * 1.3);
    painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
                     fm.elidedText(title, Qt::ElideRight, bounds.width()));
    return bounds.adjusted(0, line.height(), 0, 0);
}

void drawEmpty(QPainter &painter, const QRectF &area, const QString &text, const Metrics &m,
               const ChartPalette &palette)
{
    painter.setFont(m.font);
    painter.setPen(palette.mutedText);
    painter.drawText(area.adjusted(m.em, m.em, -m.em, -m.em), Qt::AlignCenter | Qt::TextWordWrap,
                     text);
}

QPen gridPen(const ChartPalette &palette, const Metrics &m)
{
    // Wide enough to stay visible when the chart is scaled down onto paper.
    QPen pen(palette.grid, std::max<qreal>(1.0, m.em * 0.07));
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QPen seriesPen(const TrendSeries &series, const ChartPalette &palette, const Metrics &m)
{
    const qreal width = m.em * 0.17;
    switch (series.kind) {
    case TrendSeries::Kind::Source:
        return QPen(palette.seriesColour(series.colourIndex), width, Qt::SolidLine, Qt::RoundCap,
                    Qt::RoundJoin);
    case TrendSeries::Kind::Province:
        return QPen(palette.seriesColour(series.colourIndex), width, Qt::DashLine, Qt::FlatCap,
                    Qt::RoundJoin);
    case TrendSeries::Kind::National:
        return QPen(palette.seriesColour(series.colourIndex), width, Qt::DotLine, Qt::RoundCap,
                    Qt::RoundJoin);
    case TrendSeries::Kind::Target:
        return QPen(palette.reference, width, Qt::DashDotLine, Qt::FlatCap, Qt::MiterJoin);
    }
    return QPen(palette.text, width);
}

void drawMarker(QPainter &painter, const TrendSeries &series, const QPointF &at,
                const ChartPalette &palette, const Metrics &m)
{
    if (series.kind == TrendSeries::Kind::Target)
        return;
    const qreal r = m.em * 0.3;
    const QColor colour = palette.seriesColour(series.colourIndex);
    painter.save();
    painter.setPen(QPen(Qt::white, m.em * 0.06));
    painter.setBrush(colour);
    switch (series.kind) {
    case TrendSeries::Kind::Province:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        break;
    case TrendSeries::Kind::National: {
        QPainterPath diamond;
        diamond.moveTo(at.x(), at.y() - r * 1.25);
        diamond.lineTo(at.x() + r * 1.25, at.y());
        diamond.lineTo(at.x(), at.y() + r * 1.25);
        diamond.lineTo(at.x() - r * 1.25, at.y());
        diamond.closeSubpath();
        painter.drawPath(diamond);
        break;
    }
    default:
        painter.drawEllipse(at, r, r);
        break;
    }
    painter.restore();
}

/// A legend entry: a sample (line and marker, or a filled square) and a name.
struct LegendEntry
{
    QString name;
    const TrendSeries *series = nullptr;
    std::optional<QColor> swatch;
    bool referenceLine = false;
};

qreal sampleWidth(const Metrics &m)
{
    return m.em * 2.0;
}

void drawLegendEntry(QPainter &painter, const QRectF &cell, const LegendEntry &entry,
                     const ChartPalette &palette, const Metrics &m)
{
    const qreal midY = cell.center().y();
    const QRectF sample(cell.left(), cell.top(), sampleWidth(m), cell.height());
    if (entry.series) {
        painter.setPen(seriesPen(*entry.series, palette, m));
        painter.drawLine(QPointF(sample.left(), midY), QPointF(sample.right(), midY));
        drawMarker(painter, *entry.series, QPointF(sample.center().x(), midY), palette, m);
    } else if (entry.swatch) {
        const qreal side = m.em * 0.7;
        painter.setPen(QPen(entry.swatch->darker(130), m.em * 0.05));
        painter.setBrush(*entry.swatch);
        painter.drawRect(QRectF(sample.center().x() - side / 2, midY - side / 2, side, side));
        painter.setBrush(Qt::NoBrush);
    } else if (entry.referenceLine) {
        painter.setPen(QPen(palette.reference, m.em * 0.15, Qt::DashLine));
        painter.drawLine(QPointF(sample.left(), midY), QPointF(sample.right(), midY));
    }
    painter.setFont(m.font);
    painter.setPen(palette.text);
    const QRectF text = cell.adjusted(sampleWidth(m) + m.em * 0.35, 0, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                     m.fm.elidedText(entry.name, Qt::ElideRight, text.width()));
}

qreal entryWidth(const LegendEntry &entry, const Metrics &m)
{
    return sampleWidth(m) + m.em * 0.35 + m.fm.horizontalAdvance(entry.name) + m.em;
}

/// Lays entries out in rows across `width`; returns the rows' height.
qreal legendRowsHeight(const std::vector<LegendEntry> &entries, qreal width, const Metrics &m,
                       const QString &heading)
{
    if (entries.empty() && heading.isEmpty())
        return 0;
    qreal x = heading.isEmpty() ? 0 : QFontMetricsF(m.bold).horizontalAdvance(heading) + m.em;
    int rows = 1;
    for (const LegendEntry &entry : entries) {
        const qreal w = std::min(entryWidth(entry, m), width);
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * m.em * 1.35;
}

void drawLegendRows(QPainter &painter, const QRectF &area, const std::vector<LegendEntry> &entries,
                    const ChartPalette &palette, const Metrics &m, const QString &heading)
{
    const qreal rowHeight = m.em * 1.35;
    qreal x = 0;
    qreal y = area.top();
    if (!heading.isEmpty()) {
        painter.setFont(m.bold);
        painter.setPen(palette.text);
        const qreal w = QFontMetricsF(m.bold).horizontalAdvance(heading) + m.em;
        painter.drawText(QRectF(area.left(), y, w, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         heading);
        x = w;
    }
    for (const LegendEntry &entry : entries) {
        const qreal w = std::min(entryWidth(entry, m), area.width());
        if (x > 0 && x + w > area.width()) {
            x = 0;
            y += rowHeight;
        }
        drawLegendEntry(painter, QRectF(area.left() + x, y, w, rowHeight), entry, palette, m);
        x += w;
    }
}

std::vector<ChartHit> paintTrend(QPainter &painter, const QRectF &bounds, const TrendChart &chart,
                                 const ChartPalette &palette, const Metrics &m)
{
    std::vector<ChartHit> hits;
    QRectF area = drawTitle(painter, bounds, chart.title, m, palette);
    if (chart.isEmpty()) {
        drawEmpty(painter, area, chart.emptyText, m, palette);
        return hits;
    }
    std::vector<LegendEntry> entries;
    qreal widest = 0;
    for (const TrendSeries &series : chart.series) {
        entries.push_back({series.name, &series, std::nullopt, false});
        widest = std::max(widest, entryWidth(entries.back(), m));
    }
    // The legend beside the plot when there is room, else under it.
    const bool legendRight = area.width() > m.em * 34 && widest < area.width() * 0.34;
    if (legendRight) {
        const qreal legendWidth = widest;
        const QRectF legend(area.right() - legendWidth, area.top() + m.em * 0.5, legendWidth,
                            area.height());
        qreal y = legend.top();
        for (const LegendEntry &entry : entries) {
            drawLegendEntry(painter, QRectF(legend.left(), y, legendWidth, m.em * 1.4), entry,
                            palette, m);
            y += m.em * 1.4;
        }
        area.setRight(legend.left() - m.em * 0.5);
    } else {
        const qreal height = legendRowsHeight(entries, area.width(), m, {});
        drawLegendRows(painter, QRectF(area.left(), area.bottom() - height, area.width(), height),
                       entries, palette, m, {});
        area.setBottom(area.bottom() - height - m.em * 0.3);
    }

    const auto [step, top] = percentAxis(chart.yMax);
    const qreal yLabelWidth = m.fm.horizontalAdvance(axisPercent(top)) + m.em * 0.4;
    const qreal yTitleWidth = chart.yTitle.isEmpty() ? 0 : m.em * 1.2;
    const qreal xLabelsHeight = m.em * 1.3;
    const qreal xTitleHeight = chart.xTitle.isEmpty() ? 0 : m.em * 1.2;
    const QRectF plot(area.left() + yTitleWidth + yLabelWidth, area.top() + m.em * 0.5,
                      area.width() - yTitleWidth - yLabelWidth - m.em * 0.5,
                      area.height() - m.em * 0.5 - xLabelsHeight - xTitleHeight);
    if (plot.width() <= m.em * 2 || plot.height() <= m.em * 2)
        return hits;
    const double first = chart.firstYear;
    const double last = chart.lastYear + 1;
    auto xOf = [&](double x) { return plot.left() + (x - first) / (last - first) * plot.width(); };
    auto yOf = [&](double y) { return plot.bottom() - y / top * plot.height(); };

    // Grid: a horizontal line per tick, a vertical line at every year.
    painter.setPen(gridPen(palette, m));
    for (double v = step; v <= top + 1e-9; v += step)
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
    for (int year = chart.firstYear; year <= chart.lastYear + 1; ++year)
        painter.drawLine(QPointF(xOf(year), plot.top()), QPointF(xOf(year), plot.bottom()));
    painter.setPen(QPen(palette.axis, m.em * 0.08));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    painter.setFont(m.font);
    painter.setPen(palette.text);
    for (double v = 0; v <= top + 1e-9; v += step)
        painter.drawText(
            QRectF(plot.left() - yLabelWidth, yOf(v) - m.em / 2, yLabelWidth - m.em * 0.3, m.em),
            Qt::AlignRight | Qt::AlignVCenter, axisPercent(v));
    const qreal yearWidth = plot.width() / (last - first);
    const qreal labelWidth = m.fm.horizontalAdvance(QStringLiteral("2024")) * 1.3;
    const int every = std::max(1, static_cast<int>(std::ceil(labelWidth / yearWidth)));
    for (int year = chart.firstYear; year <= chart.lastYear; year += every)
        painter.drawText(QRectF(xOf(year), plot.bottom() + m.em * 0.15, yearWidth, m.em),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, QString::number(year));
    if (!chart.xTitle.isEmpty())
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + xLabelsHeight, plot.width(), xTitleHeight),
            Qt::AlignCenter, chart.xTitle);
    if (!chart.yTitle.isEmpty()) {
        painter.save();
        painter.translate(area.left(), plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), yTitleWidth), Qt::AlignCenter,
                         chart.yTitle);
        painter.restore();
    }

    // The target first, under the data.
    std::vector<const TrendSeries *> order;
    for (const TrendSeries &series : chart.series)
        if (series.kind == TrendSeries::Kind::Target)
            order.push_back(&series);
    for (const TrendSeries &series : chart.series)
        if (series.kind != TrendSeries::Kind::Target)
            order.push_back(&series);
    painter.save();
    painter.setClipRect(plot.adjusted(-m.em, -m.em, m.em, m.em));
    for (const TrendSeries *series : order) {
        QPolygonF line;
        for (const QPointF &p : series->points)
            line << QPointF(xOf(p.x()), yOf(p.y()));
        painter.setPen(seriesPen(*series, palette, m));
        painter.setBrush(Qt::NoBrush);
        if (line.size() > 1)
            painter.drawPolyline(line);
        for (int i = 0; i < line.size(); ++i) {
            drawMarker(painter, *series, line[i], palette, m);
            if (series->kind != TrendSeries::Kind::Target)
                hits.push_back(
                    {QRectF(line[i].x() - m.em * 0.5, line[i].y() - m.em * 0.5, m.em, m.em),
                     {},
                     series->pointTexts.value(i, series->name)});
        }
    }
    painter.restore();
    return hits;
}

std::vector<ChartHit> paintBars(QPainter &painter, const QRectF &bounds, const BarChart &chart,
                                const ChartPalette &palette, const Metrics &m)
{
    std::vector<ChartHit> hits;
    QRectF area = drawTitle(painter, bounds, chart.title, m, palette);
    if (chart.isEmpty()) {
        drawEmpty(painter, area, chart.emptyText, m, palette);
        return hits;
    }
    std::vector<LegendEntry> entries;
    for (const auto &[band, label] : chart.legend)
        entries.push_back({label, nullptr, palette.bandColour(band), false});
    if (chart.reference)
        entries.push_back({chart.referenceName, nullptr, std::nullopt, true});
    const QString heading = chart.legendTitle.isEmpty() ? QString()
                                                        : chart.legendTitle + QLatin1Char(':');
    const qreal legendHeight = legendRowsHeight(entries, area.width(), m, heading);
    drawLegendRows(painter,
                   QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight),
                   entries, palette, m, heading);
    area.setBottom(area.bottom() - legendHeight - m.em * 0.3);

    qreal labelWidth = 0;
    for (const ChartBar &bar : chart.bars)
        labelWidth = std::max(labelWidth, m.fm.horizontalAdvance(bar.label));
    labelWidth = std::min(labelWidth + m.em * 0.5, area.width() * 0.35);
    const auto [step, top] = percentAxis(chart.xMax);
    const qreal valueRoom = m.fm.horizontalAdvance(QStringLiteral("88,8 %")) + m.em * 0.5;
    const qreal xLabelsHeight = m.em * 1.3;
    const qreal xTitleHeight = chart.xTitle.isEmpty() ? 0 : m.em * 1.2;
    const QRectF plot(area.left() + labelWidth, area.top() + m.em * 0.3,
                      area.width() - labelWidth - valueRoom,
                      area.height() - m.em * 0.3 - xLabelsHeight - xTitleHeight);
    if (plot.width() <= m.em * 2 || plot.height() <= m.em)
        return hits;
    auto xOf = [&](double v) { return plot.left() + v / top * plot.width(); };

    painter.setPen(gridPen(palette, m));
    for (double v = step; v <= top + 1e-9; v += step)
        painter.drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
    painter.setFont(m.font);
    painter.setPen(palette.text);
    for (double v = 0; v <= top + 1e-9; v += step)
        painter.drawText(QRectF(xOf(v) - m.em * 2, plot.bottom() + m.em * 0.15, m.em * 4, m.em),
                         Qt::AlignHCenter | Qt::AlignTop, axisPercent(v));
    if (!chart.xTitle.isEmpty())
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + xLabelsHeight, plot.width(), xTitleHeight),
            Qt::AlignCenter, chart.xTitle);

    const qreal row = plot.height() / static_cast<qreal>(chart.bars.size());
    const qreal thickness = std::min(row * 0.72, m.em * 1.6);
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar &bar = chart.bars[i];
        const qreal centre = plot.top() + row * (static_cast<qreal>(i) + 0.5);
        painter.setFont(m.font);
        painter.setPen(palette.text);
        painter.drawText(QRectF(area.left(), centre - row / 2, labelWidth - m.em * 0.4, row),
                         Qt::AlignRight | Qt::AlignVCenter,
                         m.fm.elidedText(bar.label, Qt::ElideRight, labelWidth - m.em * 0.4));
        const QColor colour = bar.band ? palette.bandColour(*bar.band) : palette.seriesColour(0);
        const QRectF rect(plot.left(), centre - thickness / 2,
                          std::max<qreal>(0, xOf(std::min(bar.value, top)) - plot.left()),
                          thickness);
        painter.setPen(QPen(colour.darker(125), m.em * 0.05));
        painter.setBrush(colour);
        painter.drawRect(rect);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(palette.text);
        painter.drawText(QRectF(rect.right() + m.em * 0.25, centre - row / 2, valueRoom, row),
                         Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
        hits.push_back(
            {QRectF(area.left(), centre - row / 2, plot.right() - area.left() + valueRoom, row),
             bar.key, bar.toolTip});
    }
    painter.setPen(QPen(palette.axis, m.em * 0.08));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (chart.reference) {
        painter.setPen(QPen(palette.reference, m.em * 0.15, Qt::DashLine));
        const qreal x = xOf(std::min(*chart.reference, top));
        painter.drawLine(QPointF(x, plot.top() - m.em * 0.2), QPointF(x, plot.bottom()));
    }
    return hits;
}

} // namespace

ChartPalette ChartPalette::standard()
{
    ChartPalette p;
    // Okabe-Ito, as colours::series of the interface.
    p.series = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9),
                QColor(0x1d, 0x1d, 0x1d), QColor(0xf0, 0xe4, 0x42)};
    // As colours::severity: green to red.
    p.severity = {QColor(0x2e, 0x7d, 0x32), QColor(0x8b, 0xb7, 0x3c), QColor(0xf2, 0xc0, 0x1e),
                  QColor(0xef, 0x81, 0x1c), QColor(0xc6, 0x28, 0x28)};
    p.text = QColor(0x1d, 0x1d, 0x1d);
    p.mutedText = QColor(0x6b, 0x6b, 0x6b);
    p.grid = QColor(0xc8, 0xc8, 0xc8);
    p.axis = QColor(0x6b, 0x6b, 0x6b);
    p.reference = QColor(0x1d, 0x1d, 0x1d);
    return p;
}

QColor ChartPalette::seriesColour(int index) const
{
    return series[static_cast<std::size_t>(std::max(0, index)) % series.size()];
}

QColor ChartPalette::bandColour(core::SeverityBand band) const
{
    return severity[static_cast<std::size_t>(band) % severity.size()];
}

bool isEmpty(const Chart &chart)
{
    return std::visit([](const auto &c) { return c.isEmpty(); }, chart);
}

QString chartTitle(const Chart &chart)
{
    return std::visit([](const auto &c) { return c.title; }, chart);
}

std::vector<ChartHit> paintChart(QPainter &painter, const QRectF &bounds, const Chart &chart,
                                 const ChartPalette &palette, const QFont &font)
{
    const Metrics m(font);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    std::vector<ChartHit> hits;
    if (const auto *trend = std::get_if<TrendChart>(&chart))
        hits = paintTrend(painter, bounds, *trend, palette, m);
    else
        hits = paintBars(painter, bounds, std::get<BarChart>(chart), palette, m);
    painter.restore();
    return hits;
}

QFont chartFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    return font;
}

QSizeF chartFileSize()
{
    return {900, 480};
}

QImage chartImage(const Chart &chart, const QSizeF &size, qreal scale, const ChartPalette &palette)
{
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintChart(painter, QRectF(QPointF(0, 0), size), chart, palette, chartFont());
    painter.end();
    return image;
}

void writeChart(const Chart &chart, const QString &path, const ChartPalette &palette)
{
    const QSizeF size = chartFileSize();
    bool written = false;
    try {
        // Written beside the target and renamed over it when whole; never over a workspace
        // (storage::OutputFile, issue #16).
        storage::OutputFile output(path);
        if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
            {
                QPdfWriter writer(output.device());
                writer.setCreator(QStringLiteral("Konvergensi"));
                writer.setTitle(chartTitle(chart));
                writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                                 QMarginsF(12, 12, 12, 12),
                                                 QPageLayout::Millimeter));
                QPainter painter;
                if (painter.begin(&writer)) {
                    const QRectF page(0, 0, writer.width(), writer.height());
                    const qreal scale = std::min(page.width() / size.width(),
                                                 page.height() / size.height());
                    painter.translate((page.width() - size.width() * scale) / 2, 0);
                    painter.scale(scale, scale);
                    paintChart(painter, QRectF(QPointF(0, 0), size), chart, palette, chartFont());
                    painter.end();
                }
            }
            written = output.device()->size() > 0;
        } else {
            written = chartImage(chart, size, 2.0, palette).save(output.device(), "PNG");
        }
        if (written)
            output.commit();
    } catch (const storage::StorageError &error) {
        throw ReportError(error.message());
    }
    if (written)
        return;
    throw ReportError(QCoreApplication::translate("Reports",
                                                  "The file %1 could not be written. Is it open "
                                                  "in another program?")
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace konvergensi::reports::prevalence
