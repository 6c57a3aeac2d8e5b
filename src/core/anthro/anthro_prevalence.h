// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Prevalence estimates from children's z-scores as the WHO R package anthro gives them
// (anthro_prevalence) for a survey without clusters, strata or sampling weights: for
// length/height-for-age (HA), weight-for-age (WA), BMI-for-age (BMI) and
// weight-for-length/height (WH), the share below -3, -2, -1 and above +1, +2, +3 SD with its
// standard error and 95 % interval (logit scale, t quantile), the mean z-score with its
// interval and SD, and stunting with wasting or with overweight; for all children, by age
// group, by sex and by age group x sex. The rules are resources/who-growth/SOURCE.md,
// section 4: children over 1826 days are left out, flagged z-scores are not used, and a child
// with oedema counts below -3 SD for WA, BMI and WH (but not in their means).

#include "core/anthro/zscores.h"

#include <array>
#include <span>
#include <string>
#include <vector>

namespace konvergensi::core::anthro {

/// The four indicators of the table, in its column order.
enum class PrevalenceIndicator { HeightForAge, WeightForAge, BmiForAge, WeightForHeight };
inline constexpr std::size_t kPrevalenceIndicatorCount = 4;

/// The six cut-offs, in column order: < -3, < -2, < -1, > +1, > +2, > +3 SD.
inline constexpr std::array<double, 6> kPrevalenceCutoffs = {-3, -2, -1, 1, 2, 3};

/// A share of children, in percent, with its standard error and 95 % interval. NaN when the
/// group has no value.
struct RateEstimate
{
    double r = kMissing;
    double se = kMissing;
    double ll = kMissing;
    double ul = kMissing;
};

/// The mean z-score with its standard error, 95 % interval and the standard deviation.
struct MeanEstimate
{
    double r = kMissing;
    double se = kMissing;
    double ll = kMissing;
    double ul = kMissing;
    double stdev = kMissing;
};

struct IndicatorEstimates
{
    double pop = 0; ///< children with a usable value (oedema included for WA, BMI, WH)
    std::array<RateEstimate, 6> rates; ///< by kPrevalenceCutoffs
    MeanEstimate mean;
};

enum class PrevalenceGroupKind { All, AgeGroup, Sex, AgeAndSex };

/// One row of the table.
struct PrevalenceRow
{
    PrevalenceGroupKind kind = PrevalenceGroupKind::All;
    int ageGroup = -1;      ///< 0..5 for AgeGroup and AgeAndSex rows
    Sex sex = Sex::Unknown; ///< for Sex and AgeAndSex rows
    std::string group;      ///< the package's label: "Age + sex: 00-05 mo.Female"
    std::array<IndicatorEstimates, kPrevalenceIndicatorCount> indicators;
    double stuntedWastedPop = 0;    ///< children with both HA and WH
    RateEstimate stuntedWasted;     ///< HA < -2 and WH < -2 (HA_2_WH_2)
    RateEstimate stuntedOverweight; ///< HA < -2 and WH > +2 (HA_2_WH2)
};

/// The age groups: [0,6), [6,12), [12,24), [24,36), [36,48), [48,60) months.
inline constexpr std::array<std::string_view, 6> kAgeGroupLabels = {
    "00-05 mo", "06-11 mo", "12-23 mo", "24-35 mo", "36-47 mo", "48-59 mo"};

/// The table for these children: "All", then each age group, each sex (Female first) and
/// each age group x sex; a grouping without any known value (no known sex at all, say) is
/// left out, while an empty age group or sex still gets its row (its estimates NaN).
/// Throws std::invalid_argument when no child is 1826 days or younger (or of unknown age).
std::vector<PrevalenceRow> computePrevalence(std::span<const ChildMeasurement> children);

/// The same with the children's z-scores already computed (`scores[i]` for `children[i]`).
std::vector<PrevalenceRow> computePrevalence(std::span<const ChildMeasurement> children,
                                             std::span<const ZScores> scores);

/// The package's column names, in order, "Group" first (135 columns).
const std::vector<std::string> &prevalenceColumnNames();

/// The values of a row in the order of prevalenceColumnNames() without "Group" (134 values).
std::vector<double> prevalenceColumnValues(const PrevalenceRow &row);

/// The package's prefix of an indicator: "HA", "WA", "BMI", "WH".
std::string_view prevalencePrefix(PrevalenceIndicator indicator);

} // namespace konvergensi::core::anthro
