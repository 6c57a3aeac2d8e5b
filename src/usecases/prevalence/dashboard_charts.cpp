// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/prevalence/dashboard_charts.h"

#include "reports/prevalence/prevalence_words.h"
#include "usecases/progress.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace konvergensi::usecases::prevalence {

namespace words = reports::prevalence;
using reports::prevalence::BarChart;
using reports::prevalence::ChartBar;
using reports::prevalence::TrendChart;
using reports::prevalence::TrendSeries;

namespace {

/// Position of a period on the trend chart's year axis: inside the year's band.
double periodX(int year, core::PrevalenceRound round)
{
    switch (round) {
    case core::PrevalenceRound::February:
        return year + 0.15;
    case core::PrevalenceRound::Survey:
        return year + 0.5;
    case core::PrevalenceRound::August:
        return year + 0.7;
    }
    return year + 0.5;
}

/// Series colours in order, leaving out the near-black (the target's) and the pale yellow.
int colourFor(int seriesIndex)
{
    return seriesIndex % 6;
}

} // namespace

QString choiceTitle(const DashboardChoice &choice, core::Language language)
{
    return words::sourceName(choice.source) + QStringLiteral(", ")
           + words::periodName(choice.year, choice.round, language);
}

TrendChart trendChart(const DashboardData &data, core::Language language)
{
    TrendChart chart;
    const QString indicator = words::indicatorName(data.indicator);
    chart.title =
        QCoreApplication::translate("PrevalenceCharts", "%1 by source and year").arg(indicator);
    chart.xTitle = QCoreApplication::translate("PrevalenceCharts", "Year");
    chart.yTitle = QCoreApplication::translate("PrevalenceCharts", "Prevalence (%)");
    chart.emptyText = QCoreApplication::translate("PrevalenceCharts",
                                                  "No %1 figures yet: enter a figure or import "
                                                  "a file.")
                          .arg(indicator.toLower());
    if (!data.district)
        return chart;
    int minYear = 9999;
    int maxYear = 0;
    double maxRate = 0;
    int colour = 0;
    auto add = [&](const QString &name, TrendSeries::Kind kind,
                   const std::vector<core::TrendPoint> &points) {
        if (points.empty())
            return;
        TrendSeries series;
        series.name = name;
        series.kind = kind;
        series.colourIndex = colourFor(colour++);
        for (const core::TrendPoint &p : points) {
            series.points.emplace_back(periodX(p.year, p.round), p.rate);
            series.pointTexts << QStringLiteral("%1, %2: %3")
                                     .arg(name, words::periodName(p.year, p.round, language),
                                          words::percentText(p.rate, language));
            minYear = std::min(minYear, p.year);
            maxYear = std::max(maxYear, p.year);
            maxRate = std::max(maxRate, p.rate);
        }
        chart.series.push_back(std::move(series));
    };
    int firstDistrictYear = 9999;
    for (core::PrevalenceSource source : core::allPrevalenceSources()) {
        const auto it = data.trends.find(source);
        if (it == data.trends.end() || it->second.empty())
            continue;
        const bool summed = std::any_of(it->second.begin(), it->second.end(),
                                        [](const core::TrendPoint &p) { return p.aggregated; });
        add(summed ? QCoreApplication::translate("PrevalenceCharts", "%1 (sum of desa)")
                         .arg(words::sourceName(source))
                   : words::sourceName(source),
            TrendSeries::Kind::Source, it->second);
        firstDistrictYear = std::min(firstDistrictYear, it->second.front().year);
    }
    if (data.province)
        add(QString::fromStdString(data.province->name), TrendSeries::Kind::Province,
            data.provinceSeries);
    add(QCoreApplication::translate("PrevalenceCharts", "Indonesia"), TrendSeries::Kind::National,
        data.nationalSeries);
    if (chart.series.empty())
        return chart;

    // The target that applies in each year, as steps, from the district's first figure on: a
    // target drawn over the national history before it would mislead.
    TrendSeries target;
    target.name = QCoreApplication::translate("PrevalenceCharts", "Target");
    target.kind = TrendSeries::Kind::Target;
    for (int year = std::min(firstDistrictYear, maxYear); year <= maxYear; ++year) {
        if (const auto t = core::targetFor(data.targets, data.district->code, year,
                                           data.indicator)) {
            target.points.emplace_back(year, t->percent);
            target.points.emplace_back(year + 1, t->percent);
            maxRate = std::max(maxRate, t->percent);
        }
    }
    if (!target.points.empty())
        chart.series.push_back(std::move(target));
    chart.firstYear = minYear;
    chart.lastYear = maxYear;
    chart.yMax = maxRate + 2;
    return chart;
}

