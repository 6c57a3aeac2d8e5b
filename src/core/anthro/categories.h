// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The categories of the Indonesian anthropometry standard (Peraturan Menteri Kesehatan
// No. 2 Tahun 2020 tentang Standar Antropometri Anak), from the WHO z-scores.
//
//   BB/U  (weight-for-age):   < -3 sangat kurang, -3 to < -2 kurang, -2 to +1 normal,
//                             > +1 risiko berat badan lebih
//   PB/U or TB/U (length/height-for-age): < -3 sangat pendek, -3 to < -2 pendek,
//                             -2 to +3 normal, > +3 tinggi
//   BB/PB or BB/TB (weight-for-length/height) and IMT/U (BMI-for-age): < -3 gizi buruk,
//                             -3 to < -2 gizi kurang, -2 to +1 gizi baik,
//                             > +1 to +2 berisiko gizi lebih, > +2 to +3 gizi lebih,
//                             > +3 obesitas
//
// A missing or flagged z-score has no category.

#include "core/anthro/zscores.h"

#include <optional>
#include <string_view>

namespace konvergensi::core::anthro {

/// BB/U: berat badan menurut umur.
enum class WeightForAgeCategory {
    SeverelyUnderweight, ///< berat badan sangat kurang
    Underweight,         ///< berat badan kurang
    Normal,              ///< berat badan normal
    RiskOfOverweight,    ///< risiko berat badan lebih
};

/// PB/U or TB/U: panjang/tinggi badan menurut umur.
enum class HeightForAgeCategory {
    SeverelyStunted, ///< sangat pendek
    Stunted,         ///< pendek
    Normal,          ///< normal
    Tall,            ///< tinggi
};

/// BB/PB, BB/TB and IMT/U: the nutritional status (status gizi).
enum class NutritionCategory {
    SeverelyWasted,           ///< gizi buruk
    Wasted,                   ///< gizi kurang
    Normal,                   ///< gizi baik
    PossibleRiskOfOverweight, ///< berisiko gizi lebih
    Overweight,               ///< gizi lebih
    Obese,                    ///< obesitas
};

WeightForAgeCategory weightForAgeCategory(double z);
HeightForAgeCategory heightForAgeCategory(double z);
NutritionCategory nutritionCategory(double z);

/// The four categories of one child; each is empty when its z-score is missing or flagged.
struct ChildCategories
{
    std::optional<WeightForAgeCategory> weightForAge; ///< BB/U from zwei
    std::optional<HeightForAgeCategory> heightForAge; ///< PB/U or TB/U from zlen
    std::optional<NutritionCategory> weightForHeight; ///< BB/PB or BB/TB from zwfl
    std::optional<NutritionCategory> bmiForAge;       ///< IMT/U from zbmi
};

ChildCategories categorize(const ZScores &scores);

/// The wording of the regulation, lower case ("berat badan sangat kurang", "sangat pendek",
/// "gizi buruk", ...): the values of the category columns in files.
std::string_view indonesianTerm(WeightForAgeCategory category);
std::string_view indonesianTerm(HeightForAgeCategory category);
std::string_view indonesianTerm(NutritionCategory category);

/// Whether the child's length/height-based indicators are named after length (PB/U, BB/PB:
/// under 24 months, i.e. age below 731 days) or height (TB/U, BB/TB). Without an age, the
/// measure decides, as for the choice of the weight-for-length table.
bool lengthBased(const ChildMeasurement &child, const ZScores &scores);

} // namespace konvergensi::core::anthro
