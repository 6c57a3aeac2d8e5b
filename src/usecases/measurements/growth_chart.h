// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One child's growth chart (issue 14, item 6): every measurement of the child across the
// weighing rounds on the WHO curves of length/height-for-age, weight-for-age and
// weight-for-length/height, each point with its z-score and the category of Permenkes No. 2
// Tahun 2020. Weight-for-length/height follows the engine: a measurement before day 731
// (under 24 months) is judged on the weight-for-length table, from day 731 on the
// weight-for-height table, with the length/height corrected by 0.7 cm when the child lay or
// stood otherwise than the standard assumes; the points are placed at that corrected value.

#include "core/anthro/categories.h"
#include "core/anthro/growth_curves.h"
#include "storage/measurements/child_history.h"

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::measurements {

/// A category of the regulation: none (missing or flagged z-score), or the one of the chart.
using GrowthCategory =
    std::variant<std::monostate, core::anthro::HeightForAgeCategory,
                 core::anthro::WeightForAgeCategory, core::anthro::NutritionCategory>;

/// One measurement on one chart.
struct GrowthPoint
{
    QString period;
    QString measureDate;
    int ageDays = 0;
    double x = 0;        ///< age in months (ageDays / 30.4375), or length/height in cm
    double y = 0;        ///< cm or kg, as the standard counts it (the corrected length)
    double measured = 0; ///< the value as measured (length/height before correction, or kg)
    QString measure;     ///< "l", "h" or empty
    double z = core::anthro::kMissing;
    int flag = -1; ///< 1 implausible, 0 not, -1 no z-score
    GrowthCategory category;
};

/// One chart: the WHO lines (kChartZ, -3 to +3) for the child's sex and its points, oldest
/// first.
struct GrowthChartPanel
{
    core::anthro::ChartIndicator indicator = core::anthro::ChartIndicator::LengthForAge;
    std::vector<core::anthro::CurveLine> curves;
    std::vector<GrowthPoint> points;
};

struct GrowthChart
{
    storage::ChildHistoryRecord child;
    GrowthChartPanel lengthForAge;
    GrowthChartPanel weightForAge;
    GrowthChartPanel weightForLength; ///< the measurements under 24 months
    GrowthChartPanel weightForHeight; ///< the measurements from 24 months
};

/// The category of the regulation for a z-score of a chart's indicator; none when the
/// z-score is missing or flagged (flag != 0).
GrowthCategory growthCategory(core::anthro::ChartIndicator indicator, double z, int flag);

/// The chart of a child's history (no database; the curves from the compiled-in tables).
GrowthChart growthChartOf(storage::ChildHistoryRecord history);

/// The chart of a child of the workspace; nullopt when there is no such child.
std::optional<GrowthChart> growthChart(storage::Database &db, qint64 childId);

} // namespace konvergensi::usecases::measurements
