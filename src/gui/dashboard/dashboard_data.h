#pragma once

// No Q_OBJECT here: plain data, loaded in one pass so that the page (and the benchmark) can
// time and reuse it.
#include "core/prevalence_aggregation.h"
#include "core/region_tree.h"

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::gui {

/// Everything the dashboard shows for one indicator, read with a handful of queries (the
/// region tree, the targets, every figure of the indicator within the district, the national
/// and province series). Switching source or period afterwards needs no query.
struct DashboardData
{
    core::PrevalenceIndicator indicator = core::PrevalenceIndicator::Stunting;
    core::RegionTree tree;
    std::optional<core::Region> district;
    std::optional<core::Region> province;
    std::vector<core::PrevalenceTarget> targets;
    /// The figures within the district, per source.
    std::map<core::PrevalenceSource, std::vector<core::PrevalenceObservation>> bySource;
    /// The district's series per source (own figures, or sums of village counts).
    std::map<core::PrevalenceSource, std::vector<core::TrendPoint>> trends;
    std::vector<core::TrendPoint> nationalSeries;
    std::vector<core::TrendPoint> provinceSeries;

    /// Sources with figures within the district, in the fixed source order.
    std::vector<core::PrevalenceSource> sources() const;
    /// Periods of a source, newest first.
    std::vector<std::pair<int, core::PrevalenceRound>> periods(core::PrevalenceSource source) const;
    /// The summary of one source and period (by kecamatan and village).
    std::optional<core::PeriodSummary>
    summary(core::PrevalenceSource source, int year, core::PrevalenceRound round,
            const std::optional<std::set<std::string>> &locus) const;
    std::optional<core::Headline> headline(core::PrevalenceSource source) const;

    static DashboardData load(storage::Database &db, core::PrevalenceIndicator indicator);
};

} // namespace konvergensi::gui
