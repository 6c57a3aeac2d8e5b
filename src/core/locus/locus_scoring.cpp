// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/locus/locus_scoring.h"

#include "core/errors.h"
#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace konvergensi::core {

std::string_view toString(LocusCriterion criterion)
{
    switch (criterion) {
    case LocusCriterion::Prevalence:
        return "prevalence";
    case LocusCriterion::Stunted:
        return "stunted";
    case LocusCriterion::CoverageGap:
        return "coverage_gap";
    case LocusCriterion::Poverty:
        return "poverty";
    }
    return "prevalence";
}

double LocusWeights::of(LocusCriterion criterion) const
{
    switch (criterion) {
    case LocusCriterion::Prevalence:
        return prevalence;
    case LocusCriterion::Stunted:
        return stunted;
    case LocusCriterion::CoverageGap:
        return coverageGap;
    case LocusCriterion::Poverty:
        return poverty;
    }
    return 0;
}

bool LocusWeights::valid() const
{
    for (const double w : {prevalence, stunted, coverageGap, poverty}) {
        if (!std::isfinite(w) || w < 0)
            return false;
    }
    return total() > 0;
}

std::optional<double> LocusCandidate::value(LocusCriterion criterion) const
{
    std::optional<double> v;
    switch (criterion) {
    case LocusCriterion::Prevalence:
        v = prevalence;
        break;
    case LocusCriterion::Stunted:
        if (stunted)
            v = static_cast<double>(*stunted);
        break;
    case LocusCriterion::CoverageGap:
        v = coverageGap;
        break;
    case LocusCriterion::Poverty:
        v = poverty;
        break;
    }
    if (v && !std::isfinite(*v))
        return std::nullopt;
    return v;
}

const CriterionScore &RankedVillage::part(LocusCriterion criterion) const
{
    return parts[static_cast<std::size_t>(criterion)];
}

std::vector<RankedVillage> rankVillages(const std::vector<LocusCandidate> &candidates,
                                        const LocusWeights &weights)
{
    if (!weights.valid())
        throw DomainError("the weights must be zero or more and at least one above zero");
    std::array<double, 4> highest{};
    for (const LocusCandidate &c : candidates) {
        for (std::size_t i = 0; i < kLocusCriteria.size(); ++i) {
            if (const auto v = c.value(kLocusCriteria[i]))
                highest[i] = std::max(highest[i], *v);
        }
    }
    const double total = weights.total();
    std::vector<RankedVillage> out;
    out.reserve(candidates.size());
    for (const LocusCandidate &c : candidates) {
        RankedVillage r{c, 0, 0, {}, 0};
        for (std::size_t i = 0; i < kLocusCriteria.size(); ++i) {
            const LocusCriterion criterion = kLocusCriteria[i];
            CriterionScore &part = r.parts[i];
            part.value = c.value(criterion);
            const double weight = weights.of(criterion);
            if (!part.value) {
                if (weight > 0)
                    ++r.missing;
                continue;
            }
            if (highest[i] > 0)
                part.relative = std::max(0.0, *part.value) / highest[i];
            part.points = 100.0 * part.relative * weight / total;
            r.score += part.points;
        }
        out.push_back(std::move(r));
    }
    auto higherFirst = [](const std::optional<double> &a, const std::optional<double> &b) {
        // true when a should come before b; unknown last
        if (a.has_value() != b.has_value())
            return a.has_value() ? -1 : 1;
        if (!a || *a == *b)
            return 0;
        return *a > *b ? -1 : 1;
    };
    std::stable_sort(out.begin(), out.end(), [&](const RankedVillage &a, const RankedVillage &b) {
        // Scores within a rounding hair are equal.
        if (std::abs(a.score - b.score) > 1e-9)
            return a.score > b.score;
        if (const int p = higherFirst(a.candidate.prevalence, b.candidate.prevalence); p != 0)
            return p < 0;
        std::optional<double> sa, sb;
        if (a.candidate.stunted)
            sa = static_cast<double>(*a.candidate.stunted);
        if (b.candidate.stunted)
            sb = static_cast<double>(*b.candidate.stunted);
        if (const int s = higherFirst(sa, sb); s != 0)
            return s < 0;
        return a.candidate.village < b.candidate.village;
    });
    int rank = 0;
    for (RankedVillage &r : out)
        r.rank = ++rank;
    return out;
}

std::vector<SelectionIssue> checkSelection(const std::vector<RankedVillage> &ranking, int topN,
                                           const std::vector<ManualChoice> &added,
                                           const std::vector<ManualChoice> &removed)
{
    std::vector<SelectionIssue> issues;
    if (topN < 0)
        issues.push_back({SelectionProblem::TopNNegative, {}});
    std::set<RegionCode> top;
    for (const RankedVillage &r : ranking) {
        if (r.rank <= topN)
            top.insert(r.candidate.village);
    }
    std::set<RegionCode> addedCodes;
    for (const ManualChoice &a : added) {
        if (trimmed(a.reason).empty())
            issues.push_back({SelectionProblem::ReasonMissing, a.village.toString()});
        if (!addedCodes.insert(a.village).second)
            issues.push_back({SelectionProblem::AddedTwice, a.village.toString()});
        if (top.contains(a.village))
            issues.push_back({SelectionProblem::AddedAlreadyInTopN, a.village.toString()});
    }
    std::set<RegionCode> removedCodes;
    for (const ManualChoice &r : removed) {
        if (trimmed(r.reason).empty())
            issues.push_back({SelectionProblem::ReasonMissing, r.village.toString()});
        if (!top.contains(r.village))
            issues.push_back({SelectionProblem::RemovedNotInTopN, r.village.toString()});
        if (addedCodes.contains(r.village))
            issues.push_back({SelectionProblem::AddedAndRemoved, r.village.toString()});
        removedCodes.insert(r.village);
    }
    return issues;
}

