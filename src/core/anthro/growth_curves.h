// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The WHO curves a growth chart draws (length/height-for-age, weight-for-age,
// weight-for-length, weight-for-height): for a sex, the measurement at given z-scores across
// the ages (days 0..1826) or lengths (45..110 cm, 65..120 cm) of the standard. The inverse of
// the engine's z-scores (zscores.cpp): plain LMS for length/height-for-age, and for the
// weight indicators the WHO's restricted method beyond +-3 SD (the distance past the 3 SD
// line counted in units of the 2-3 SD distance), so that the engine gives each curve point
// back its z.

#include "core/anthro/growth_standard.h"
#include "core/anthro/zscores.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace konvergensi::core::anthro {

/// The indicators of a child's growth chart.
enum class ChartIndicator {
    LengthForAge,    ///< PB/U, TB/U: cm by age in days
    WeightForAge,    ///< BB/U: kg by age in days
    WeightForLength, ///< BB/PB: kg by recumbent length in cm (under 24 months)
    WeightForHeight, ///< BB/TB: kg by standing height in cm (from 24 months)
};

/// The lines a chart draws, from the lowest: -3, -2, -1, median, +1, +2, +3 SD.
inline constexpr std::array<double, 7> kChartZ = {-3, -2, -1, 0, 1, 2, 3};

/// The table behind a chart indicator.
GrowthTable chartTable(ChartIndicator indicator);

/// Whether the engine's z-score of the indicator uses the restricted method beyond +-3 SD
/// (every weight indicator; not length/height-for-age).
bool restricted(ChartIndicator indicator);

/// The measurement at z on a row: M (1 + L S z)^(1/L), and with `restricted` beyond +-3 SD
/// the 3 SD value plus (|z| - 3) times the 2-3 SD distance, as the engine counts it.
double valueAtZ(const Lms &row, double z, bool restricted);

/// The measurement at z for a sex and key (age in days, or length in tenths of a cm);
/// nullopt outside the table or for an unknown sex.
std::optional<double> curveValue(ChartIndicator indicator, Sex sex, int key, double z);

/// One point of a curve: the key (day, or tenth of a cm), x in the chart's unit (days or
/// cm) and the measurement (cm or kg).
struct CurvePoint
{
    int key = 0;
    double x = 0;
    double value = 0;
};

struct CurveLine
{
    double z = 0;
    std::vector<CurvePoint> points;
};

/// The keys a chart samples: for age indicators every `step` days from 0, day 730 and 731
/// (the step from length to height at 24 months) and the last day, 1826; for
/// weight-for-length/height every `step` tenths of a cm from the first to the last length.
/// `step` must be >= 1.
std::vector<int> curveKeys(ChartIndicator indicator, int step);

/// The lines of an indicator for a sex (Male or Female) at each z of `zs` (kChartZ by
/// default), sampled at curveKeys(indicator, step). Empty for an unknown sex.
std::vector<CurveLine> growthCurves(ChartIndicator indicator, Sex sex, int step,
                                    std::span<const double> zs = kChartZ);

} // namespace konvergensi::core::anthro
