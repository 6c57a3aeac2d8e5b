// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/anthro/categories.h"

namespace konvergensi::core::anthro {

WeightForAgeCategory weightForAgeCategory(double z)
{
    if (z < -3)
        return WeightForAgeCategory::SeverelyUnderweight;
    if (z < -2)
        return WeightForAgeCategory::Underweight;
    if (z <= 1)
        return WeightForAgeCategory::Normal;
    return WeightForAgeCategory::RiskOfOverweight;
}

HeightForAgeCategory heightForAgeCategory(double z)
{
    if (z < -3)
        return HeightForAgeCategory::SeverelyStunted;
    if (z < -2)
        return HeightForAgeCategory::Stunted;
    if (z <= 3)
        return HeightForAgeCategory::Normal;
    return HeightForAgeCategory::Tall;
}

NutritionCategory nutritionCategory(double z)
{
    if (z < -3)
        return NutritionCategory::SeverelyWasted;
    if (z < -2)
        return NutritionCategory::Wasted;
    if (z <= 1)
        return NutritionCategory::Normal;
    if (z <= 2)
        return NutritionCategory::PossibleRiskOfOverweight;
    if (z <= 3)
        return NutritionCategory::Overweight;
    return NutritionCategory::Obese;
}

ChildCategories categorize(const ZScores &scores)
{
    // A flagged z-score is implausible: it gets no category (nor does a missing one).
    const auto usable = [&scores](Indicator indicator) { return scores.flag(indicator) == 0; };
    ChildCategories categories;
    if (usable(Indicator::WeightForAge))
        categories.weightForAge = weightForAgeCategory(scores.zscore(Indicator::WeightForAge));
    if (usable(Indicator::LengthForAge))
        categories.heightForAge = heightForAgeCategory(scores.zscore(Indicator::LengthForAge));
    if (usable(Indicator::WeightForLength))
        categories.weightForHeight = nutritionCategory(scores.zscore(Indicator::WeightForLength));
    if (usable(Indicator::BmiForAge))
        categories.bmiForAge = nutritionCategory(scores.zscore(Indicator::BmiForAge));
    return categories;
}

std::string_view indonesianTerm(WeightForAgeCategory category)
{
    switch (category) {
    case WeightForAgeCategory::SeverelyUnderweight:
        return "berat badan sangat kurang";
    case WeightForAgeCategory::Underweight:
        return "berat badan kurang";
    case WeightForAgeCategory::Normal:
        return "berat badan normal";
    case WeightForAgeCategory::RiskOfOverweight:
        return "risiko berat badan lebih";
    }
    return "";
}

std::string_view indonesianTerm(HeightForAgeCategory category)
{
    switch (category) {
    case HeightForAgeCategory::SeverelyStunted:
        return "sangat pendek";
    case HeightForAgeCategory::Stunted:
        return "pendek";
    case HeightForAgeCategory::Normal:
        return "normal";
    case HeightForAgeCategory::Tall:
        return "tinggi";
    }
    return "";
}

std::string_view indonesianTerm(NutritionCategory category)
{
    switch (category) {
    case NutritionCategory::SeverelyWasted:
        return "gizi buruk";
    case NutritionCategory::Wasted:
        return "gizi kurang";
    case NutritionCategory::Normal:
        return "gizi baik";
    case NutritionCategory::PossibleRiskOfOverweight:
        return "berisiko gizi lebih";
    case NutritionCategory::Overweight:
        return "gizi lebih";
    case NutritionCategory::Obese:
        return "obesitas";
    }
    return "";
}

bool lengthBased(const ChildMeasurement &child, const ZScores &scores)
{
    return usesWeightForLength(child, scores);
}

} // namespace konvergensi::core::anthro
