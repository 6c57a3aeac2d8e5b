// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prevalence/prevalence_aggregation.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace konvergensi::core {

namespace {

int roundOrder(PrevalenceRound round)
{
    switch (round) {
    case PrevalenceRound::February:
        return 0;
    case PrevalenceRound::Survey:
        return 1;
    case PrevalenceRound::August:
        return 2;
    }
    return 1;
}

AreaFigure figureOf(const Region &region, const PrevalenceObservation &o)
{
    AreaFigure figure(region.code, region.name);
    figure.measured = o.measured;
    figure.cases = o.cases;
    figure.eligible = o.eligible;
    figure.rate = o.rate();
    if (o.hasCounts())
        figure.interval = wilsonInterval(*o.cases, *o.measured);
    if (figure.rate)
        figure.band = severityBand(*figure.rate);
    return figure;
}

AreaFigure figureOf(const Region &region, const CountAggregate &sum)
{
    AreaFigure figure(region.code, region.name);
    figure.aggregated = true;
    figure.areasWithCounts = sum.withCounts;
    figure.areasRateOnly = sum.rateOnly;
    if (sum.withCounts > 0) {
        figure.measured = sum.measured;
        figure.cases = sum.cases;
        figure.rate = sum.rate();
        figure.interval = sum.interval();
    }
    if (sum.eligible > 0)
        figure.eligible = sum.eligible;
    if (figure.rate)
        figure.band = severityBand(*figure.rate);
    return figure;
}

bool hasFigure(const PrevalenceObservation &o)
{
    return o.rate().has_value();
}

} // namespace

void CountAggregate::add(const PrevalenceObservation &o)
{
    if (o.hasCounts()) {
        measured += *o.measured;
        cases += *o.cases;
        ++withCounts;
        if (o.eligible && *o.eligible > 0) {
            eligible += *o.eligible;
            measuredOfEligible += *o.measured;
        }
    } else if (o.rate()) {
        ++rateOnly;
    }
}

void CountAggregate::add(const CountAggregate &other)
{
    measured += other.measured;
    cases += other.cases;
    withCounts += other.withCounts;
    rateOnly += other.rateOnly;
    eligible += other.eligible;
    measuredOfEligible += other.measuredOfEligible;
}

std::optional<std::set<std::string>> FixedLocusVillages::villages(int year) const
{
    const auto it = m_byYear.find(year);
    if (it == m_byYear.end())
        return std::nullopt;
    return it->second;
}

std::optional<double> Completeness::villageShare() const
{
    if (villages <= 0)
        return std::nullopt;
    return 100.0 * villagesWithFigure / villages;
}

