// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/growth_chart.h"

namespace konvergensi::usecases::measurements {

namespace {

using namespace core::anthro;

constexpr int kAgeStepDays = 7;      ///< the lines by age: a point a week
constexpr int kLengthStepTenths = 5; ///< the lines by length: a point every half cm
constexpr int kLengthHeightSwitchDay = 731;

GrowthChartPanel panel(ChartIndicator indicator, Sex sex)
{
    GrowthChartPanel out;
    out.indicator = indicator;
    const bool byAge = indicator == ChartIndicator::LengthForAge
                       || indicator == ChartIndicator::WeightForAge;
    out.curves = growthCurves(indicator, sex, byAge ? kAgeStepDays : kLengthStepTenths);
    return out;
}

} // namespace

GrowthCategory growthCategory(ChartIndicator indicator, double z, int flag)
{
    if (isMissing(z) || flag != 0)
        return std::monostate();
    switch (indicator) {
    case ChartIndicator::LengthForAge:
        return heightForAgeCategory(z);
    case ChartIndicator::WeightForAge:
        return weightForAgeCategory(z);
    case ChartIndicator::WeightForLength:
    case ChartIndicator::WeightForHeight:
        break;
    }
    return nutritionCategory(z);
}

GrowthChart growthChartOf(storage::ChildHistoryRecord history)
{
    GrowthChart chart;
    const Sex sex = history.sex == 1 ? Sex::Male : history.sex == 2 ? Sex::Female : Sex::Unknown;
    chart.lengthForAge = panel(ChartIndicator::LengthForAge, sex);
    chart.weightForAge = panel(ChartIndicator::WeightForAge, sex);
    chart.weightForLength = panel(ChartIndicator::WeightForLength, sex);
    chart.weightForHeight = panel(ChartIndicator::WeightForHeight, sex);
    for (const storage::HistoryMeasurement &m : history.measurements) {
        ChildMeasurement child;
        child.sex = sex;
        child.age = Age::fromDays(m.ageDays);
        child.weight = m.weight;
        child.lenhei = m.lenhei;
        child.measure = m.measure == QLatin1String("l")   ? Measure::Length
                        : m.measure == QLatin1String("h") ? Measure::Height
                                                          : Measure::Unknown;
        // The length/height the standard counts (0.7 cm correction), as the z-scores used it.
        const double lenhei = computeZScores(child).clenhei;
        const double months = m.ageDays / kDaysPerMonth;
        GrowthPoint base;
        base.period = m.period;
        base.measureDate = m.measureDate;
        base.ageDays = m.ageDays;
        base.measure = m.measure;
        const auto add = [&](GrowthChartPanel &to, double x, double y, double measured, double z,
                             int flag) {
            if (isMissing(x) || isMissing(y))
                return;
            GrowthPoint point = base;
            point.x = x;
            point.y = y;
            point.measured = measured;
            point.z = z;
            point.flag = flag;
            point.category = growthCategory(to.indicator, z, flag);
            to.points.push_back(std::move(point));
        };
        const auto &j = m.judgement;
        add(chart.lengthForAge, months, lenhei, m.lenhei, j.zlen, j.flen);
        add(chart.weightForAge, months, m.weight, m.weight, j.zwei, j.fwei);
        add(m.ageDays < kLengthHeightSwitchDay ? chart.weightForLength : chart.weightForHeight,
            lenhei, m.weight, m.weight, j.zwfl, j.fwfl);
    }
    chart.child = std::move(history);
    return chart;
}

std::optional<GrowthChart> growthChart(storage::Database &db, qint64 childId)
{
    std::optional<storage::ChildHistoryRecord> history = storage::ChildHistory(db).of(childId);
    if (!history)
        return std::nullopt;
    return growthChartOf(std::move(*history));
}

} // namespace konvergensi::usecases::measurements
