// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "reports/prevalence/prevalence_charts.h"
#include "usecases/prevalence/dashboard_data.h"

#include <QString>

namespace konvergensi::usecases {
class Progress;
}

namespace konvergensi::usecases::prevalence {

/// "e-PPGBM, Agustus 2024": the source and period of a choice.
QString choiceTitle(const DashboardChoice &choice, core::Language language);

/// The trend chart of the dashboard: one series per source of the district (its own figures,
/// or the sums of its desa), the province and the national reference, each with its own
/// colour and markers; the target that applies in each year as steps, from the district's
/// first figure on.
reports::prevalence::TrendChart trendChart(const DashboardData &data, core::Language language);

/// The kecamatan chart of a period: one bar per kecamatan with a figure, highest on top,
/// coloured by the indicator's WHO band, the district's level as a line, the bands that occur
/// in the legend. Without a period, or without kecamatan figures, it holds a sentence instead.
reports::prevalence::BarChart kecamatanChart(const DashboardData &data,
                                             const DashboardPeriod *period,
                                             core::Language language);

/// Writes a chart as PNG, or PDF when the path ends in ".pdf" (the chart exports of the page
/// and the CLI). Throws reports::ReportError when the file cannot be written, Cancelled when
/// the progress was cancelled before it was written.
void exportChart(const reports::prevalence::Chart &chart, const QString &path, Progress &progress);

} // namespace konvergensi::usecases::prevalence
