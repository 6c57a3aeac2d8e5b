// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of the Indonesian anthropometry standard's categories on screen: English source
// strings, translated (Indonesian by default, in the regulation's own words). Files keep the
// regulation's wording from core::anthro::indonesianTerm instead.

#include "core/anthro/categories.h"

#include <QString>

namespace konvergensi::gui::anthro {

QString categoryText(core::anthro::WeightForAgeCategory category);
QString categoryText(core::anthro::HeightForAgeCategory category);
QString categoryText(core::anthro::NutritionCategory category);

} // namespace konvergensi::gui::anthro
