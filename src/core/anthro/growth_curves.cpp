// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/anthro/growth_curves.h"

#include <algorithm>
#include <stdexcept>

namespace konvergensi::core::anthro {

namespace {

constexpr int kLastLengthDay = 730; ///< the last day of the length part of length-for-age

bool ageBased(ChartIndicator indicator)
{
    return indicator == ChartIndicator::LengthForAge || indicator == ChartIndicator::WeightForAge;
}

} // namespace

GrowthTable chartTable(ChartIndicator indicator)
{
    switch (indicator) {
    case ChartIndicator::LengthForAge:
        return GrowthTable::LengthForAge;
    case ChartIndicator::WeightForAge:
        return GrowthTable::WeightForAge;
    case ChartIndicator::WeightForLength:
        return GrowthTable::WeightForLength;
    case ChartIndicator::WeightForHeight:
        break;
    }
    return GrowthTable::WeightForHeight;
}

bool restricted(ChartIndicator indicator)
{
    return indicator != ChartIndicator::LengthForAge;
}

double valueAtZ(const Lms &row, double z, bool restricted)
{
    if (restricted && z > 3) {
        const double sd3 = measurementAtZ(row, 3);
        return sd3 + (z - 3) * (sd3 - measurementAtZ(row, 2));
    }
    if (restricted && z < -3) {
        const double sd3 = measurementAtZ(row, -3);
        return sd3 + (z + 3) * (measurementAtZ(row, -2) - sd3);
    }
    return measurementAtZ(row, z);
}

std::optional<double> curveValue(ChartIndicator indicator, Sex sex, int key, double z)
{
    const std::optional<Lms> row = lmsRow(chartTable(indicator), sex, key);
    if (!row)
        return std::nullopt;
    return valueAtZ(*row, z, restricted(indicator));
}

std::vector<int> curveKeys(ChartIndicator indicator, int step)
{
    if (step < 1)
        throw std::invalid_argument("curveKeys: the step must be at least 1");
    const TableKeys keys = tableKeys(chartTable(indicator));
    std::vector<int> out;
    for (int key = keys.first; key <= keys.last; key += step)
        out.push_back(key);
    out.push_back(keys.last);
    if (ageBased(indicator)) {
        out.push_back(kLastLengthDay);
        out.push_back(kLastLengthDay + 1);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<CurveLine> growthCurves(ChartIndicator indicator, Sex sex, int step,
                                    std::span<const double> zs)
{
    std::vector<CurveLine> lines;
    if (sex == Sex::Unknown)
        return lines;
    const std::vector<int> keys = curveKeys(indicator, step);
    const bool byAge = ageBased(indicator);
    for (const double z : zs) {
        CurveLine line;
        line.z = z;
        line.points.reserve(keys.size());
        for (const int key : keys) {
            const std::optional<double> value = curveValue(indicator, sex, key, z);
            if (value)
                line.points.push_back({key, byAge ? key : key / 10.0, *value});
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace konvergensi::core::anthro