BarChart kecamatanChart(const DashboardData &data, const DashboardPeriod *period,
                        core::Language language)
{
    BarChart chart;
    const QString indicator = words::indicatorName(data.indicator);
    chart.xTitle = QCoreApplication::translate("PrevalenceCharts", "Prevalence (%)");
    if (!period) {
        chart.title = QCoreApplication::translate("PrevalenceCharts", "Prevalence by kecamatan");
        chart.emptyText = QCoreApplication::translate("PrevalenceCharts",
                                                      "No %1 figures yet: enter a figure or "
                                                      "import a file.")
                              .arg(indicator.toLower());
        return chart;
    }
    const QString title = choiceTitle(period->choice, language);
    chart.title =
        QCoreApplication::translate("PrevalenceCharts", "Prevalence by kecamatan, %1").arg(title);
    chart.emptyText = QCoreApplication::translate("PrevalenceCharts",
                                                  "No kecamatan has a figure for %1.")
                          .arg(title);
    std::vector<const core::AreaFigure *> figures;
    for (const core::AreaFigure &k : period->summary.kecamatan)
        if (k.rate)
            figures.push_back(&k);
    std::stable_sort(figures.begin(), figures.end(),
                     [](const auto *a, const auto *b) { return *a->rate > *b->rate; });
    std::set<core::SeverityBand> bands;
    double maxRate = 0;
    for (const core::AreaFigure *f : figures) {
        ChartBar bar;
        bar.key = QString::fromStdString(f->code.toString());
        bar.label = QString::fromStdString(f->name);
        bar.value = *f->rate;
        bar.band = f->band;
        bar.valueText = words::percentText(*f->rate, language);
        QString tip = QStringLiteral("%1: %2").arg(bar.label, bar.valueText);
        if (f->measured && f->cases)
            tip += QStringLiteral(" (")
                   + QCoreApplication::translate("PrevalenceCharts", "%1 of %2 measured")
                         .arg(words::countText(*f->cases, language),
                              words::countText(*f->measured, language))
                   + QLatin1Char(')');
        if (f->aggregated)
            tip += QLatin1Char('\n')
                   + QCoreApplication::translate("PrevalenceCharts", "Sum of %n desa.", nullptr,
                                                 f->areasWithCounts);
        if (f->band)
            tip += QLatin1Char('\n') + words::bandLabel(data.indicator, *f->band, language);
        bar.toolTip = tip;
        if (f->band)
            bands.insert(*f->band);
        maxRate = std::max(maxRate, *f->rate);
        chart.bars.push_back(std::move(bar));
    }
    if (core::severityThresholds(data.indicator)) {
        chart.legendTitle = words::bandLegendTitle(data.indicator);
        for (core::SeverityBand band : bands)
            chart.legend.emplace_back(band, words::bandLabel(data.indicator, band, language));
    } else {
        chart.legendTitle = QCoreApplication::translate("PrevalenceCharts",
                                                        "No WHO severity bands for %1")
                                .arg(indicator.toLower());
    }
    if (const auto &rate = period->summary.district.rate) {
        chart.reference = *rate;
        chart.referenceName = QCoreApplication::translate("PrevalenceCharts", "District: %1")
                                  .arg(words::percentText(*rate, language));
        maxRate = std::max(maxRate, *rate);
    }
    chart.xMax = maxRate + 1;
    return chart;
}

void exportChart(const reports::prevalence::Chart &chart, const QString &path, Progress &progress)
{
    progress.report(0, 1, path);
    progress.check();
    reports::prevalence::writeChart(chart, path, reports::prevalence::ChartPalette::standard());
    progress.report(1, 1, path);
}

} // namespace konvergensi::usecases::prevalence
