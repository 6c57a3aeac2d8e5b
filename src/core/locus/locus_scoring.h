// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/locus/locus.h"
#include "core/prevalence/prevalence.h"
#include "core/regions/region_code.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace konvergensi::core {

/// The four things the Aksi 1 analysis weighs when it proposes locus villages.
enum class LocusCriterion { Prevalence, Stunted, CoverageGap, Poverty };
constexpr std::array<LocusCriterion, 4> kLocusCriteria = {
    LocusCriterion::Prevalence, LocusCriterion::Stunted, LocusCriterion::CoverageGap,
    LocusCriterion::Poverty};
/// "prevalence", "stunted", "coverage_gap", "poverty".
std::string_view toString(LocusCriterion criterion);

/// How much each criterion counts. Any non-negative numbers; only their proportions matter
/// (2/1/1/0 is the same as 50/25/25/0). At least one must be above zero.
struct LocusWeights
{
    double prevalence = 40;
    double stunted = 30;
    double coverageGap = 20;
    double poverty = 10;

    double of(LocusCriterion criterion) const;
    double total() const { return prevalence + stunted + coverageGap + poverty; }
    /// True when every weight is finite and >= 0 and the total is above zero.
    bool valid() const;

    friend bool operator==(const LocusWeights &, const LocusWeights &) = default;
};

/// Where a village's stunting figures come from: a series of the prevalence data (a source and
/// a round of a year, e.g. e-PPGBM August 2022) or the numbers stored with a year's locus list.
struct FigureOrigin
{
    enum class Kind { PrevalenceData, LocusList };

    Kind kind = Kind::PrevalenceData;
    PrevalenceSource source = PrevalenceSource::Other; ///< PrevalenceData only
    PrevalenceRound round = PrevalenceRound::Survey;   ///< PrevalenceData only
    int year = 0;

    static FigureOrigin ofSeries(PrevalenceSource source, PrevalenceRound round, int year)
    {
        return {Kind::PrevalenceData, source, round, year};
    }
    static FigureOrigin ofList(int year)
    {
        return {Kind::LocusList, PrevalenceSource::Other, PrevalenceRound::Survey, year};
    }

    friend bool operator==(const FigureOrigin &, const FigureOrigin &) = default;
};

/// What is known of one village for the proposal. Any figure may be missing.
struct LocusCandidate
{
    RegionCode village;
    std::string name; ///< for tie-breaking and display only
    RegionCode kecamatan;
    std::optional<double> prevalence;             ///< percent
    std::optional<std::int64_t> stunted;          ///< children
    std::optional<double> coverageGap;            ///< 100 - scorecard coverage, percentage points
    std::optional<double> poverty;                ///< percent of poor households
    std::optional<std::int64_t> measured;         ///< children measured (shown, not scored)
    std::optional<std::int64_t> targetHouseholds; ///< shown, not scored
    /// Where prevalence, stunted and measured come from; nullopt when none is known. Shown.
    std::optional<FigureOrigin> origin;

    std::optional<double> value(LocusCriterion criterion) const;
};

/// One criterion's part in a village's score.
struct CriterionScore
{
    std::optional<double> value; ///< the village's figure; nullopt when unknown
    double relative = 0;         ///< value / the highest value in the district, 0..1
    double points = 0;           ///< relative x weight share x 100; the parts add up to score
};

struct RankedVillage
{
    LocusCandidate candidate;
    int rank = 0;                          ///< 1 = highest score
    double score = 0;                      ///< 0..100
    std::array<CriterionScore, 4> parts{}; ///< in kLocusCriteria order
    /// Count of criteria with a weight above zero but no figure for this village.
    int missing = 0;

    const CriterionScore &part(LocusCriterion criterion) const;
};

/// The scoring rule, the same for every village of the district:
///
///   score = 100 x sum over criteria of  weight share x (value / highest value)
///
/// where the weight share is the criterion's weight over the total weight and the highest
/// value is taken over all candidates (a criterion nobody has a figure for, or whose highest
/// value is 0, adds nothing to anyone). A figure that is unknown adds nothing: the village is
/// not pushed up for missing data, and `missing` says so. Negative figures count as 0.
///
/// Villages are ranked by score, highest first; equal scores by prevalence, then number of
/// stunted children (both higher first, unknown last), then region code. Throws DomainError
/// when the weights are not valid().
std::vector<RankedVillage> rankVillages(const std::vector<LocusCandidate> &candidates,
                                        const LocusWeights &weights);

/// A choice made by hand on top of the ranking: add a village below the cut, or leave out
/// one above it. The reason is required.
struct ManualChoice
{
    RegionCode village;
    std::string reason;
};

/// What the user picked: the top N of the ranking, minus the villages left out by hand, plus
/// those added by hand; ranks follow the ranking (an added village keeps its place in the
/// ranking order, villages not in the ranking go last in the order given).
struct LocusSelection
{
    std::vector<LocusVillage> villages;     ///< ranks 1..n, origin Ranked or Manual
    std::vector<LocusExclusion> exclusions; ///< left out of the top N by hand
};

enum class SelectionProblem {
    TopNNegative,
    ReasonMissing, ///< a manual addition or removal without a reason
    AddedTwice,
    AddedAlreadyInTopN, ///< adding a village the top N already holds
    RemovedNotInTopN,   ///< leaving out a village that is not in the top N
    AddedAndRemoved,
};
struct SelectionIssue
{
    SelectionProblem problem;
    std::string villageCode;
};

/// Checks the choices; empty when they are good.
std::vector<SelectionIssue> checkSelection(const std::vector<RankedVillage> &ranking, int topN,
                                           const std::vector<ManualChoice> &added,
                                           const std::vector<ManualChoice> &removed);
/// Builds the list for `year`. Throws DomainError when checkSelection() finds a problem.
/// A ranked village's reason is left empty (the caller words it, e.g. "rank 3 of 155, score
/// 72.1", in the user's language); every village's evidence carries its figures.
LocusSelection selectVillages(int year, const std::vector<RankedVillage> &ranking, int topN,
                              const std::vector<ManualChoice> &added,
                              const std::vector<ManualChoice> &removed);
std::string describe(SelectionProblem problem);

/// The order in which the analysis prefers a figure (smaller first): counts before published
/// rates only; then by source (e-PPGBM, bulan penimbangan, SSGI, SKI, Riskesdas, other); then
/// the later round (August, February, survey).
std::tuple<int, int, int> figurePreference(bool hasCounts, PrevalenceSource source,
                                           PrevalenceRound round);

/// Of the stunting figures held for one village in one year, the one the analysis uses:
/// figures with counts before published rates only; then by source (e-PPGBM, bulan
/// penimbangan, SSGI, SKI, Riskesdas, other); then the later round (August, February,
/// survey). nullopt when no figure gives a rate.
std::optional<PrevalenceObservation> preferredVillageFigure(
    const std::vector<PrevalenceObservation> &figures);

/// The coverage gap of a scorecard coverage in percent: 100 - coverage, never below 0.
double coverageGap(double coveragePercent);

} // namespace konvergensi::core