std::string describe(SelectionProblem problem)
{
    switch (problem) {
    case SelectionProblem::TopNNegative:
        return "the number of villages to take cannot be negative";
    case SelectionProblem::ReasonMissing:
        return "every village added or left out by hand needs a reason";
    case SelectionProblem::AddedTwice:
        return "a village is added twice";
    case SelectionProblem::AddedAlreadyInTopN:
        return "the village is already in the top of the ranking";
    case SelectionProblem::RemovedNotInTopN:
        return "the village left out is not in the top of the ranking";
    case SelectionProblem::AddedAndRemoved:
        return "a village is both added and left out";
    }
    return "unknown problem";
}

namespace {

LocusEvidence evidenceOf(const LocusCandidate &c)
{
    LocusEvidence e;
    e.childrenMeasured = c.measured;
    e.stunted = c.stunted;
    e.prevalencePercent = c.prevalence;
    e.targetHouseholds = c.targetHouseholds;
    e.povertyPercent = c.poverty;
    return e;
}

} // namespace

LocusSelection selectVillages(int year, const std::vector<RankedVillage> &ranking, int topN,
                              const std::vector<ManualChoice> &added,
                              const std::vector<ManualChoice> &removed)
{
    if (const auto issues = checkSelection(ranking, topN, added, removed); !issues.empty())
        throw DomainError(
            fmt::format("{}: {}", describe(issues.front().problem), issues.front().villageCode));
    std::map<RegionCode, std::string> addedReason;
    for (const ManualChoice &a : added)
        addedReason[a.village] = trimmed(a.reason);
    std::map<RegionCode, std::string> removedReason;
    for (const ManualChoice &r : removed)
        removedReason[r.village] = trimmed(r.reason);

    LocusSelection out;
    std::set<RegionCode> taken;
    for (const RankedVillage &r : ranking) {
        const RegionCode &code = r.candidate.village;
        if (r.rank <= topN) {
            if (const auto it = removedReason.find(code); it != removedReason.end()) {
                out.exclusions.push_back({code, it->second});
                continue;
            }
            LocusVillage v(code, year);
            v.origin = LocusOrigin::Ranked;
            v.score = r.score;
            v.evidence = evidenceOf(r.candidate);
            out.villages.push_back(std::move(v));
            taken.insert(code);
        } else if (const auto it = addedReason.find(code); it != addedReason.end()) {
            LocusVillage v(code, year);
            v.origin = LocusOrigin::Manual;
            v.score = r.score;
            v.reason = it->second;
            v.evidence = evidenceOf(r.candidate);
            out.villages.push_back(std::move(v));
            taken.insert(code);
        }
    }
    for (const ManualChoice &a : added) {
        if (taken.contains(a.village))
            continue;
        LocusVillage v(a.village, year);
        v.origin = LocusOrigin::Manual;
        v.reason = trimmed(a.reason);
        out.villages.push_back(std::move(v));
        taken.insert(a.village);
    }
    renumber(out.villages);
    return out;
}

namespace {

int sourceOrder(PrevalenceSource source)
{
    switch (source) {
    case PrevalenceSource::Eppgbm:
        return 0;
    case PrevalenceSource::BulanPenimbangan:
        return 1;
    case PrevalenceSource::Ssgi:
        return 2;
    case PrevalenceSource::Ski:
        return 3;
    case PrevalenceSource::Riskesdas:
        return 4;
    case PrevalenceSource::Other:
        return 5;
    }
    return 6;
}

int roundOrder(PrevalenceRound round)
{
    switch (round) {
    case PrevalenceRound::August:
        return 0;
    case PrevalenceRound::February:
        return 1;
    case PrevalenceRound::Survey:
        return 2;
    }
    return 3;
}

} // namespace

std::tuple<int, int, int> figurePreference(bool hasCounts, PrevalenceSource source,
                                           PrevalenceRound round)
{
    return {hasCounts ? 0 : 1, sourceOrder(source), roundOrder(round)};
}

std::optional<PrevalenceObservation> preferredVillageFigure(
    const std::vector<PrevalenceObservation> &figures)
{
    const PrevalenceObservation *best = nullptr;
    auto key = [](const PrevalenceObservation &o) {
        return figurePreference(o.hasCounts(), o.source, o.round);
    };
    for (const PrevalenceObservation &o : figures) {
        if (o.indicator != PrevalenceIndicator::Stunting || !o.rate())
            continue;
        if (!best || key(o) < key(*best))
            best = &o;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

double coverageGap(double coveragePercent)
{
    return std::clamp(100.0 - coveragePercent, 0.0, 100.0);
}

} // namespace konvergensi::core
