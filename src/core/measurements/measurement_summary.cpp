// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measurements/measurement_summary.h"

#include <map>

namespace konvergensi::core::measurements {

void IndicatorCounts::add(double z, int flag, int times)
{
    if (anthro::isMissing(z) || flag < 0) {
        missing += times;
        return;
    }
    if (flag == 1) {
        flagged += times;
        return;
    }
    valid += times;
    if (z < -2)
        below2 += times;
    if (z < -3)
        below3 += times;
    if (z > 2)
        above2 += times;
}

void IndicatorCounts::add(const IndicatorCounts &other)
{
    valid += other.valid;
    missing += other.missing;
    flagged += other.flagged;
    below2 += other.below2;
    below3 += other.below3;
    above2 += other.above2;
}

std::optional<double> IndicatorCounts::percent(int cases) const
{
    if (valid <= 0)
        return std::nullopt;
    return 100.0 * cases / valid;
}

std::optional<Interval> IndicatorCounts::interval(int cases) const
{
    return wilsonInterval(cases, valid);
}

void AreaCounts::addSkipped(SkipReason reason)
{
    const int index = skipReasonIndex(reason);
    if (index < 0)
        return;
    ++rows;
    ++skipped[static_cast<std::size_t>(index)];
}

void TypedCounts::add(const TypedCounts &other)
{
    typed += other.typed;
    cases += other.cases;
    compared += other.compared;
    disagree += other.disagree;
}

bool inStatus(Status status, double z)
{
    if (anthro::isMissing(z))
        return false;
    return status == Status::Overweight ? z > 2 : z < -2;
}

namespace {

void compare(TypedCounts &counts, Status status, double typedZ, double whoZ, int whoFlag)
{
    if (anthro::isMissing(typedZ))
        return;
    ++counts.typed;
    const bool typedCase = inStatus(status, typedZ);
    if (typedCase)
        ++counts.cases;
    if (anthro::isMissing(whoZ) || whoFlag != 0)
        return;
    ++counts.compared;
    if (typedCase != inStatus(status, whoZ))
        ++counts.disagree;
}

} // namespace

void AreaCounts::addChild(const Judgement &j, const TypedScores &t)
{
    ++rows;
    ++children;
    haz.add(j.zlen, j.flen);
    whz.add(j.zwfl, j.fwfl);
    waz.add(j.zwei, j.fwei);
    compare(typed[0], Status::Stunted, t.zlen, j.zlen, j.flen);
    compare(typed[1], Status::Wasted, t.zwfl, j.zwfl, j.fwfl);
    compare(typed[2], Status::Overweight, t.zwfl, j.zwfl, j.fwfl);
    compare(typed[3], Status::Underweight, t.zwei, j.zwei, j.fwei);
}

const IndicatorCounts &AreaCounts::countsOf(Status status) const
{
    switch (status) {
    case Status::Stunted:
        return haz;
    case Status::Wasted:
    case Status::Overweight:
        return whz;
    case Status::Underweight:
        return waz;
    }
    return haz;
}

int AreaCounts::casesOf(Status status) const
{
    return status == Status::Overweight ? whz.above2 : countsOf(status).below2;
}

void AreaCounts::add(const AreaCounts &other)
{
    rows += other.rows;
    for (std::size_t i = 0; i < skipped.size(); ++i)
        skipped[i] += other.skipped[i];
    children += other.children;
    haz.add(other.haz);
    whz.add(other.whz);
    waz.add(other.waz);
    for (std::size_t i = 0; i < typed.size(); ++i)
        typed[i].add(other.typed[i]);
}

int AreaCounts::skippedTotal() const
{
    int total = 0;
    for (const int n : skipped)
        total += n;
    return total;
}

std::string_view toString(AreaLevel level)
{
    switch (level) {
    case AreaLevel::District:
        return "district";
    case AreaLevel::Kecamatan:
        return "kecamatan";
    case AreaLevel::Desa:
        return "desa";
    case AreaLevel::Kelurahan:
        return "kelurahan";
    case AreaLevel::Puskesmas:
        return "puskesmas";
    case AreaLevel::Posyandu:
        return "posyandu";
    }
    return "district";
}

std::vector<AreaSummary> summarize(const RegionTree &tree, const RegionCode &districtCode,
                                   std::span<const CountedRow> rows, const SummaryOptions &options)
{
    std::map<std::string, AreaCounts> byDesa;
    struct Named
    {
        std::string name;
        AreaCounts counts;
    };
    std::map<std::pair<std::string, std::string>, Named> byPosyandu; // (desa, key)
    std::map<std::string, Named> byPuskesmas;                        // key
    AreaCounts district;
    for (const CountedRow &row : rows) {
        AreaCounts one;
        if (row.skip == SkipReason::None)
            one.addChild(row.judgement, row.typed);
        else
            one.addSkipped(row.skip);
        district.add(one);
        byDesa[row.villageCode].add(one);
        if (options.posyandu) {
            Named &named = byPosyandu[{row.villageCode, posyanduKey(row.posyandu)}];
            if (named.name.empty())
                named.name = normalizedName(row.posyandu).empty() ? std::string()
                                                                  : std::string(row.posyandu);
            named.counts.add(one);
        }
        if (options.puskesmas) {
            Named &named = byPuskesmas[regionNameKey(row.puskesmas)];
            if (named.name.empty())
                named.name = row.puskesmas;
            named.counts.add(one);
        }
    }

    std::vector<AreaSummary> out;
    const Region *districtRegion = tree.find(districtCode);
    out.push_back({AreaLevel::District,
                   districtCode.toString(),
                   districtRegion ? districtRegion->name : std::string(),
                   {},
                   district});
    for (const Region *kecamatan : tree.children(districtCode)) {
        if (kecamatan->level() != RegionLevel::Kecamatan)
            continue;
        AreaSummary kec{AreaLevel::Kecamatan,
                        kecamatan->code.toString(),
                        kecamatan->name,
                        kecamatan->code.toString(),
                        {}};
        const std::size_t kecIndex = out.size();
        out.push_back(kec);
        for (const Region *village : tree.children(kecamatan->code)) {
            const auto it = byDesa.find(village->code.toString());
            AreaCounts counts = it == byDesa.end() ? AreaCounts{} : it->second;
            out[kecIndex].counts.add(counts);
            const bool kelurahan = village->kind == VillageKind::Kelurahan;
            out.push_back({kelurahan ? AreaLevel::Kelurahan : AreaLevel::Desa,
                           village->code.toString(), village->name, kecamatan->code.toString(),
                           counts});
            if (options.posyandu) {
                for (auto p = byPosyandu.lower_bound({village->code.toString(), std::string()});
                     p != byPosyandu.end() && p->first.first == village->code.toString(); ++p)
                    out.push_back({AreaLevel::Posyandu, village->code.toString(), p->second.name,
                                   kecamatan->code.toString(), p->second.counts});
            }
        }
    }
    if (options.puskesmas) {
        for (const auto &[key, named] : byPuskesmas)
            out.push_back({AreaLevel::Puskesmas, std::string(), named.name, {}, named.counts});
    }
    return out;
}

} // namespace konvergensi::core::measurements
