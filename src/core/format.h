// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <string>

namespace konvergensi::core {

/// The languages the program speaks. Indonesian is the first.
enum class Language { Indonesian, English };

/// "Selasa, 5 Desember 2023" (Indonesian) or "Tuesday, 5 December 2023" (English).
std::string formatLongDate(const boost::gregorian::date &date, Language language);
/// "5 Desember 2023" / "5 December 2023".
std::string formatDate(const boost::gregorian::date &date, Language language);
/// "Desember 2023" / "December 2023".
std::string formatMonthYear(int year, int month, Language language);
/// Name of the month 1..12: "Desember" / "December".
std::string monthName(int month, Language language);
/// Name of the day of the week, 0 = Sunday: "Minggu" / "Sunday".
std::string weekdayName(int dayOfWeek, Language language);

/// Whole number with thousands grouped: "1.234" (id), "1,234" (en); "-12.500".
std::string formatInteger(std::int64_t value, Language language);
/// Number with a fixed count of decimals: "8,4" (id), "8.4" (en).
std::string formatDecimal(double value, int decimals, Language language);
/// Percentage of a value already in percent: "8,4 %" (id), "8.4%" (en).
std::string formatPercent(double percent, int decimals, Language language);
/// Amount in rupiah: "Rp 28.894.524.790" (id), "IDR 28,894,524,790" (en).
std::string formatRupiah(std::int64_t amount, Language language);

} // namespace konvergensi::core
