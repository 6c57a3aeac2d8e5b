// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/format.h"

#include "core/errors.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <string_view>

namespace konvergensi::core {

namespace {

constexpr std::array<std::string_view, 12> kMonthsId = {
    "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
    "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
constexpr std::array<std::string_view, 12> kMonthsEn = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kDaysId = {"Minggu", "Senin", "Selasa", "Rabu",
                                                     "Kamis",  "Jumat", "Sabtu"};
constexpr std::array<std::string_view, 7> kDaysEn = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                     "Thursday", "Friday", "Saturday"};

char groupSeparator(Language language)
{
    return language == Language::Indonesian ? '.' : ',';
}

char decimalSeparator(Language language)
{
    return language == Language::Indonesian ? ',' : '.';
}

// Digits of a non-negative integer with thousands grouping.
std::string groupDigits(const std::string &digits, char separator)
{
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const std::size_t remaining = digits.size() - i;
        if (i != 0 && remaining % 3 == 0)
            out.push_back(separator);
        out.push_back(digits[i]);
    }
    return out;
}

void requireValidDate(const boost::gregorian::date &date)
{
    if (date.is_special())
        throw DomainError("cannot format a date that is not a calendar day");
}

} // namespace

std::string monthName(int month, Language language)
{
    if (month < 1 || month > 12)
        throw DomainError(fmt::format("month {} is outside 1..12", month));
    const auto &names = language == Language::Indonesian ? kMonthsId : kMonthsEn;
    return std::string(names[static_cast<std::size_t>(month - 1)]);
}

std::string weekdayName(int dayOfWeek, Language language)
{
    if (dayOfWeek < 0 || dayOfWeek > 6)
        throw DomainError(fmt::format("day of week {} is outside 0..6", dayOfWeek));
    const auto &names = language == Language::Indonesian ? kDaysId : kDaysEn;
    return std::string(names[static_cast<std::size_t>(dayOfWeek)]);
}

std::string formatDate(const boost::gregorian::date &date, Language language)
{
    requireValidDate(date);
    return fmt::format("{} {} {}", static_cast<int>(date.day()), monthName(date.month(), language),
                       static_cast<int>(date.year()));
}

std::string formatLongDate(const boost::gregorian::date &date, Language language)
{
    requireValidDate(date);
    return fmt::format("{}, {}", weekdayName(date.day_of_week(), language),
                       formatDate(date, language));
}

std::string formatMonthYear(int year, int month, Language language)
{
    return fmt::format("{} {}", monthName(month, language), year);
}

std::string formatInteger(std::int64_t value, Language language)
{
    const bool negative = value < 0;
    // Work on the unsigned magnitude so INT64_MIN is safe.
    const std::uint64_t magnitude = negative ? (~static_cast<std::uint64_t>(value) + 1U)
                                             : static_cast<std::uint64_t>(value);
    std::string out = groupDigits(fmt::format("{}", magnitude), groupSeparator(language));
    return negative ? "-" + out : out;
}

std::string formatDecimal(double value, int decimals, Language language)
{
    if (!std::isfinite(value))
        return "-";
    if (decimals < 0)
        decimals = 0;
    std::string text = fmt::format("{:.{}f}", std::fabs(value), decimals);
    std::string whole = text;
    std::string fraction;
    if (const auto dot = text.find('.'); dot != std::string::npos) {
        whole = text.substr(0, dot);
        fraction = text.substr(dot + 1);
    }
    std::string out = groupDigits(whole, groupSeparator(language));
    if (!fraction.empty()) {
        out.push_back(decimalSeparator(language));
        out += fraction;
    }
    // No "-0,0": only a value that still shows a non-zero digit keeps its sign.
    const bool showsNonZero = text.find_first_of("123456789") != std::string::npos;
    return (value < 0 && showsNonZero) ? "-" + out : out;
}

std::string formatPercent(double percent, int decimals, Language language)
{
    if (!std::isfinite(percent))
        return "-";
    const std::string number = formatDecimal(percent, decimals, language);
    return language == Language::Indonesian ? number + " %" : number + "%";
}

std::string formatRupiah(std::int64_t amount, Language language)
{
    const std::string number = formatInteger(amount, language);
    return language == Language::Indonesian ? "Rp " + number : "IDR " + number;
}

} // namespace konvergensi::core
