// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/prevalence/prevalence.h"
#include "core/prevalence/prevalence_puskesmas.h"
#include "core/regions/region_tree.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace konvergensi::core {

/// Sums of counts over several areas. Rates of areas are combined only through their
/// counts (cases / measured over the sum), never by averaging percentages; an area known
/// only by its published rate is counted in `rateOnly` and left out of the sums.
struct CountAggregate
{
    std::int64_t measured = 0;
    std::int64_t cases = 0;
    int withCounts = 0;                  ///< areas whose counts are in the sums
    int rateOnly = 0;                    ///< areas with a rate but no counts (not in the sums)
    std::int64_t eligible = 0;           ///< children expected, over areas that give it
    std::int64_t measuredOfEligible = 0; ///< children measured in those same areas

    void add(const PrevalenceObservation &observation);
    void add(const CountAggregate &other);
    std::optional<double> rate() const { return rateFromCounts(cases, measured); }
    std::optional<Interval> interval() const { return wilsonInterval(cases, measured); }
};

/// Which villages are locus villages (desa lokus) in a year. The locus module provides it;
/// nullopt means "not known" (no locus data for the year), which the dashboard shows as "—".
class LocusVillages
{
public:
    virtual ~LocusVillages() = default;
    virtual std::optional<std::set<std::string>> villages(int year) const = 0;
};

/// No locus data at all (until the locus module exists).
class NoLocusVillages final : public LocusVillages
{
public:
    std::optional<std::set<std::string>> villages(int) const override { return std::nullopt; }
};

/// A fixed list per year; for tests and for importing a decree's list.
class FixedLocusVillages final : public LocusVillages
{
public:
    explicit FixedLocusVillages(std::map<int, std::set<std::string>> byYear)
        : m_byYear(std::move(byYear))
    {
    }
    std::optional<std::set<std::string>> villages(int year) const override;

private:
    std::map<int, std::set<std::string>> m_byYear;
};

/// One area's figure in a period, ready to show.
struct AreaFigure
{
    AreaFigure(RegionCode code_, std::string name_)
        : code(std::move(code_))
        , name(std::move(name_))
    {
    }

    RegionCode code;
    std::string name;
    std::optional<std::int64_t> measured;
    std::optional<std::int64_t> cases;
    std::optional<std::int64_t> eligible;
    std::optional<double> rate;
    std::optional<Interval> interval; ///< only when counts are known
    std::optional<SeverityBand> band;
    std::optional<bool> locus; ///< nullopt when locus data is not known
    bool aggregated = false;   ///< the figure is a sum of the areas below
    int areasWithCounts = 0;   ///< for aggregated figures: areas summed
    int areasRateOnly = 0;     ///< areas below with a rate but no counts
};

struct Completeness
{
    int villages = 0;                    ///< villages of the district
    int villagesWithFigure = 0;          ///< of them, with a figure in the period
    std::int64_t eligible = 0;           ///< children expected, where known
    std::int64_t measuredOfEligible = 0; ///< children measured in those villages

    std::optional<double> villageShare() const;  ///< percent
    std::optional<double> measuredShare() const; ///< percent of eligible children measured
};

/// Locus villages against the others, from counts.
struct LocusPrevalenceComparison
{
    bool known = false;
    CountAggregate locus;
    CountAggregate other;
    int locusVillages = 0;
    int otherVillages = 0;
};

/// Everything the dashboard shows for one period, source and indicator.
struct PeriodSummary
{
    explicit PeriodSummary(AreaFigure district_)
        : district(std::move(district_))
    {
    }

    AreaFigure district;
    std::vector<AreaFigure> kecamatan; ///< in code order
    std::vector<AreaFigure> villages;  ///< every village of the district, in code order
    Completeness completeness;
    LocusPrevalenceComparison locus;
};

