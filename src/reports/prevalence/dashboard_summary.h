// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letterhead.h"
#include "core/prevalence/prevalence_aggregation.h"
#include "reports/prevalence/prevalence_charts.h"
#include "reports/report_document.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <vector>

namespace konvergensi::reports::prevalence {

/// What the printed dashboard summary shows: the headline per source, the two charts, the
/// chosen source and period by kecamatan, the desa with the highest prevalence, the
/// puskesmas, completeness and locus villages.
struct DashboardSummaryData
{
    QString districtName; ///< "Kabupaten Bengkalis"
    core::PrevalenceIndicator indicator = core::PrevalenceIndicator::Stunting;
    std::vector<core::Headline> headlines;
    TrendChart trend;
    /// The source and period chosen on the dashboard ("e-PPGBM, Agustus 2024"), with its
    /// figures; none when the workspace holds no figure for the indicator.
    QString periodTitle;
    std::optional<core::PeriodSummary> period;
    std::optional<core::PuskesmasSummary> puskesmas;
    BarChart kecamatan;
    boost::gregorian::date today;
};

/// The summary as an official document: the letterhead, the title, the tables and charts
/// (charts as pictures; a sentence where a chart would have no data), the WHO band legend of
/// the indicator, and the signature block of the letterhead's signatory.
ReportDocument buildDashboardSummary(const DashboardSummaryData &data,
                                     const core::Letterhead &letterhead, core::Language language,
                                     const ChartPalette &palette = ChartPalette::standard());

/// How many desa the summary lists as those with the highest prevalence.
inline constexpr int kSummaryTopVillages = 10;

} // namespace konvergensi::reports::prevalence
