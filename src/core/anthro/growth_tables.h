// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The LMS tables of the WHO Child Growth Standards (0-5 years), compiled in: the definitions
// are generated at build time from resources/who-growth/*.csv by
// cmake/GenerateGrowthTables.cmake. Internal to core/anthro; use growth_standard.h.

namespace konvergensi::core::anthro {

/// One row of an LMS table: Box-Cox power L, median M and coefficient of variation S.
struct Lms
{
    double l;
    double m;
    double s;
};

namespace detail {

inline constexpr int kLastTableDay = 1826;
inline constexpr int kAgeTableSize = kLastTableDay + 1;
inline constexpr int kWflFirstTenth = 450; ///< 45.0 cm
inline constexpr int kWflLastTenth = 1100; ///< 110.0 cm
inline constexpr int kWfhFirstTenth = 650; ///< 65.0 cm
inline constexpr int kWfhLastTenth = 1200; ///< 120.0 cm

// [sex - 1][age in days]; days without a row (before day 91 for the arm circumference and
// skinfold tables) hold NaN.
extern const Lms kLengthForAge[2][kAgeTableSize];
extern const Lms kWeightForAge[2][kAgeTableSize];
extern const Lms kBmiForAge[2][kAgeTableSize];
extern const Lms kHeadCircumferenceForAge[2][kAgeTableSize];
extern const Lms kArmCircumferenceForAge[2][kAgeTableSize];
extern const Lms kTricepsSkinfoldForAge[2][kAgeTableSize];
extern const Lms kSubscapularSkinfoldForAge[2][kAgeTableSize];

// [sex - 1][length in tenths of a cm - first tenth]
extern const Lms kWeightForLength[2][kWflLastTenth - kWflFirstTenth + 1];
extern const Lms kWeightForHeight[2][kWfhLastTenth - kWfhFirstTenth + 1];

} // namespace detail
} // namespace konvergensi::core::anthro
