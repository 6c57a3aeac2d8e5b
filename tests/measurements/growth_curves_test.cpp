// SPDX-License-Identifier: GPL-3.0-or-later
// The WHO curves of the growth charts (core/anthro/growth_curves): every point of every line
// of every indicator and sex, sampled at every day or tenth of a cm, given to the z-score
// engine gives back its z (also beyond +-3 SD, where the weight indicators use the restricted
// method); and the lines at birth against the WHO's printed SD tables.
#include "core/anthro/growth_curves.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace konvergensi::core::anthro;

namespace {

constexpr std::array<ChartIndicator, 4> kIndicators = {
    ChartIndicator::LengthForAge, ChartIndicator::WeightForAge, ChartIndicator::WeightForLength,
    ChartIndicator::WeightForHeight};

/// The engine's z-score of a curve point, measured as the chart means it.
double engineZ(ChartIndicator indicator, Sex sex, const CurvePoint &point, bool withAge)
{
    ChildMeasurement child;
    child.sex = sex;
    switch (indicator) {
    case ChartIndicator::LengthForAge:
        child.age = Age::fromDays(point.key);
        child.lenhei = point.value;
        child.measure = point.key < 731 ? Measure::Length : Measure::Height;
        return computeZScores(child).zscore(Indicator::LengthForAge);
    case ChartIndicator::WeightForAge:
        child.age = Age::fromDays(point.key);
        child.weight = point.value;
        return computeZScores(child).zscore(Indicator::WeightForAge);
    case ChartIndicator::WeightForLength:
    case ChartIndicator::WeightForHeight:
        break;
    }
    const bool onLength = indicator == ChartIndicator::WeightForLength;
    // Without an age the measure chooses the table; with one, the age does.
    if (withAge)
        child.age = Age::fromDays(onLength ? 400 : 1200);
    child.measure = onLength ? Measure::Length : Measure::Height;
    child.lenhei = point.x;
    child.weight = point.value;
    return computeZScores(child).zscore(Indicator::WeightForLength);
}

} // namespace

