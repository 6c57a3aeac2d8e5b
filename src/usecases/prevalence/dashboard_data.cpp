// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/prevalence/dashboard_data.h"

#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"

#include <algorithm>

namespace konvergensi::usecases::prevalence {

std::vector<core::PrevalenceSource> DashboardData::sources() const
{
    std::vector<core::PrevalenceSource> out;
    for (core::PrevalenceSource source : core::allPrevalenceSources()) {
        if (bySource.contains(source) || puskesmasBySource.contains(source))
            out.push_back(source);
    }
    return out;
}

std::vector<std::pair<int, core::PrevalenceRound>> DashboardData::periods(
    core::PrevalenceSource source) const
{
    std::vector<std::pair<int, core::PrevalenceRound>> out;
    for (const auto *figures : {&bySource, &puskesmasBySource}) {
        const auto it = figures->find(source);
        if (it == figures->end())
            continue;
        for (const auto &o : it->second) {
            const std::pair<int, core::PrevalenceRound> period{o.year, o.round};
            if (std::find(out.begin(), out.end(), period) == out.end())
                out.push_back(period);
        }
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return core::periodBefore(b.first, b.second, a.first, a.second);
    });
    return out;
}

std::optional<core::PeriodSummary> DashboardData::summary(
    core::PrevalenceSource source, int year, core::PrevalenceRound round,
    const std::optional<std::set<std::string>> &locus) const
{
    if (!district)
        return std::nullopt;
    std::vector<core::PrevalenceObservation> period;
    if (const auto it = bySource.find(source); it != bySource.end()) {
        for (const auto &o : it->second) {
            if (o.year == year && o.round == round)
                period.push_back(o);
        }
    }
    return core::summarizePeriod(tree, district->code, period, locus);
}

std::optional<core::PuskesmasSummary> DashboardData::puskesmasSummary(
    core::PrevalenceSource source, int year, core::PrevalenceRound round) const
{
    if (!district)
        return std::nullopt;
    std::vector<core::PrevalenceObservation> period;
    for (const auto *figures : {&bySource, &puskesmasBySource}) {
        if (const auto it = figures->find(source); it != figures->end()) {
            for (const auto &o : it->second) {
                if (o.year == year && o.round == round)
                    period.push_back(o);
            }
        }
    }
    return core::summarizePuskesmas(tree, district->code, puskesmas, period);
}

std::optional<DashboardChoice> DashboardData::defaultChoice() const
{
    std::optional<DashboardChoice> choice;
    std::size_t most = 0;
    for (core::PrevalenceSource source : sources()) {
        const auto it = bySource.find(source);
        const std::size_t size = it == bySource.end() ? 0 : it->second.size();
        if (choice && size <= most)
            continue;
        const auto all = periods(source);
        if (all.empty())
            continue;
        choice = DashboardChoice{source, all.front().first, all.front().second};
        most = size;
    }
    return choice;
}

std::optional<DashboardPeriod> DashboardData::period(
    const DashboardChoice &choice, const std::optional<std::set<std::string>> &locus) const
{
    auto summary = this->summary(choice.source, choice.year, choice.round, locus);
    auto byPuskesmas = puskesmasSummary(choice.source, choice.year, choice.round);
    if (!summary || !byPuskesmas)
        return std::nullopt;
    return DashboardPeriod{choice, std::move(*summary), std::move(*byPuskesmas)};
}

std::vector<core::Headline> DashboardData::headlines() const
{
    std::vector<core::Headline> out;
    for (core::PrevalenceSource source : sources()) {
        if (auto h = headline(source))
            out.push_back(std::move(*h));
    }
    return out;
}

const core::PrevalenceObservation *DashboardData::find(const core::PrevalenceArea &area,
                                                       core::PrevalenceSource source, int year,
                                                       core::PrevalenceRound round) const
{
    const auto &figures = area.kind == core::PrevalenceArea::Kind::Puskesmas ? puskesmasBySource
                                                                             : bySource;
    const auto it = figures.find(source);
    if (it == figures.end())
        return nullptr;
    for (const auto &o : it->second) {
        if (o.year == year && o.round == round && o.area == area)
            return &o;
    }
    return nullptr;
}

std::optional<core::Headline> DashboardData::headline(core::PrevalenceSource source) const
{
    if (!district)
        return std::nullopt;
    const auto it = trends.find(source);
    if (it == trends.end())
        return std::nullopt;
    return core::headline(source, it->second, targets, district->code, indicator);
}

DashboardData DashboardData::load(storage::Database &db, core::PrevalenceIndicator indicator)
{
    DashboardData data;
    data.indicator = indicator;
    storage::RegionRepository regions(db);
    data.district = regions.district();
    if (!data.district)
        return data;
    data.tree = regions.tree();
    if (const auto parent = data.district->code.parent())
        if (const core::Region *province = data.tree.find(*parent))
            data.province = *province;
    storage::PrevalenceRepository repository(db);
    data.targets = repository.targets();

    storage::PrevalenceFilter filter;
    filter.indicator = indicator;
    filter.within = data.district->code;
    for (auto &o : repository.observations(filter))
        data.bySource[o.source].push_back(std::move(o));
    for (const auto &[source, observations] : data.bySource)
        data.trends[source] = core::districtTrend(data.district->code, observations);

    // The puskesmas (two queries) and every figure entered for one (one query).
    data.puskesmas = repository.puskesmas();
    storage::PrevalenceFilter ofPuskesmas;
    ofPuskesmas.indicator = indicator;
    ofPuskesmas.areaKind = core::PrevalenceArea::Kind::Puskesmas;
    for (auto &o : repository.observations(ofPuskesmas))
        data.puskesmasBySource[o.source].push_back(std::move(o));

    storage::PrevalenceFilter reference;
    reference.indicator = indicator;
    reference.area = core::PrevalenceArea::national();
    data.nationalSeries = core::areaSeries(*reference.area, repository.observations(reference));
    if (data.province) {
        reference.area = core::PrevalenceArea::ofRegion(data.province->code);
        data.provinceSeries = core::areaSeries(*reference.area, repository.observations(reference));
    }
    return data;
}

} // namespace konvergensi::usecases::prevalence
