// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/locus/locus_evidence.h"

#include <tuple>

namespace konvergensi::core {

namespace {

/// A stunting figure of a desa/kelurahan below the district that gives a rate.
bool isVillageStunting(const PrevalenceObservation &o, const RegionCode &district)
{
    return o.indicator == PrevalenceIndicator::Stunting
           && o.area.kind == PrevalenceArea::Kind::Region && o.area.region
           && o.area.region->level() == RegionLevel::Village && o.area.region->isBelow(district)
           && o.rate().has_value();
}

std::map<RegionCode, const LocusEvidence *> byVillage(const std::vector<LocusVillage> &list)
{
    std::map<RegionCode, const LocusEvidence *> out;
    for (const LocusVillage &v : list)
        out.emplace(v.village, &v.evidence);
    return out;
}

const LocusEvidence *find(const std::map<RegionCode, const LocusEvidence *> &map,
                          const RegionCode &code)
{
    const auto it = map.find(code);
    return it == map.end() ? nullptr : it->second;
}

} // namespace

std::vector<LocusCandidate> buildCandidates(const RegionTree &tree, const RegionCode &district,
                                            const CandidateData &data)
{
    std::map<RegionCode, std::vector<PrevalenceObservation>> figuresOf;
    for (const PrevalenceObservation &o : data.figures) {
        if (o.year == data.dataYear && isVillageStunting(o, district))
            figuresOf[*o.area.region].push_back(o);
    }
    const auto ofYear = byVillage(data.listOfYear);
    // byVillage keeps pointers into the list it is given: give it the caller's vectors, never
    // a temporary (a conditional between a vector and `{}` would copy the vector and leave the
    // pointers dangling).
    static const std::vector<LocusVillage> kNoList;
    const auto ofDataYear = byVillage(data.dataYear != data.year ? data.listOfDataYear : kNoList);
    std::map<RegionCode, double> gaps;
    // The data year's scorecard wins: it is read last.
    for (const auto *cards : {&data.scorecardsOfYear, &data.scorecardsOfDataYear}) {
        for (const Scorecard &card : *cards) {
            if (const auto overall = coverageOf(card).overall)
                gaps[card.village] = coverageGap(*overall);
        }
    }

    std::vector<LocusCandidate> out;
    for (const Region *kecamatan : tree.children(district)) {
        if (kecamatan->level() != RegionLevel::Kecamatan)
            continue;
        for (const Region *village : tree.children(kecamatan->code)) {
            if (village->level() != RegionLevel::Village)
                continue;
            LocusCandidate c{
                village->code, village->name, kecamatan->code, {}, {}, {}, {}, {}, {}, {}};
            const LocusEvidence *stored = find(ofYear, village->code);
            const LocusEvidence *storedEarlier = find(ofDataYear, village->code);
            const auto figures = figuresOf.find(village->code);
            const auto best = figures == figuresOf.end() ? std::nullopt
                                                         : preferredVillageFigure(figures->second);
            if (best) {
                c.prevalence = best->rate();
                c.stunted = best->cases;
                c.measured = best->measured;
                c.origin = FigureOrigin::ofSeries(best->source, best->round, best->year);
            } else {
                for (const LocusEvidence *e : {stored, storedEarlier}) {
                    if (e && (e->prevalence() || e->stunted)) {
                        c.prevalence = e->prevalence();
                        c.stunted = e->stunted;
                        c.measured = e->childrenMeasured;
                        c.origin = FigureOrigin::ofList(e == stored ? data.year : data.dataYear);
                        break;
                    }
                }
            }
            for (const LocusEvidence *e : {stored, storedEarlier}) {
                if (e && !c.targetHouseholds)
                    c.targetHouseholds = e->targetHouseholds;
                if (e && !c.poverty)
                    c.poverty = e->povertyPercent;
            }
            if (const auto it = gaps.find(village->code); it != gaps.end())
                c.coverageGap = it->second;
            out.push_back(std::move(c));
        }
    }
    return out;
}

YearFigures comparisonFigures(int year, const RegionCode &district,
                              const std::vector<PrevalenceObservation> &observations,
                              const std::vector<LocusVillage> &list)
{
    // The series held for the year, each with whether any of its figures has counts.
    using Series = std::pair<PrevalenceSource, PrevalenceRound>;
    std::map<Series, bool> series;
    for (const PrevalenceObservation &o : observations) {
        if (o.year == year && isVillageStunting(o, district))
            series[{o.source, o.round}] |= o.hasCounts();
    }
    YearFigures out;
    if (!series.empty()) {
        auto best = series.begin();
        for (auto it = series.begin(); it != series.end(); ++it) {
            if (figurePreference(it->second, it->first.first, it->first.second)
                < figurePreference(best->second, best->first.first, best->first.second))
                best = it;
        }
        const auto [source, round] = best->first;
        for (const PrevalenceObservation &o : observations) {
            if (o.year != year || o.source != source || o.round != round
                || !isVillageStunting(o, district))
                continue;
            VillageFigure f;
            if (o.hasCounts()) {
                f.measured = o.measured;
                f.cases = o.cases;
            }
            f.percent = o.rate();
            out.figures.emplace(*o.area.region, f);
        }
        out.origin = FigureOrigin::ofSeries(source, round, year);
        return out;
    }
    for (const LocusVillage &v : list) {
        if (v.year != year || !v.village.isBelow(district))
            continue;
        VillageFigure f;
        if (v.evidence.childrenMeasured && v.evidence.stunted && *v.evidence.childrenMeasured > 0) {
            f.measured = v.evidence.childrenMeasured;
            f.cases = v.evidence.stunted;
        }
        f.percent = v.evidence.prevalence();
        if (f.percent || f.measured)
            out.figures.emplace(v.village, f);
    }
    if (!out.figures.empty())
        out.origin = FigureOrigin::ofList(year);
    return out;
}

} // namespace konvergensi::core
