// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/prevalence/prevalence.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <array>
#include <optional>
#include <variant>
#include <vector>

class QImage;
class QPainter;

// The dashboard's two charts as data, and one way to draw them: on the screen (the page's
// chart widget), into a PNG or PDF file (chart exports) and into the printed summary. The same
// drawing everywhere, so what is printed is what was shown: every series with its own colour,
// a marker on every point (a series of one point is still seen), a legend, grid lines in both
// directions that survive scaling to paper.
namespace konvergensi::reports::prevalence {

/// The colours of the charts. standard() is the interface's palette (gui/common/colours.h:
/// colours::series and colours::severity); a GUI test keeps the two equal.
struct ChartPalette
{
    std::array<QColor, 8> series;
    std::array<QColor, 5> severity; ///< by core::SeverityBand, very low first
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor reference; ///< the target line and the district line

    static ChartPalette standard();
    QColor seriesColour(int index) const;
    QColor bandColour(core::SeverityBand band) const;
};

/// One line of the trend chart.
struct TrendSeries
{
    /// How it is drawn: a source of the district (solid, round markers), the province
    /// (dashed, square markers), the national reference (dotted, diamond markers), the target
    /// (dash-dot steps, no markers).
    enum class Kind { Source, Province, National, Target };

    QString name;
    Kind kind = Kind::Source;
    int colourIndex = 0;         ///< into ChartPalette::series (not used for the target)
    std::vector<QPointF> points; ///< x: year position (2022.5 = survey of 2022); y: percent
    QStringList pointTexts;      ///< per point, for tooltips: "SSGI, 2022 (survey): 8,4 %"
};

/// Prevalence over the years: a line per source, the province and the national reference,
/// and the target as steps.
struct TrendChart
{
    QString title;
    QString xTitle;
    QString yTitle;
    std::vector<TrendSeries> series;
    int firstYear = 2020; ///< the x axis runs from firstYear to lastYear + 1
    int lastYear = 2024;
    double yMax = 10;
    QString emptyText; ///< said instead of the chart when there is no series

    bool isEmpty() const { return series.empty(); }
};

/// One bar of the kecamatan chart.
struct ChartBar
{
    QString key;   ///< "14.03.01", given back by a click
    QString label; ///< "Bengkalis"
    double value = 0;
    std::optional<core::SeverityBand> band; ///< the bar's colour; none: the first series colour
    QString valueText;                      ///< "12,3 %"
    QString toolTip;
};

/// Horizontal bars, highest on top, coloured by severity band, with the district's level as
/// a dashed line and a legend of the bands that occur.
struct BarChart
{
    QString title;
    std::vector<ChartBar> bars; ///< top to bottom
    std::optional<double> reference;
    QString referenceName;                                      ///< "District level: 8,4 %"
    QString legendTitle;                                        ///< "WHO severity of stunting"
    std::vector<std::pair<core::SeverityBand, QString>> legend; ///< the bands that occur
    QString xTitle;
    double xMax = 10;
    QString emptyText;

    bool isEmpty() const { return bars.empty(); }
};

using Chart = std::variant<TrendChart, BarChart>;

bool isEmpty(const Chart &chart);
QString chartTitle(const Chart &chart);

/// A place on a drawn chart that answers the mouse: a point or a bar.
struct ChartHit
{
    QRectF rect;
    QString key; ///< the bar's key; empty for points
    QString toolTip;
};

/// Draws the chart into `bounds` with the painter's current transform; the font sets the
/// size of every text (the title a little larger). Returns where its points and bars are.
std::vector<ChartHit> paintChart(QPainter &painter, const QRectF &bounds, const Chart &chart,
                                 const ChartPalette &palette, const QFont &font);

/// The font of charts outside the screen (files and print): DejaVu Sans, 12 px per unit.
QFont chartFont();
/// The chart drawn at `size` units, `scale` pixels per unit, on white.
QImage chartImage(const Chart &chart, const QSizeF &size, qreal scale, const ChartPalette &palette);
/// The size charts are drawn at for files and print (units): 900 x 480.
QSizeF chartFileSize();
/// Writes the chart as PDF (a vector drawing on an A4 landscape page) when the path ends in
/// ".pdf", otherwise as PNG (2 pixels per unit). Throws ReportError when it cannot.
void writeChart(const Chart &chart, const QString &path, const ChartPalette &palette);

} // namespace konvergensi::reports::prevalence
