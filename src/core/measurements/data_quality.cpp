// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measurements/data_quality.h"

#include <cmath>
#include <map>
#include <utility>

namespace konvergensi::core::measurements {

namespace {

std::optional<double> percentOf(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * part / whole;
}

bool above(const std::optional<double> &percent, double limit)
{
    return percent && *percent > limit;
}

/// The first decimal of a height as typed to 0.1 cm: 85.5 -> 5, 85 -> 0, 79.9 -> 9.
int firstDecimal(double height)
{
    const auto tenths = static_cast<long long>(std::llround(height * 10.0));
    return static_cast<int>(tenths % 10);
}

} // namespace

int ageBand(int ageDays)
{
    // Completed months as the WHO anthro package counts them: days / 30.4375.
    const double months = ageDays / 30.4375;
    for (int band = kAgeBandCount - 1; band > 0; --band) {
        if (months >= kAgeBandFirstMonth[static_cast<std::size_t>(band)])
            return band;
    }
    return 0;
}

std::string_view toString(QualityProblem problem)
{
    switch (problem) {
    case QualityProblem::Skipped:
        return "skipped";
    case QualityProblem::Flagged:
        return "flagged";
    case QualityProblem::HeightMissing:
        return "height_missing";
    case QualityProblem::DigitPreference:
        return "digit_preference";
    case QualityProblem::WrongPosition:
        return "wrong_position";
    }
    return "skipped";
}

void QualityCounts::add(const QualityRow &row)
{
    ++rows;
    if (row.skipped) {
        ++skipped;
        return;
    }
    ++children;
    const Judgement &j = row.judgement;
    const std::array<std::pair<double, int>, 3> scores = {
        std::pair{j.zlen, j.flen}, std::pair{j.zwfl, j.fwfl}, std::pair{j.zwei, j.fwei}};
    bool any = false;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (anthro::isMissing(scores[i].first))
            continue;
        ++scored[i];
        if (scores[i].second == 1) {
            ++flagged[i];
            any = true;
        }
    }
    if (any)
        ++anyFlagged;
    ++ageBands[static_cast<std::size_t>(ageBand(row.ageDays))];
    if (anthro::isMissing(row.lenhei) || !(row.lenhei > 0.0)) {
        ++heightMissing;
        return;
    }
    ++heights;
    const int digit = firstDecimal(row.lenhei);
    if (digit == 0)
        ++decimal0;
    else if (digit == 5)
        ++decimal5;
    if (row.measure == anthro::Measure::Unknown) {
        ++positionUnknown;
    } else if (row.ageDays < kLyingUntilDays) {
        ++under24;
        if (row.measure == anthro::Measure::Height)
            ++standingUnder24;
    } else {
        ++from24;
        if (row.measure == anthro::Measure::Length)
            ++lyingFrom24;
    }
}

void QualityCounts::add(const QualityCounts &o)
{
    rows += o.rows;
    skipped += o.skipped;
    children += o.children;
    for (std::size_t i = 0; i < scored.size(); ++i) {
        scored[i] += o.scored[i];
        flagged[i] += o.flagged[i];
    }
    anyFlagged += o.anyFlagged;
    heightMissing += o.heightMissing;
    heights += o.heights;
    decimal0 += o.decimal0;
    decimal5 += o.decimal5;
    positionUnknown += o.positionUnknown;
    under24 += o.under24;
    standingUnder24 += o.standingUnder24;
    from24 += o.from24;
    lyingFrom24 += o.lyingFrom24;
    for (std::size_t i = 0; i < ageBands.size(); ++i)
        ageBands[i] += o.ageBands[i];
}

std::optional<double> QualityCounts::skippedPercent() const
{
    return percentOf(skipped, rows);
}

std::optional<double> QualityCounts::flaggedPercent(QualityIndicator indicator) const
{
    return percentOf(flaggedOf(indicator), scoredOf(indicator));
}

std::optional<double> QualityCounts::worstFlaggedPercent() const
{
    std::optional<double> worst;
    for (const QualityIndicator indicator : kQualityIndicators) {
        const auto p = flaggedPercent(indicator);
        if (p && (!worst || *p > *worst))
            worst = p;
    }
    return worst;
}

std::optional<double> QualityCounts::heightMissingPercent() const
{
    return percentOf(heightMissing, children);
}

std::optional<double> QualityCounts::digitPreferencePercent() const
{
    return percentOf(decimal0 + decimal5, heights);
}