/// Builds the period's summary in one pass over the observations (which should be of one
/// source, indicator, year and round, for the district and the areas below it; others are
/// ignored). An area's own figure is used when recorded; otherwise a kecamatan or the
/// district gets the sum of its villages' counts, and a village the sum of the counts of its
/// posyandu (aggregated = true). Severity bands follow the indicator (severityBand()).
PeriodSummary summarizePeriod(const RegionTree &tree, const RegionCode &district,
                              const std::vector<PrevalenceObservation> &observations,
                              const std::optional<std::set<std::string>> &locusVillages);

/// The figures of a region and of every region below it, depth first in code order, from
/// observations of one source, indicator, year and round: each area's own figure when
/// recorded, otherwise (for a province, district or kecamatan) the sum of the counts of the
/// villages below it (aggregated = true). Areas without either have an empty figure.
std::vector<AreaFigure> figuresBelow(const RegionTree &tree, const RegionCode &root,
                                     const std::vector<PrevalenceObservation> &observations);

/// One point of a district's series for a source.
struct TrendPoint
{
    int year = 0;
    PrevalenceRound round = PrevalenceRound::Survey;
    double rate = 0;
    std::optional<Interval> interval;
    bool aggregated = false;
};

/// A district's series for one source and indicator, oldest first, from observations of
/// the district and the areas below it: per period, the district's own figure when recorded,
/// otherwise the sum of its villages' counts. Periods without either are left out.
std::vector<TrendPoint> districtTrend(const RegionCode &district,
                                      const std::vector<PrevalenceObservation> &observations);
/// The series of one area's own figures (province, national reference), oldest first.
std::vector<TrendPoint> areaSeries(const PrevalenceArea &area,
                                   const std::vector<PrevalenceObservation> &observations);

/// One puskesmas in a period (one source and indicator): the sum of the counts of the desa it
/// serves, and apart from it the figure entered for the puskesmas itself when there is one.
/// The two are never mixed: the sum is cases / children measured over the served desa with
/// counts (never an average of their percentages); desa known only by a rate are counted in
/// `villages.rateOnly` and left out of the sum.
struct PuskesmasFigure
{
    std::string code;
    std::string name;
    std::optional<RegionCode> kecamatan;
    int villagesServed = 0;
    CountAggregate villages;                  ///< the served desa's counts, summed
    std::optional<PrevalenceObservation> own; ///< the figure entered for the puskesmas itself

    /// Served desa with a figure (counts or a rate) in the period.
    int villagesWithFigure() const { return villages.withCounts + villages.rateOnly; }
};

struct PuskesmasSummary
{
    std::vector<PuskesmasFigure> puskesmas;    ///< in the order given
    std::vector<RegionCode> villagesNotServed; ///< villages of the district no puskesmas serves
};

/// The puskesmas of a period from observations of one source, indicator, year and round (the
/// villages' figures and the puskesmas's own; others are ignored), in one pass.
PuskesmasSummary summarizePuskesmas(const RegionTree &tree, const RegionCode &district,
                                    const std::vector<Puskesmas> &puskesmas,
                                    const std::vector<PrevalenceObservation> &observations);

/// Period order: by year, then February, survey, August.
bool periodBefore(int yearA, PrevalenceRound roundA, int yearB, PrevalenceRound roundB);

/// The headline of a source: its latest figure, the change from its previous figure (in
/// percentage points), the target of that year and the gap (rate - target, points).
struct Headline
{
    PrevalenceSource source = PrevalenceSource::Ssgi;
    TrendPoint latest;
    std::optional<TrendPoint> previous;
    std::optional<double> change;
    std::optional<PrevalenceTarget> target;
    std::optional<double> gap;
};

std::optional<Headline> headline(PrevalenceSource source, const std::vector<TrendPoint> &trend,
                                 const std::vector<PrevalenceTarget> &targets,
                                 const RegionCode &district, PrevalenceIndicator indicator);

} // namespace konvergensi::core
