// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prevalence/prevalence_aggregation.h"

#include <algorithm>
#include <map>
#include <memory>
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
        figure.band = severityBand(o.indicator, *figure.rate);
    return figure;
}

AreaFigure figureOf(const Region &region, const CountAggregate &sum, PrevalenceIndicator indicator)
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
        figure.band = severityBand(indicator, *figure.rate);
    return figure;
}

bool hasFigure(const PrevalenceObservation &o)
{
    return o.rate().has_value();
}

/// The figure each area of one period stands for: the own figures of regions and puskesmas
/// by area key, and for a village without its own figure the sum of the counts of its
/// posyandu (when at least one posyandu has counts).
class EffectiveFigures
{
public:
    explicit EffectiveFigures(const std::vector<PrevalenceObservation> &observations)
    {
        m_byKey.reserve(observations.size());
        std::map<std::string, std::pair<const PrevalenceObservation *, CountAggregate>> posyandu;
        for (const PrevalenceObservation &o : observations) {
            if (o.area.kind == PrevalenceArea::Kind::Posyandu) {
                if (o.area.region) {
                    auto &entry = posyandu[o.area.region->toString()];
                    entry.first = &o;
                    entry.second.add(o);
                }
            } else if (o.area.kind != PrevalenceArea::Kind::National
                       && (o.area.kind != PrevalenceArea::Kind::Region || o.area.region)) {
                m_byKey.emplace(o.area.key(), &o);
            }
        }
        for (const auto &[village, entry] : posyandu) {
            const auto &[example, sum] = entry;
            m_posyanduSums.emplace(village, sum);
            if (m_byKey.contains(village) || sum.withCounts == 0)
                continue;
            auto summed = std::make_unique<PrevalenceObservation>();
            summed->area = PrevalenceArea::ofRegion(*example->area.region);
            summed->year = example->year;
            summed->round = example->round;
            summed->source = example->source;
            summed->indicator = example->indicator;
            summed->measured = sum.measured;
            summed->cases = sum.cases;
            if (sum.eligible > 0 && sum.measuredOfEligible == sum.measured)
                summed->eligible = sum.eligible;
            m_byKey.emplace(village, summed.get());
            m_summed.push_back(std::move(summed));
            m_summedVillages.insert(village);
        }
    }

    const PrevalenceObservation *find(const std::string &key) const
    {
        const auto it = m_byKey.find(key);
        return it == m_byKey.end() ? nullptr : it->second;
    }
    const PrevalenceObservation *find(const RegionCode &code) const
    {
        return find(code.toString());
    }
    /// The posyandu counts of a village when its figure is their sum (it has none of its own).
    const CountAggregate *summedFromPosyandu(const RegionCode &village) const
    {
        if (!m_summedVillages.contains(village.toString()))
            return nullptr;
        return &m_posyanduSums.at(village.toString());
    }
    /// Marks a village's figure as summed from its posyandu when it is.
    void markSummed(AreaFigure &figure) const
    {
        if (const CountAggregate *sum = summedFromPosyandu(figure.code)) {
            figure.aggregated = true;
            figure.areasWithCounts = sum->withCounts;
            figure.areasRateOnly = sum->rateOnly;
        }
    }

private:
    std::unordered_map<std::string, const PrevalenceObservation *> m_byKey;
    std::map<std::string, CountAggregate> m_posyanduSums;
    std::vector<std::unique_ptr<PrevalenceObservation>> m_summed;
    std::set<std::string> m_summedVillages;
};

PrevalenceIndicator indicatorOf(const std::vector<PrevalenceObservation> &observations)
{
    return observations.empty() ? PrevalenceIndicator::Stunting : observations.front().indicator;
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
    const EffectiveFigures figures(observations);
    const PrevalenceIndicator indicator = indicatorOf(observations);
    auto find = [&figures](const RegionCode &code) { return figures.find(code); };

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
            figures.markSummed(figure);
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
            summary.kecamatan.push_back(figureOf(*kecamatan, kecamatanSum, indicator));
        }
    }
    summary.completeness.eligible = districtSum.eligible;
    summary.completeness.measuredOfEligible = districtSum.measuredOfEligible;

    if (const PrevalenceObservation *own = find(district); own && hasFigure(*own)) {
        summary.district = figureOf(districtRef, *own);
        summary.district.areasWithCounts = districtSum.withCounts;
        summary.district.areasRateOnly = districtSum.rateOnly;
    } else {
        summary.district = figureOf(districtRef, districtSum, indicator);
    }
    return summary;
}

std::vector<AreaFigure> figuresBelow(const RegionTree &tree, const RegionCode &root,
                                     const std::vector<PrevalenceObservation> &observations)
{
    const EffectiveFigures figures(observations);
    const PrevalenceIndicator indicator = indicatorOf(observations);
    std::vector<AreaFigure> out;
    // Returns the village counts below (and including) the region.
    auto visit = [&](auto &self, const Region &region) -> CountAggregate {
        const std::size_t slot = out.size();
        out.emplace_back(region.code, region.name);
        CountAggregate sum;
        const PrevalenceObservation *own = figures.find(region.code);
        if (region.level() == RegionLevel::Village) {
            if (own) {
                out[slot] = figureOf(region, *own);
                figures.markSummed(out[slot]);
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
            out[slot] = figureOf(region, sum, indicator);
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
    const EffectiveFigures figures(observations);
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
            if (const PrevalenceObservation *o = figures.find(village))
                figure.villages.add(*o);
        }
        if (const PrevalenceObservation *own = figures.find(
                PrevalenceArea::ofPuskesmas(p.code).key());
            own && hasFigure(*own))
            figure.own = *own;
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
    // A village's figure is its own, or else the sum of its posyandu: the observations are
    // taken apart per period first.
    std::map<std::pair<int, int>, std::pair<PrevalenceRound, std::vector<PrevalenceObservation>>>
        byPeriod;
    for (const PrevalenceObservation &o : observations) {
        if (!o.area.region)
            continue;
        const RegionCode &code = *o.area.region;
        const bool own = o.area.kind == PrevalenceArea::Kind::Region && code == district;
        const bool village = code.level() == RegionLevel::Village && code.isBelow(district)
                             && (o.area.kind == PrevalenceArea::Kind::Region
                                 || o.area.kind == PrevalenceArea::Kind::Posyandu);
        if (!own && !village)
            continue;
        auto &entry = byPeriod[{o.year, roundOrder(o.round)}];
        entry.first = o.round;
        entry.second.push_back(o);
    }
    std::map<std::pair<int, int>, std::pair<PrevalenceRound, Period>> periods;
    std::vector<std::unique_ptr<EffectiveFigures>> kept;
    for (const auto &[key, entry] : byPeriod) {
        kept.push_back(std::make_unique<EffectiveFigures>(entry.second));
        auto &period = periods[key];
        period.first = entry.first;
        for (const PrevalenceObservation &o : entry.second) {
            if (o.area.kind != PrevalenceArea::Kind::Region)
                continue;
            if (*o.area.region == district)
                period.second.own = kept.back()->find(district);
        }
        std::set<std::string> villages;
        for (const PrevalenceObservation &o : entry.second) {
            if (*o.area.region != district)
                villages.insert(o.area.region->toString());
        }
        for (const std::string &village : villages) {
            if (const PrevalenceObservation *o = kept.back()->find(village))
                period.second.villages.add(*o);
        }
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
