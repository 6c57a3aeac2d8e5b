// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The WHO growth curves for charts: the LMS row of a table at an age or length, and the
// measurement at a given z-score.

#include "core/anthro/growth_tables.h"
#include "core/anthro/zscores.h"

#include <optional>

namespace konvergensi::core::anthro {

enum class GrowthTable {
    LengthForAge,        ///< lhfa: by day 0..1826
    WeightForAge,        ///< wfa
    BmiForAge,           ///< bfa
    HeadCircumference,   ///< hcfa
    ArmCircumference,    ///< acfa: by day 91..1826
    TricepsSkinfold,     ///< tsfa
    SubscapularSkinfold, ///< ssfa
    WeightForLength,     ///< wfl: by tenth of a cm 450..1100
    WeightForHeight,     ///< wfh: by tenth of a cm 650..1200
};

/// The keys a table covers: days, or tenths of a cm for weight-for-length/height.
struct TableKeys
{
    int first;
    int last;
};
TableKeys tableKeys(GrowthTable table);

/// The row for a sex (Male or Female) and key (day, or tenth of a cm); nullopt outside the
/// table.
std::optional<Lms> lmsRow(GrowthTable table, Sex sex, int key);

/// The measurement at z standard deviations: M (1 + L S z)^(1/L).
double measurementAtZ(const Lms &row, double z);

} // namespace konvergensi::core::anthro