std::optional<double> Completeness::measuredShare() const
{
    if (eligible <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(measuredOfEligible) / static_cast<double>(eligible);
}

PeriodSummary summarizePeriod(const RegionTree &tree, const RegionCode &district,
                              const std::vector<PrevalenceObservation> &observations,
                              const std::optional<std::set<std::string>> &locusVillages)
{
    std::unordered_map<std::string, const PrevalenceObservation *> byArea;
    byArea.reserve(observations.size());
    for (const PrevalenceObservation &o : observations) {
        if (o.area.kind == PrevalenceArea::Kind::Region && o.area.region)
            byArea.emplace(o.area.region->toString(), &o);
    }
    auto find = [&byArea](const RegionCode &code) -> const PrevalenceObservation * {
        const auto it = byArea.find(code.toString());
        return it == byArea.end() ? nullptr : it->second;
    };

    PeriodSummary summary{AreaFigure(district, district.toString())};
    summary.locus.known = locusVillages.has_value();
    CountAggregate districtSum;
    const Region *districtRegion = tree.find(district);
    const Region fallbackDistrict{district, district.toString(), std::nullopt};
    const Region &districtRef = districtRegion ? *districtRegion : fallbackDistrict;

    for (const Region *kecamatan : tree.children(district)) {
        if (kecamatan->level() != RegionLevel::Kecamatan)
            continue;
        CountAggregate kecamatanSum;
        for (const Region *village : tree.children(kecamatan->code)) {
            if (village->level() != RegionLevel::Village)
                continue;
            ++summary.completeness.villages;
            const PrevalenceObservation *o = find(village->code);
            AreaFigure figure = o ? figureOf(*village, *o)
                                  : AreaFigure(village->code, village->name);
            const bool isLocus = locusVillages && locusVillages->contains(village->code.toString());
            if (locusVillages)
                figure.locus = isLocus;
            if (o && hasFigure(*o)) {
                ++summary.completeness.villagesWithFigure;
                kecamatanSum.add(*o);
                if (locusVillages) {
                    (isLocus ? summary.locus.locus : summary.locus.other).add(*o);
                    ++(isLocus ? summary.locus.locusVillages : summary.locus.otherVillages);
                }
            }
            summary.villages.push_back(std::move(figure));
        }
        districtSum.add(kecamatanSum);
        if (const PrevalenceObservation *own = find(kecamatan->code); own && hasFigure(*own)) {
            AreaFigure figure = figureOf(*kecamatan, *own);
            figure.areasWithCounts = kecamatanSum.withCounts;
            figure.areasRateOnly = kecamatanSum.rateOnly;
            summary.kecamatan.push_back(std::move(figure));
        } else {
            summary.kecamatan.push_back(figureOf(*kecamatan, kecamatanSum));
        }
    }
    summary.completeness.eligible = districtSum.eligible;
    summary.completeness.measuredOfEligible = districtSum.measuredOfEligible;

    if (const PrevalenceObservation *own = find(district); own && hasFigure(*own)) {
        summary.district = figureOf(districtRef, *own);
        summary.district.areasWithCounts = districtSum.withCounts;
        summary.district.areasRateOnly = districtSum.rateOnly;
    } else {
        summary.district = figureOf(districtRef, districtSum);
    }
    return summary;
}

std::vector<AreaFigure> figuresBelow(const RegionTree &tree, const RegionCode &root,
                                     const std::vector<PrevalenceObservation> &observations)
{
    std::unordered_map<std::string, const PrevalenceObservation *> byArea;
    for (const PrevalenceObservation &o : observations) {
        if (o.area.kind == PrevalenceArea::Kind::Region && o.area.region)
            byArea.emplace(o.area.region->toString(), &o);
    }
    std::vector<AreaFigure> out;
    // Returns the village counts below (and including) the region.
    auto visit = [&](auto &self, const Region &region) -> CountAggregate {
        const std::size_t slot = out.size();
        out.emplace_back(region.code, region.name);
        CountAggregate sum;
        const auto it = byArea.find(region.code.toString());
        const PrevalenceObservation *own = it == byArea.end() ? nullptr : it->second;
        if (region.level() == RegionLevel::Village) {
            if (own) {
                out[slot] = figureOf(region, *own);
                sum.add(*own);
            }
            return sum;
        }
        for (const Region *child : tree.children(region.code))
            sum.add(self(self, *child));
        if (own && hasFigure(*own)) {
            out[slot] = figureOf(region, *own);
            out[slot].areasWithCounts = sum.withCounts;
            out[slot].areasRateOnly = sum.rateOnly;
        } else if (sum.withCounts > 0 || sum.rateOnly > 0) {
            out[slot] = figureOf(region, sum);
        }
        return sum;
    };
    if (const Region *region = tree.find(root))
        visit(visit, *region);
    return out;
}

PuskesmasSummary summarizePuskesmas(const RegionTree &tree, const RegionCode &district,
                                    const std::vector<Puskesmas> &puskesmas,
                                    const std::vector<PrevalenceObservation> &observations)
{
    std::unordered_map<std::string, const PrevalenceObservation *> byArea;
    byArea.reserve(observations.size());
    for (const PrevalenceObservation &o : observations) {
        if ((o.area.kind == PrevalenceArea::Kind::Region && o.area.region)
            || o.area.kind == PrevalenceArea::Kind::Puskesmas)
            byArea.emplace(o.area.key(), &o);
    }
    PuskesmasSummary summary;
    std::set<std::string> served;
    summary.puskesmas.reserve(puskesmas.size());
    for (const Puskesmas &p : puskesmas) {
        PuskesmasFigure figure;
        figure.code = p.code;
        figure.name = p.name;
        figure.kecamatan = p.kecamatan;
        figure.villagesServed = static_cast<int>(p.villages.size());
        for (const RegionCode &village : p.villages) {
            served.insert(village.toString());
            if (const auto it = byArea.find(village.toString()); it != byArea.end())
                figure.villages.add(*it->second);
        }
        if (const auto it = byArea.find(PrevalenceArea::ofPuskesmas(p.code).key());
            it != byArea.end() && hasFigure(*it->second))
            figure.own = *it->second;
        summary.puskesmas.push_back(std::move(figure));
    }
    for (const Region *kecamatan : tree.children(district)) {
        for (const Region *village : tree.children(kecamatan->code)) {
            if (village->level() == RegionLevel::Village
                && !served.contains(village->code.toString()))
                summary.villagesNotServed.push_back(village->code);
        }
    }
    return summary;
}

bool periodBefore(int yearA, PrevalenceRound roundA, int yearB, PrevalenceRound roundB)
{
    return std::make_tuple(yearA, roundOrder(roundA)) < std::make_tuple(yearB, roundOrder(roundB));
}

std::vector<TrendPoint> districtTrend(const RegionCode &district,
                                      const std::vector<PrevalenceObservation> &observations)
{
    struct Period
    {
        const PrevalenceObservation *own = nullptr;
        CountAggregate villages;
    };
    std::map<std::pair<int, int>, std::pair<PrevalenceRound, Period>> periods;
    for (const PrevalenceObservation &o : observations) {
        if (o.area.kind != PrevalenceArea::Kind::Region || !o.area.region)
            continue;
        const RegionCode &code = *o.area.region;
        const bool own = code == district;
        const bool village = code.level() == RegionLevel::Village && code.isBelow(district);
        if (!own && !village)
            continue;
        auto &entry = periods[{o.year, roundOrder(o.round)}];
        entry.first = o.round;
        if (own)
            entry.second.own = &o;
        else
            entry.second.villages.add(o);
    }
    std::vector<TrendPoint> out;
    for (const auto &[key, value] : periods) {
        const auto &[round, period] = value;
        TrendPoint point;
        point.year = key.first;
        point.round = round;
        if (period.own && period.own->rate()) {
            point.rate = *period.own->rate();
            if (period.own->hasCounts())
                point.interval = wilsonInterval(*period.own->cases, *period.own->measured);
        } else if (const auto rate = period.villages.rate()) {
            point.rate = *rate;
            point.interval = period.villages.interval();
            point.aggregated = true;
        } else {
            continue;
        }
        out.push_back(point);
    }
    return out;
}

std::vector<TrendPoint> areaSeries(const PrevalenceArea &area,
                                   const std::vector<PrevalenceObservation> &observations)
{
    std::vector<TrendPoint> out;
    for (const PrevalenceObservation &o : observations) {
        if (!(o.area == area))
            continue;
        const auto rate = o.rate();
        if (!rate)
            continue;
        TrendPoint point;
        point.year = o.year;
        point.round = o.round;
        point.rate = *rate;
        if (o.hasCounts())
            point.interval = wilsonInterval(*o.cases, *o.measured);
        out.push_back(point);
    }
    std::sort(out.begin(), out.end(), [](const TrendPoint &a, const TrendPoint &b) {
        return periodBefore(a.year, a.round, b.year, b.round);
    });
    return out;
}

std::optional<Headline> headline(PrevalenceSource source, const std::vector<TrendPoint> &trend,
                                 const std::vector<PrevalenceTarget> &targets,
                                 const RegionCode &district, PrevalenceIndicator indicator)
{
    if (trend.empty())
        return std::nullopt;
    Headline h;
    h.source = source;
    h.latest = trend.back();
    if (trend.size() >= 2) {
        h.previous = trend[trend.size() - 2];
        h.change = h.latest.rate - h.previous->rate;
    }
    h.target = targetFor(targets, district, h.latest.year, indicator);
    if (h.target)
        h.gap = h.latest.rate - h.target->percent;
    return h;
}

} // namespace konvergensi::core
