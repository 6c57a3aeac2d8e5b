// SPDX-License-Identifier: GPL-3.0-or-later
// The categories of Permenkes No. 2 Tahun 2020 from the z-scores, at their boundaries.
#include "core/anthro/categories.h"

#include <gtest/gtest.h>

using namespace konvergensi::core::anthro;

TEST(AnthroCategories, WeightForAgeBoundaries)
{
    EXPECT_EQ(weightForAgeCategory(-3.01), WeightForAgeCategory::SeverelyUnderweight);
    EXPECT_EQ(weightForAgeCategory(-3), WeightForAgeCategory::Underweight);
    EXPECT_EQ(weightForAgeCategory(-2.01), WeightForAgeCategory::Underweight);
    EXPECT_EQ(weightForAgeCategory(-2), WeightForAgeCategory::Normal);
    EXPECT_EQ(weightForAgeCategory(1), WeightForAgeCategory::Normal);
    EXPECT_EQ(weightForAgeCategory(1.01), WeightForAgeCategory::RiskOfOverweight);
    EXPECT_EQ(indonesianTerm(WeightForAgeCategory::SeverelyUnderweight),
              "berat badan sangat kurang");
    EXPECT_EQ(indonesianTerm(WeightForAgeCategory::RiskOfOverweight), "risiko berat badan lebih");
}

TEST(AnthroCategories, HeightForAgeBoundaries)
{
    EXPECT_EQ(heightForAgeCategory(-3.01), HeightForAgeCategory::SeverelyStunted);
    EXPECT_EQ(heightForAgeCategory(-3), HeightForAgeCategory::Stunted);
    EXPECT_EQ(heightForAgeCategory(-2), HeightForAgeCategory::Normal);
    EXPECT_EQ(heightForAgeCategory(3), HeightForAgeCategory::Normal);
    EXPECT_EQ(heightForAgeCategory(3.01), HeightForAgeCategory::Tall);
    EXPECT_EQ(indonesianTerm(HeightForAgeCategory::Stunted), "pendek");
    EXPECT_EQ(indonesianTerm(HeightForAgeCategory::SeverelyStunted), "sangat pendek");
}

TEST(AnthroCategories, NutritionBoundaries)
{
    EXPECT_EQ(nutritionCategory(-3.01), NutritionCategory::SeverelyWasted);
    EXPECT_EQ(nutritionCategory(-3), NutritionCategory::Wasted);
    EXPECT_EQ(nutritionCategory(-2), NutritionCategory::Normal);
    EXPECT_EQ(nutritionCategory(1), NutritionCategory::Normal);
    EXPECT_EQ(nutritionCategory(1.01), NutritionCategory::PossibleRiskOfOverweight);
    EXPECT_EQ(nutritionCategory(2), NutritionCategory::PossibleRiskOfOverweight);
    EXPECT_EQ(nutritionCategory(2.01), NutritionCategory::Overweight);
    EXPECT_EQ(nutritionCategory(3), NutritionCategory::Overweight);
    EXPECT_EQ(nutritionCategory(3.01), NutritionCategory::Obese);
    EXPECT_EQ(indonesianTerm(NutritionCategory::SeverelyWasted), "gizi buruk");
    EXPECT_EQ(indonesianTerm(NutritionCategory::Obese), "obesitas");
}

TEST(AnthroCategories, FlaggedOrMissingZScoresHaveNoCategory)
{
    ZScores z;
    z.z[static_cast<std::size_t>(Indicator::LengthForAge)] = -6.5;    // flagged (< -6)
    z.z[static_cast<std::size_t>(Indicator::WeightForAge)] = -5.9;    // not flagged (>= -6)
    z.z[static_cast<std::size_t>(Indicator::WeightForLength)] = 5.01; // flagged (> 5)
    const ChildCategories categories = categorize(z);
    EXPECT_FALSE(categories.heightForAge.has_value());
    ASSERT_TRUE(categories.weightForAge.has_value());
    EXPECT_EQ(*categories.weightForAge, WeightForAgeCategory::SeverelyUnderweight);
    EXPECT_FALSE(categories.weightForHeight.has_value());
    EXPECT_FALSE(categories.bmiForAge.has_value()); // missing
}

TEST(AnthroCategories, LengthOrHeightNamesFollowTheAge)
{
    ChildMeasurement child;
    child.sex = Sex::Female;
    child.lenhei = 80;
    child.age = Age::fromDays(730);
    EXPECT_TRUE(lengthBased(child, computeZScores(child))); // PB/U, BB/PB
    child.age = Age::fromDays(731);
    EXPECT_FALSE(lengthBased(child, computeZScores(child))); // TB/U, BB/TB
}
