// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/anthro/growth_standard.h"

#include <cmath>

namespace konvergensi::core::anthro {

namespace {

using AgeTable = const Lms (*)[detail::kAgeTableSize];

AgeTable ageTable(GrowthTable table)
{
    switch (table) {
    case GrowthTable::LengthForAge:
        return detail::kLengthForAge;
    case GrowthTable::WeightForAge:
        return detail::kWeightForAge;
    case GrowthTable::BmiForAge:
        return detail::kBmiForAge;
    case GrowthTable::HeadCircumference:
        return detail::kHeadCircumferenceForAge;
    case GrowthTable::ArmCircumference:
        return detail::kArmCircumferenceForAge;
    case GrowthTable::TricepsSkinfold:
        return detail::kTricepsSkinfoldForAge;
    case GrowthTable::SubscapularSkinfold:
        return detail::kSubscapularSkinfoldForAge;
    case GrowthTable::WeightForLength:
    case GrowthTable::WeightForHeight:
        break;
    }
    return nullptr;
}

} // namespace

TableKeys tableKeys(GrowthTable table)
{
    switch (table) {
    case GrowthTable::WeightForLength:
        return {detail::kWflFirstTenth, detail::kWflLastTenth};
    case GrowthTable::WeightForHeight:
        return {detail::kWfhFirstTenth, detail::kWfhLastTenth};
    case GrowthTable::ArmCircumference:
    case GrowthTable::TricepsSkinfold:
    case GrowthTable::SubscapularSkinfold:
        return {91, detail::kLastTableDay};
    default:
        return {0, detail::kLastTableDay};
    }
}

std::optional<Lms> lmsRow(GrowthTable table, Sex sex, int key)
{
    if (sex == Sex::Unknown)
        return std::nullopt;
    const TableKeys keys = tableKeys(table);
    if (key < keys.first || key > keys.last)
        return std::nullopt;
    const int s = sex == Sex::Male ? 0 : 1;
    if (table == GrowthTable::WeightForLength)
        return detail::kWeightForLength[s][key - keys.first];
    if (table == GrowthTable::WeightForHeight)
        return detail::kWeightForHeight[s][key - keys.first];
    return ageTable(table)[s][key];
}

double measurementAtZ(const Lms &row, double z)
{
    return row.m * std::pow(1 + row.l * row.s * z, 1 / row.l);
}

} // namespace konvergensi::core::anthro
