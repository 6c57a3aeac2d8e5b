// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dates.h"

#include "core/text.h"

#include <array>
#include <cctype>
#include <charconv>
#include <vector>

namespace konvergensi::core {

namespace {

constexpr std::array<std::string_view, 12> kShortId{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                                    "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
constexpr std::array<std::string_view, 12> kShortEn{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/// Month 1..12 for a name: full or short, Indonesian or English, any case; 0 when unknown.
int monthFromName(std::string_view word)
{
    const std::string lower = asciiLower(word);
    for (int month = 1; month <= 12; ++month) {
        for (const Language language : {Language::Indonesian, Language::English}) {
            if (lower == asciiLower(monthName(month, language))
                || lower == asciiLower(shortMonthName(month, language)))
                return month;
        }
    }
    // Other short forms people write: "Agt", "Ags", "Sept", "Nop", "Pebruari".
    static const std::array<std::pair<std::string_view, int>, 6> extra{
        {{"agt", 8}, {"ags", 8}, {"sept", 9}, {"nop", 11}, {"pebruari", 2}, {"nopember", 11}}};
    for (const auto &[name, month] : extra) {
        if (lower == name)
            return month;
    }
    return 0;
}

std::optional<int> number(std::string_view digits)
{
    if (digits.empty() || digits.size() > 4)
        return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

std::optional<boost::gregorian::date> makeDate(int year, int month, int day, bool shortYear)
{
    if (shortYear)
        year += 2000;
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(
            static_cast<unsigned short>(year), static_cast<unsigned short>(month)))
        return std::nullopt;
    return boost::gregorian::date(static_cast<unsigned short>(year),
                                  static_cast<unsigned short>(month),
                                  static_cast<unsigned short>(day));
}

} // namespace

std::string shortMonthName(int month, Language language)
{
    if (month < 1 || month > 12)
        return {};
    const auto index = static_cast<std::size_t>(month - 1);
    return std::string(language == Language::Indonesian ? kShortId[index] : kShortEn[index]);
}

std::string formatShortDate(const boost::gregorian::date &date, Language language)
{
    if (date.is_special())
        return {};
    return std::to_string(static_cast<int>(date.day())) + ' '
           + shortMonthName(date.month(), language) + ' '
           + std::to_string(static_cast<int>(date.year()));
}

std::optional<boost::gregorian::date> parseTypedDate(std::string_view text)
{
    const std::string trimmedText = trimmed(text);
    // Split into words of digits or letters; separators are / - . space and comma.
    std::vector<std::string> parts;
    std::vector<char> separators;
    std::string current;
    bool currentDigits = false;
    for (const char c : trimmedText) {
        const auto u = static_cast<unsigned char>(c);
        const bool digit = std::isdigit(u) != 0;
        const bool letter = std::isalpha(u) != 0;
        if (digit || letter) {
            if (!current.empty() && digit != currentDigits) {
                parts.push_back(current);
                separators.push_back(' ');
                current.clear();
            }
            current += c;
            currentDigits = digit;
        } else if (c == '/' || c == '-' || c == '.' || c == ' ' || c == ',') {
            if (!current.empty()) {
                parts.push_back(current);
                current.clear();
                separators.push_back(c);
            }
        } else {
            return std::nullopt;
        }
    }
    if (!current.empty())
        parts.push_back(current);
    if (parts.size() != 3)
        return std::nullopt;

    const bool firstDigits = std::isdigit(static_cast<unsigned char>(parts[0][0])) != 0;
    const bool middleDigits = std::isdigit(static_cast<unsigned char>(parts[1][0])) != 0;
    const bool lastDigits = std::isdigit(static_cast<unsigned char>(parts[2][0])) != 0;
    if (!firstDigits || !lastDigits)
        return std::nullopt;
    const auto first = number(parts[0]);
    const auto last = number(parts[2]);
    if (!first || !last)
        return std::nullopt;

    int month = 0;
    if (middleDigits) {
        const auto value = number(parts[1]);
        if (!value)
            return std::nullopt;
        month = *value;
    } else {
        month = monthFromName(parts[1]);
        if (month == 0)
            return std::nullopt;
    }
    // ISO: 2024-11-01.
    if (parts[0].size() == 4 && middleDigits)
        return makeDate(*first, month, *last, false);
    if (parts[0].size() > 2)
        return std::nullopt;
    if (parts[2].size() != 4 && parts[2].size() != 2)
        return std::nullopt;
    return makeDate(*last, month, *first, parts[2].size() == 2);
}

bool isUnusualDate(const boost::gregorian::date &date, const boost::gregorian::date &today)
{
    if (date.is_special())
        return false;
    return date.year() < 2000 || date > today + boost::gregorian::days(366);
}

} // namespace konvergensi::core
