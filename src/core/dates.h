// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace konvergensi::core {

/// A date as Indonesians type it: "1/11/2024", "01-11-2024", "1.11.2024", "1 Nov 2024",
/// "1 November 2024", "1 Agt 2024", "2024-11-01" (ISO). Day first, always; a two-digit year
/// is 20yy. Month names in Indonesian or English, full or short, any case. std::nullopt for
/// anything else or an impossible date (31/2/2024).
std::optional<boost::gregorian::date> parseTypedDate(std::string_view text);

/// "5 Des 2023" / "5 Dec 2023": the interface's date where a table has little room. Where
/// there is room, formatDate() ("5 Desember 2023") is used: both name the month.
std::string formatShortDate(const boost::gregorian::date &date, Language language);
/// "Des" / "Dec".
std::string shortMonthName(int month, Language language);

/// A date far from today that is more likely a typing slip than meant: before 2000, or more
/// than a year after today. The window asks before storing one.
bool isUnusualDate(const boost::gregorian::date &date, const boost::gregorian::date &today);

} // namespace konvergensi::core
