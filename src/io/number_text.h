// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Numbers as people and Indonesian spreadsheets write them, shared by every importer and by
// the dialogs where figures are typed.

#include <QString>

#include <cstdint>
#include <optional>

namespace konvergensi::io {

/// A whole number: "1250", "1.250", "1,250", "1 250", "Rp 1.250.000", "125.000.000,00",
/// "-3" (a sign is read so that the rules can say "negative" rather than "not a number").
/// An empty field gives nullopt with `ok` true; text that is not a whole number gives nullopt
/// with `ok` false.
std::optional<std::int64_t> parseCount(const QString &text, bool &ok);

/// A decimal with a comma or a point: "8,4", "8.4", "8,4 %", "1.234,5", "1,234.5". nullopt
/// when empty (`ok` true) or not a number (`ok` false).
std::optional<double> parseDecimal(const QString &text, bool &ok);

} // namespace konvergensi::io