std::optional<double> QualityCounts::wrongPositionPercent() const
{
    return percentOf(standingUnder24 + lyingFrom24, under24 + from24);
}

std::optional<double> QualityCounts::ageBandPercent(int band) const
{
    if (band < 0 || band >= kAgeBandCount)
        return std::nullopt;
    return percentOf(ageBands[static_cast<std::size_t>(band)], children);
}

std::vector<QualityProblem> problemsOf(const QualityCounts &c, const AttentionRule &rule)
{
    std::vector<QualityProblem> out;
    if (above(c.skippedPercent(), rule.maxSkippedPercent))
        out.push_back(QualityProblem::Skipped);
    if (above(c.worstFlaggedPercent(), rule.maxFlaggedPercent))
        out.push_back(QualityProblem::Flagged);
    if (above(c.heightMissingPercent(), rule.maxHeightMissingPercent))
        out.push_back(QualityProblem::HeightMissing);
    if (c.heights >= rule.minHeightsForDigits
        && above(c.digitPreferencePercent(), rule.maxDigitPreferencePercent))
        out.push_back(QualityProblem::DigitPreference);
    if (above(c.wrongPositionPercent(), rule.maxWrongPositionPercent))
        out.push_back(QualityProblem::WrongPosition);
    return out;
}

std::vector<QualityArea> dataQuality(const RegionTree &tree, const RegionCode &districtCode,
                                     std::span<const QualityRow> rows,
                                     const QualityOptions &options)
{
    struct Group
    {
        std::string name;
        std::string puskesmas;
        QualityCounts counts;
    };
    QualityCounts district;
    std::map<std::string, QualityCounts> byDesa;
    std::map<std::pair<std::string, std::string>, Group> byPosyandu; // (desa code, key)
    std::map<std::string, Group> byPuskesmas;                        // name key
    for (const QualityRow &row : rows) {
        district.add(row);
        byDesa[row.villageCode].add(row);
        Group &posyandu = byPosyandu[{row.villageCode, posyanduKey(row.posyandu)}];
        if (posyandu.name.empty() && !normalizedName(row.posyandu).empty())
            posyandu.name = row.posyandu;
        if (posyandu.puskesmas.empty())
            posyandu.puskesmas = row.puskesmas;
        posyandu.counts.add(row);
        if (options.puskesmas) {
            Group &puskesmas = byPuskesmas[regionNameKey(row.puskesmas)];
            if (puskesmas.name.empty())
                puskesmas.name = row.puskesmas;
            puskesmas.counts.add(row);
        }
    }

    const auto regionOf = [&tree](const std::string &code) -> const Region * {
        const auto parsed = RegionCode::parse(code);
        return parsed ? tree.find(*parsed) : nullptr;
    };
    const auto kecamatanOf = [](const std::string &code) {
        const auto parsed = RegionCode::parse(code);
        const auto parent = parsed ? parsed->parent() : std::nullopt;
        return parent ? parent->toString() : std::string();
    };

    std::vector<QualityArea> out;
    const Region *districtRegion = tree.find(districtCode);
    out.push_back({AreaLevel::District,
                   districtCode.toString(),
                   districtRegion ? districtRegion->name : std::string(),
                   {},
                   {},
                   {},
                   district,
                   problemsOf(district, options.rule)});
    if (options.desa) {
        for (const auto &[code, counts] : byDesa) {
            const Region *desa = regionOf(code);
            const bool kelurahan = desa && desa->kind == VillageKind::Kelurahan;
            out.push_back({kelurahan ? AreaLevel::Kelurahan : AreaLevel::Desa,
                           code,
                           desa ? desa->name : std::string(),
                           {},
                           kecamatanOf(code),
                           {},
                           counts,
                           problemsOf(counts, options.rule)});
        }
    }
    for (const auto &[key, group] : byPosyandu) {
        const Region *desa = regionOf(key.first);
        out.push_back({AreaLevel::Posyandu, key.first, group.name,
                       desa ? desa->name : std::string(), kecamatanOf(key.first), group.puskesmas,
                       group.counts, problemsOf(group.counts, options.rule)});
    }
    if (options.puskesmas) {
        for (const auto &[key, group] : byPuskesmas)
            out.push_back({AreaLevel::Puskesmas,
                           {},
                           group.name,
                           {},
                           {},
                           {},
                           group.counts,
                           problemsOf(group.counts, options.rule)});
    }
    return out;
}

} // namespace konvergensi::core::measurements
