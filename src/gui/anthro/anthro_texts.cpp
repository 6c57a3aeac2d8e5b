// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/anthro/anthro_texts.h"

#include <QCoreApplication>

namespace konvergensi::gui::anthro {

using namespace core::anthro;

QString categoryText(WeightForAgeCategory category)
{
    switch (category) {
    case WeightForAgeCategory::SeverelyUnderweight:
        return QCoreApplication::translate("AnthroCategory", "Severely underweight");
    case WeightForAgeCategory::Underweight:
        return QCoreApplication::translate("AnthroCategory", "Underweight");
    case WeightForAgeCategory::Normal:
        return QCoreApplication::translate("AnthroCategory", "Normal weight");
    case WeightForAgeCategory::RiskOfOverweight:
        return QCoreApplication::translate("AnthroCategory", "Risk of overweight");
    }
    return {};
}

QString categoryText(HeightForAgeCategory category)
{
    switch (category) {
    case HeightForAgeCategory::SeverelyStunted:
        return QCoreApplication::translate("AnthroCategory", "Severely stunted");
    case HeightForAgeCategory::Stunted:
        return QCoreApplication::translate("AnthroCategory", "Stunted");
    case HeightForAgeCategory::Normal:
        return QCoreApplication::translate("AnthroCategory", "Normal height");
    case HeightForAgeCategory::Tall:
        return QCoreApplication::translate("AnthroCategory", "Tall");
    }
    return {};
}

QString categoryText(NutritionCategory category)
{
    switch (category) {
    case NutritionCategory::SeverelyWasted:
        return QCoreApplication::translate("AnthroCategory", "Severely wasted");
    case NutritionCategory::Wasted:
        return QCoreApplication::translate("AnthroCategory", "Wasted");
    case NutritionCategory::Normal:
        return QCoreApplication::translate("AnthroCategory", "Well nourished");
    case NutritionCategory::PossibleRiskOfOverweight:
        return QCoreApplication::translate("AnthroCategory", "Possible risk of overweight");
    case NutritionCategory::Overweight:
        return QCoreApplication::translate("AnthroCategory", "Overweight");
    case NutritionCategory::Obese:
        return QCoreApplication::translate("AnthroCategory", "Obese");
    }
    return {};
}

} // namespace konvergensi::gui::anthro
