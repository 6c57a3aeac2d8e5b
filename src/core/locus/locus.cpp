// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/locus/locus.h"

#include "core/text.h"

#include <algorithm>
#include <cmath>

namespace konvergensi::core {

std::optional<double> LocusEvidence::prevalence() const
{
    if (prevalencePercent)
        return prevalencePercent;
    if (childrenMeasured && stunted && *childrenMeasured > 0)
        return 100.0 * static_cast<double>(*stunted) / static_cast<double>(*childrenMeasured);
    return std::nullopt;
}

std::string_view toString(LocusOrigin origin)
{
    switch (origin) {
    case LocusOrigin::Ranked:
        return "ranked";
    case LocusOrigin::Manual:
        return "manual";
    case LocusOrigin::Imported:
        return "imported";
    }
    return "ranked";
}

std::optional<LocusOrigin> locusOriginFromString(std::string_view text)
{
    const std::string word = asciiLower(trimmed(text));
    if (word == "ranked")
        return LocusOrigin::Ranked;
    if (word == "manual")
        return LocusOrigin::Manual;
    if (word == "imported")
        return LocusOrigin::Imported;
    return std::nullopt;
}

namespace {

bool percentOk(const std::optional<double> &value)
{
    return !value || (std::isfinite(*value) && *value >= 0 && *value <= 100);
}

} // namespace

std::vector<LocusProblem> validate(const LocusVillage &village)
{
    std::vector<LocusProblem> problems;
    if (village.year < 2000 || village.year > 2100)
        problems.push_back(LocusProblem::YearOutOfRange);
    if (village.village.level() != RegionLevel::Village)
        problems.push_back(LocusProblem::NotAVillage);
    if (village.rank < 1)
        problems.push_back(LocusProblem::RankNotPositive);
    if (village.origin == LocusOrigin::Manual && trimmed(village.reason).empty())
        problems.push_back(LocusProblem::ManualWithoutReason);
    const LocusEvidence &e = village.evidence;
    for (const auto &count : {e.childrenMeasured, e.stunted, e.targetHouseholds}) {
        if (count && *count < 0) {
            problems.push_back(LocusProblem::NegativeCount);
            break;
        }
    }
    if (e.childrenMeasured && e.stunted && *e.stunted > *e.childrenMeasured)
        problems.push_back(LocusProblem::StuntedExceedsMeasured);
    if (!percentOk(e.prevalencePercent) || !percentOk(e.povertyPercent))
        problems.push_back(LocusProblem::PercentOutOfRange);
    return problems;
}

std::string describe(LocusProblem problem)
{
    switch (problem) {
    case LocusProblem::YearOutOfRange:
        return "the year must be between 2000 and 2100";
    case LocusProblem::NotAVillage:
        return "the code is not a desa/kelurahan code";
    case LocusProblem::RankNotPositive:
        return "the rank must be 1 or more";
    case LocusProblem::ManualWithoutReason:
        return "a village added by hand needs a reason";
    case LocusProblem::NegativeCount:
        return "a count is below zero";
    case LocusProblem::StuntedExceedsMeasured:
        return "more stunted children than children measured";
    case LocusProblem::PercentOutOfRange:
        return "a percentage is outside 0 to 100";
    }
    return "unknown problem";
}

std::vector<LocusListIssue> validateList(const std::vector<LocusVillage> &villages,
                                         const std::vector<LocusExclusion> &exclusions)
{
    std::vector<LocusListIssue> issues;
    std::set<RegionCode> seen;
    std::set<int> ranks;
    for (const LocusVillage &v : villages) {
        if (!seen.insert(v.village).second)
            issues.push_back({LocusListProblem::DuplicateVillage, v.village.toString(), v.rank});
        if (!ranks.insert(v.rank).second)
            issues.push_back({LocusListProblem::DuplicateRank, v.village.toString(), v.rank});
    }
    for (const LocusExclusion &x : exclusions) {
        if (trimmed(x.reason).empty())
            issues.push_back({LocusListProblem::ExclusionWithoutReason, x.village.toString(), 0});
        if (seen.contains(x.village))
            issues.push_back({LocusListProblem::ExcludedAndListed, x.village.toString(), 0});
    }
    return issues;
}

void renumber(std::vector<LocusVillage> &villages)
{
    int rank = 0;
    for (LocusVillage &v : villages)
        v.rank = ++rank;
}

LocusComparison compareLists(const std::vector<RegionCode> &from, const std::vector<RegionCode> &to)
{
    LocusComparison out;
    const std::set<RegionCode> a(from.begin(), from.end());
    const std::set<RegionCode> b(to.begin(), to.end());
    for (const RegionCode &code : a) {
        (b.contains(code) ? out.kept : out.removed).push_back(code);
        if (const auto kecamatan = code.parent())
            ++out.perKecamatan[*kecamatan].first;
    }
    for (const RegionCode &code : b) {
        if (!a.contains(code))
            out.added.push_back(code);
        if (const auto kecamatan = code.parent())
            ++out.perKecamatan[*kecamatan].second;
    }
    return out;
}

GroupPrevalence groupPrevalence(const std::vector<VillageFigure> &figures)
{
    GroupPrevalence out;
    std::int64_t measured = 0;
    std::int64_t cases = 0;
    int withCounts = 0;
    double percentSum = 0;
    int withPercent = 0;
    for (const VillageFigure &f : figures) {
        if (f.measured && f.cases && *f.measured > 0) {
            measured += *f.measured;
            cases += *f.cases;
            ++withCounts;
        } else if (f.percent) {
            percentSum += *f.percent;
            ++withPercent;
        }
    }
    if (withCounts > 0) {
        out.percent = 100.0 * static_cast<double>(cases) / static_cast<double>(measured);
        out.villages = withCounts;
    } else if (withPercent > 0) {
        out.percent = percentSum / withPercent;
        out.villages = withPercent;
    }
    return out;
}

std::optional<double> PrevalenceMovement::locusChange() const
{
    if (!locusBefore.percent || !locusAfter.percent)
        return std::nullopt;
    return *locusAfter.percent - *locusBefore.percent;
}

std::optional<double> PrevalenceMovement::restChange() const
{
    if (!restBefore.percent || !restAfter.percent)
        return std::nullopt;
    return *restAfter.percent - *restBefore.percent;
}

PrevalenceMovement prevalenceMovement(const std::set<RegionCode> &locus,
                                      const std::map<RegionCode, VillageFigure> &before,
                                      const std::map<RegionCode, VillageFigure> &after)
{
    auto hasFigure = [](const VillageFigure &f) {
        return (f.measured && f.cases && *f.measured > 0) || f.percent.has_value();
    };
    std::vector<VillageFigure> locusBefore, locusAfter, restBefore, restAfter;
    for (const auto &[code, figure] : before) {
        const auto it = after.find(code);
        if (it == after.end() || !hasFigure(figure) || !hasFigure(it->second))
            continue;
        if (locus.contains(code)) {
            locusBefore.push_back(figure);
            locusAfter.push_back(it->second);
        } else {
            restBefore.push_back(figure);
            restAfter.push_back(it->second);
        }
    }
    return {groupPrevalence(locusBefore), groupPrevalence(locusAfter), groupPrevalence(restBefore),
            groupPrevalence(restAfter)};
}

} // namespace konvergensi::core
