// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace konvergensi::core {

/// Whitespace trimmed from both ends (ASCII whitespace only; names are UTF-8).
std::string trimmed(std::string_view text);

/// ASCII lower case; bytes outside ASCII are kept as they are.
std::string asciiLower(std::string_view text);

/// True when the text, read as a spreadsheet cell, would start a formula
/// ("=", "+", "-", "@", or a tab/carriage return that some programs strip first).
bool looksLikeSpreadsheetFormula(std::string_view text);

/// The text made safe to put in a spreadsheet cell: a leading apostrophe is added when
/// the text would otherwise be read as a formula.
std::string neutralizeSpreadsheetFormula(std::string_view text);

} // namespace konvergensi::core
