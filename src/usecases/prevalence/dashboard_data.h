// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// No Q_OBJECT here: plain data, loaded in one pass so that the page, the printed summary, the
// CLI and the benchmark can time and reuse it.
#include "core/prevalence/prevalence_aggregation.h"
#include "core/regions/region_tree.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::prevalence {

/// The source and period the dashboard looks at below its headlines (kecamatan chart, desa
/// and puskesmas tables, completeness, locus villages).
struct DashboardChoice
{
    core::PrevalenceSource source = core::PrevalenceSource::Ssgi;
    int year = 0;
    core::PrevalenceRound round = core::PrevalenceRound::Survey;

    friend bool operator==(const DashboardChoice &, const DashboardChoice &) = default;
};

/// The figures of one source and period: by kecamatan and desa, and by puskesmas.
struct DashboardPeriod
{
    DashboardChoice choice;
    core::PeriodSummary summary;
    core::PuskesmasSummary puskesmas;
};

/// Everything the dashboard shows for one indicator, read with a handful of queries (the
/// region tree, the targets, every figure of the indicator within the district, the puskesmas
/// with their desa and their figures, the national and province series), however many areas
/// there are. Switching source or period afterwards needs no query.
struct DashboardData
{
    core::PrevalenceIndicator indicator = core::PrevalenceIndicator::Stunting;
    core::RegionTree tree;
    std::optional<core::Region> district;
    std::optional<core::Region> province;
    std::vector<core::PrevalenceTarget> targets;
    /// The figures within the district (regions, and posyandu below the desa), per source.
    std::map<core::PrevalenceSource, std::vector<core::PrevalenceObservation>> bySource;
    /// The workspace's puskesmas with the desa each serves, and the figures entered for them
    /// (per source; never mixed with the region figures above).
    std::vector<core::Puskesmas> puskesmas;
    std::map<core::PrevalenceSource, std::vector<core::PrevalenceObservation>> puskesmasBySource;
    /// The district's series per source (own figures, or sums of village counts).
    std::map<core::PrevalenceSource, std::vector<core::TrendPoint>> trends;
    std::vector<core::TrendPoint> nationalSeries;
    std::vector<core::TrendPoint> provinceSeries;

    /// Sources with figures within the district or of its puskesmas, in the fixed source order.
    std::vector<core::PrevalenceSource> sources() const;
    /// Periods of a source (district or puskesmas figures), newest first.
    std::vector<std::pair<int, core::PrevalenceRound>> periods(core::PrevalenceSource source) const;
    /// What the dashboard opens on: the source with the most figures within the district (the
    /// finest), at its latest period; none without figures.
    std::optional<DashboardChoice> defaultChoice() const;
    /// The summary of one source and period (by kecamatan and village).
    std::optional<core::PeriodSummary> summary(
        core::PrevalenceSource source, int year, core::PrevalenceRound round,
        const std::optional<std::set<std::string>> &locus) const;
    /// The puskesmas of one source and period: sums of the desa they serve, and their own
    /// figures.
    std::optional<core::PuskesmasSummary> puskesmasSummary(core::PrevalenceSource source, int year,
                                                           core::PrevalenceRound round) const;
    /// Both summaries of a choice; none without a district.
    std::optional<DashboardPeriod> period(const DashboardChoice &choice,
                                          const std::optional<std::set<std::string>> &locus) const;
    std::optional<core::Headline> headline(core::PrevalenceSource source) const;
    /// The headline of every source that has one, in source order.
    std::vector<core::Headline> headlines() const;
    /// The figure held for an area (a region or a puskesmas) in a period of a source, as
    /// loaded (with its id and row version); nullptr when there is none.
    const core::PrevalenceObservation *find(const core::PrevalenceArea &area,
                                            core::PrevalenceSource source, int year,
                                            core::PrevalenceRound round) const;
    /// True when the workspace holds no figure of the indicator for the district.
    bool isEmpty() const { return bySource.empty() && puskesmasBySource.empty(); }

    static DashboardData load(storage::Database &db, core::PrevalenceIndicator indicator);
};

} // namespace konvergensi::usecases::prevalence
