// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

namespace konvergensi::gui {

/// The window uses the language setup both programs share (src/i18n).
using LanguageSetup = i18n::LanguageSetup;

} // namespace konvergensi::gui
