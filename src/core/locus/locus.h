// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/regions/region_code.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::core {

/// The numbers behind a village's place on a locus list (from the Aksi 1 analysis). Every
/// figure may be unknown.
struct LocusEvidence
{
    std::optional<std::int64_t> childrenMeasured; ///< balita diukur
    std::optional<std::int64_t> stunted;          ///< balita stunting
    /// Prevalence in percent as written in the analysis; prevalence() derives it from the
    /// counts when it is not given.
    std::optional<double> prevalencePercent;
    std::optional<std::int64_t> targetHouseholds; ///< rumah tangga sasaran 1.000 HPK
    std::optional<double> povertyPercent;         ///< share of poor households, percent

    /// The given percent, or stunted / measured when both counts are known and measured > 0.
    std::optional<double> prevalence() const;

    friend bool operator==(const LocusEvidence &, const LocusEvidence &) = default;
};

/// How a village came onto the list.
enum class LocusOrigin {
    Ranked,   ///< picked from the top of the proposal's ranking
    Manual,   ///< added by hand; the reason says why
    Imported, ///< read from a file (the decree's list as published)
};

/// "ranked", "manual", "imported": the words of the database and the CLI.
std::string_view toString(LocusOrigin origin);
std::optional<LocusOrigin> locusOriginFromString(std::string_view text);

/// One village on a year's locus list.
struct LocusVillage
{
    explicit LocusVillage(RegionCode code, int listYear = 0)
        : year(listYear)
        , village(std::move(code))
    {
    }

    std::int64_t id = 0;
    int year = 0;
    RegionCode village;
    int rank = 0; ///< 1 = first; unique within the year
    LocusOrigin origin = LocusOrigin::Ranked;
    std::string reason;          ///< why the village is on the list (required for Manual)
    std::optional<double> score; ///< the proposal's score when it came from the ranking
    LocusEvidence evidence;
    int rowVersion = 0;
};

/// A village the ranking put in the top N but that was left out by hand, with the reason.
struct LocusExclusion
{
    RegionCode village;
    std::string reason;

    friend bool operator==(const LocusExclusion &, const LocusExclusion &) = default;
};

/// The regent's decree (SK Bupati) that fixes a year's list.
struct LocusDecree
{
    std::int64_t id = 0; ///< the locus year's id: owner of the attached decree document
    int year = 0;
    std::string number; ///< "150/KPTS/III/2021"
    std::optional<boost::gregorian::date> date;
    std::string signedBy; ///< "Kasmarni, Bupati Bengkalis"
    std::string notes;
    int rowVersion = 0;
};

enum class LocusProblem {
    YearOutOfRange,      ///< not between 2000 and 2100
    NotAVillage,         ///< the code is not a desa/kelurahan code
    RankNotPositive,     ///< rank below 1
    ManualWithoutReason, ///< an addition by hand needs its reason
    NegativeCount,       ///< a count below zero
    StuntedExceedsMeasured,
    PercentOutOfRange, ///< prevalence or poverty outside 0..100
};

std::vector<LocusProblem> validate(const LocusVillage &village);
std::string describe(LocusProblem problem);

/// Problems of a whole list: each village once, ranks unique.
enum class LocusListProblem {
    DuplicateVillage,
    DuplicateRank,
    ExclusionWithoutReason,
    ExcludedAndListed
};
struct LocusListIssue
{
    LocusListProblem problem;
    std::string villageCode;
    int rank = 0;
};
std::vector<LocusListIssue> validateList(const std::vector<LocusVillage> &villages,
                                         const std::vector<LocusExclusion> &exclusions = {});

/// Ranks 1..n in the villages' current order.
void renumber(std::vector<LocusVillage> &villages);

/// Two years' lists side by side.
struct LocusComparison
{
    std::vector<RegionCode> added;   ///< on the later list only
    std::vector<RegionCode> kept;    ///< on both
    std::vector<RegionCode> removed; ///< on the earlier list only
    /// Per kecamatan code: villages on the earlier and on the later list.
    std::map<RegionCode, std::pair<int, int>> perKecamatan;
};
LocusComparison compareLists(const std::vector<RegionCode> &from,
                             const std::vector<RegionCode> &to);

/// A village's figure in one year for the prevalence comparison: counts when known.
struct VillageFigure
{
    std::optional<std::int64_t> measured;
    std::optional<std::int64_t> cases;
    std::optional<double> percent; ///< used when the counts are unknown
};

/// Prevalence of a group of villages: pooled from counts (sum cases / sum measured) over the
/// villages with counts; the plain mean of percents when no village has counts.
struct GroupPrevalence
{
    std::optional<double> percent;
    int villages = 0; ///< villages with a figure
};
GroupPrevalence groupPrevalence(const std::vector<VillageFigure> &figures);

/// How the locus villages' prevalence moved between two years against the rest of the
/// district. The locus group is the earlier year's list (the villages that got the
/// interventions); only villages with a figure in both years are counted in either group.
struct PrevalenceMovement
{
    GroupPrevalence locusBefore, locusAfter, restBefore, restAfter;
    /// After minus before, in percentage points; nullopt when either side is unknown.
    std::optional<double> locusChange() const;
    std::optional<double> restChange() const;
};
PrevalenceMovement prevalenceMovement(const std::set<RegionCode> &locus,
                                      const std::map<RegionCode, VillageFigure> &before,
                                      const std::map<RegionCode, VillageFigure> &after);

} // namespace konvergensi::core