TEST(GrowthCurvesTest, EveryPointOfEveryLineGivesBackItsZ)
{
    const std::vector<double> zs = {-4.5, -4, -3.5, -3, -2.5, -2, -1, 0, 1, 2, 2.5, 3, 3.5, 4, 4.5};
    long checked = 0;
    for (const ChartIndicator indicator : kIndicators) {
        for (const Sex sex : {Sex::Male, Sex::Female}) {
            const auto lines = growthCurves(indicator, sex, 1, zs);
            ASSERT_EQ(lines.size(), zs.size());
            const TableKeys keys = tableKeys(chartTable(indicator));
            for (std::size_t i = 0; i < lines.size(); ++i) {
                EXPECT_EQ(lines[i].z, zs[i]);
                ASSERT_EQ(lines[i].points.size(),
                          static_cast<std::size_t>(keys.last - keys.first + 1))
                    << "step 1 samples every key";
                for (const CurvePoint &point : lines[i].points) {
                    for (const bool withAge : {false, true}) {
                        if (withAge
                            && (indicator == ChartIndicator::LengthForAge
                                || indicator == ChartIndicator::WeightForAge))
                            continue;
                        ASSERT_DOUBLE_EQ(engineZ(indicator, sex, point, withAge), zs[i])
                            << "indicator " << static_cast<int>(indicator) << " sex "
                            << static_cast<int>(sex) << " key " << point.key << " value "
                            << point.value;
                        ++checked;
                    }
                }
            }
        }
    }
    EXPECT_GT(checked, 150'000);
}

TEST(GrowthCurvesTest, LinesRiseWithZAndBeyondThreeSdFollowTheRestrictedMethod)
{
    for (const ChartIndicator indicator : kIndicators) {
        const auto lines = growthCurves(indicator, Sex::Female, 30);
        ASSERT_EQ(lines.size(), kChartZ.size());
        for (std::size_t p = 0; p < lines[0].points.size(); ++p)
            for (std::size_t i = 1; i < lines.size(); ++i)
                EXPECT_LT(lines[i - 1].points[p].value, lines[i].points[p].value);
    }
    // Beyond +-3 SD a weight line is straight in z: +4 SD is as far above +3 as +3 above +2.
    const Lms row = *lmsRow(GrowthTable::WeightForAge, Sex::Male, 365);
    const double sd2 = measurementAtZ(row, 2);
    const double sd3 = measurementAtZ(row, 3);
    EXPECT_DOUBLE_EQ(valueAtZ(row, 4, true), sd3 + (sd3 - sd2));
    EXPECT_NE(valueAtZ(row, 4, true), valueAtZ(row, 4, false)) << "the plain LMS curve bends";
    const double sdm2 = measurementAtZ(row, -2);
    const double sdm3 = measurementAtZ(row, -3);
    EXPECT_DOUBLE_EQ(valueAtZ(row, -3.5, true), sdm3 - 0.5 * (sdm2 - sdm3));
    // Length/height-for-age is not restricted: its lines are plain LMS everywhere.
    EXPECT_DOUBLE_EQ(*curveValue(ChartIndicator::LengthForAge, Sex::Male, 365, 4),
                     measurementAtZ(*lmsRow(GrowthTable::LengthForAge, Sex::Male, 365), 4));
}

TEST(GrowthCurvesTest, KeysCoverTheStandardWithTheLengthHeightStep)
{
    const auto days = curveKeys(ChartIndicator::LengthForAge, 30);
    EXPECT_EQ(days.front(), 0);
    EXPECT_EQ(days.back(), 1826);
    EXPECT_TRUE(std::is_sorted(days.begin(), days.end()));
    EXPECT_NE(std::find(days.begin(), days.end(), 730), days.end());
    EXPECT_NE(std::find(days.begin(), days.end(), 731), days.end());
    const auto lengths = curveKeys(ChartIndicator::WeightForHeight, 5);
    EXPECT_EQ(lengths.front(), 650);
    EXPECT_EQ(lengths.back(), 1200);
    EXPECT_EQ(lengths.size(), 111U);
    const auto lines = growthCurves(ChartIndicator::WeightForLength, Sex::Male, 10);
    EXPECT_DOUBLE_EQ(lines[0].points.front().x, 45.0);
    EXPECT_DOUBLE_EQ(lines[0].points.back().x, 110.0);
    EXPECT_TRUE(growthCurves(ChartIndicator::WeightForAge, Sex::Unknown, 7).empty());
    EXPECT_THROW(curveKeys(ChartIndicator::WeightForAge, 0), std::invalid_argument);
    EXPECT_FALSE(curveValue(ChartIndicator::WeightForAge, Sex::Male, 1827, 0));
}

TEST(GrowthCurvesTest, LinesMatchTheWhoPrintedTables)
{
    // The WHO's printed SD tables (as in the annex of Permenkes No. 2 Tahun 2020), one
    // decimal: -3, -2, -1, median, +1, +2, +3 SD at birth and at 12 months (day 365). They are
    // not in resources/who-growth (which holds the LMS tables); these few are typed from them.
    struct Printed
    {
        ChartIndicator indicator;
        Sex sex;
        int day;
        std::array<double, 7> sd;
    };
    const Printed printed[] = {
        {ChartIndicator::LengthForAge, Sex::Male, 0, {44.2, 46.1, 48.0, 49.9, 51.8, 53.7, 55.6}},
        {ChartIndicator::LengthForAge, Sex::Female, 0, {43.6, 45.4, 47.3, 49.1, 51.0, 52.9, 54.7}},
        {ChartIndicator::LengthForAge, Sex::Male, 365, {68.6, 71.0, 73.4, 75.7, 78.1, 80.5, 82.9}},
        {ChartIndicator::LengthForAge,
         Sex::Female,
         365,
         {66.3, 68.9, 71.4, 74.0, 76.6, 79.2, 81.7}},
        {ChartIndicator::WeightForAge, Sex::Male, 0, {2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0}},
        {ChartIndicator::WeightForAge, Sex::Female, 0, {2.0, 2.4, 2.8, 3.2, 3.7, 4.2, 4.8}},
        {ChartIndicator::WeightForAge, Sex::Male, 365, {6.9, 7.7, 8.6, 9.6, 10.8, 12.0, 13.3}},
    };
    for (const Printed &p : printed) {
        const auto lines = growthCurves(p.indicator, p.sex, 365);
        for (std::size_t i = 0; i < kChartZ.size(); ++i) {
            const auto &points = lines[i].points;
            const auto at = std::find_if(points.begin(), points.end(),
                                         [&](const CurvePoint &c) { return c.key == p.day; });
            ASSERT_NE(at, points.end());
            EXPECT_NEAR(at->value, p.sd[i], 0.05 + 1e-9)
                << "indicator " << static_cast<int>(p.indicator) << " day " << p.day << " z "
                << kChartZ[i];
        }
    }
}
