// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measurements/measurements.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace konvergensi::core::measurements {

namespace {

constexpr std::array<std::string_view, 6> kSkipKeys = {
    "birth_date_missing",      "birth_date_unreadable", "measure_date_missing",
    "measure_date_unreadable", "birth_after_measure",   "duplicate"};

std::string_view trim(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
}

std::optional<int> toInt(std::string_view text)
{
    if (!allDigits(text) || text.size() > 9)
        return std::nullopt;
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::optional<boost::gregorian::date> makeDate(int year, int month, int day)
{
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(
            static_cast<unsigned short>(year), static_cast<unsigned short>(month)))
        return std::nullopt;
    return boost::gregorian::date(static_cast<unsigned short>(year),
                                  static_cast<unsigned short>(month),
                                  static_cast<unsigned short>(day));
}

std::vector<std::string_view> splitOn(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const auto at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos)
            return parts;
        start = at + 1;
    }
}

std::optional<double> parseDouble(std::string_view text)
{
    const std::string copy(text);
    if (copy.empty())
        return std::nullopt;
    char *end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::vector<std::string_view> words(std::string_view text)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > start)
            out.push_back(text.substr(start, i - start));
    }
    return out;
}

/// I..XXXIX as a number; 0 when the word is not a Roman numeral.
int romanValue(std::string_view word)
{
    static const std::array<std::string_view, 10> ones = {"",  "I",  "II",  "III",  "IV",
                                                          "V", "VI", "VII", "VIII", "IX"};
    int tens = 0;
    while (!word.empty() && word.front() == 'X' && tens < 3) {
        ++tens;
        word.remove_prefix(1);
    }
    for (std::size_t i = 0; i < ones.size(); ++i) {
        if (word == ones[i]) {
            const int value = tens * 10 + static_cast<int>(i);
            return value;
        }
    }
    return 0;
}

} // namespace

std::string_view skipReasonKey(SkipReason reason)
{
    const int index = skipReasonIndex(reason);
    return index < 0 ? std::string_view() : kSkipKeys[static_cast<std::size_t>(index)];
}

std::optional<SkipReason> skipReasonFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < kSkipKeys.size(); ++i) {
        if (kSkipKeys[i] == key)
            return kSkipReasons[i];
    }
    return std::nullopt;
}

int skipReasonIndex(SkipReason reason)
{
    for (std::size_t i = 0; i < kSkipReasons.size(); ++i) {
        if (kSkipReasons[i] == reason)
            return static_cast<int>(i);
    }
    return -1;
}

DateCell parseDateCell(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return {};
    DateCell cell{DateState::Unreadable, {}};
    std::optional<boost::gregorian::date> date;
    if (text.find('/') != std::string_view::npos) {
        const auto parts = splitOn(text, '/');
        if (parts.size() == 3 && parts[2].size() == 4) {
            const auto d = toInt(parts[0]);
            const auto m = toInt(parts[1]);
            const auto y = toInt(parts[2]);
            if (d && m && y)
                date = makeDate(*y, *m, *d);
        }
    } else if (text.find('-') != std::string_view::npos) {
        const auto parts = splitOn(text, '-');
        if (parts.size() == 3 && parts[0].size() == 4) {
            const auto y = toInt(parts[0]);
            const auto m = toInt(parts[1]);
            const auto d = toInt(parts[2]);
            if (d && m && y)
                date = makeDate(*y, *m, *d);
        }
    } else if (const auto serial = parseDouble(text);
               serial && *serial == std::floor(*serial) && *serial >= 61 && *serial < 2958466) {
        // Excel's 1900 date system; serial 60 is the non-existent 29 February 1900, so from
        // serial 61 on day 0 is 30 December 1899.
        date = boost::gregorian::date(1899, 12, 30)
               + boost::gregorian::days(static_cast<long>(*serial));
    }
    if (date) {
        cell.state = DateState::Ok;
        cell.date = *date;
    }
    return cell;
}

double parseNumberCell(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return anthro::kMissing;
    std::string copy(text);
    if (copy.find(',') != std::string::npos) {
        if (copy.find('.') != std::string::npos)
            return anthro::kMissing;
        std::replace(copy.begin(), copy.end(), ',', '.');
    }
    const auto value = parseDouble(copy);
    return value ? *value : anthro::kMissing;
}

anthro::Measure parsePosition(std::string_view text)
{
    const std::string word = normalizedName(text);
    if (word == "TERLENTANG" || word == "TELENTANG")
        return anthro::Measure::Length;
    if (word == "BERDIRI")
        return anthro::Measure::Height;
    return anthro::Measure::Unknown;
}

anthro::Sex parseSex(std::string_view text)
{
    const std::string word = normalizedName(text);
    if (word == "L" || word == "LAKI-LAKI" || word == "LAKI LAKI")
        return anthro::Sex::Male;
    if (word == "P" || word == "PEREMPUAN")
        return anthro::Sex::Female;
    return anthro::Sex::Unknown;
}

std::string normalizedName(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const std::string_view word : words(text)) {
        if (!out.empty())
            out += ' ';
        for (const char c : word)
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

std::optional<std::string> fullNik(std::string_view text)
{
    text = trim(text);
    if (text.size() == 16 && allDigits(text))
        return std::string(text);
    // A number cell: Excel kept 15 significant digits, written in full or in exponent form
    // with a decimal point. A decimal comma means the text was written for display
    // ("1,40302E+15") and the digits are lost.
    if (text.empty() || text.find(',') != std::string_view::npos
        || text.find('*') != std::string_view::npos)
        return std::nullopt;
    const auto value = parseDouble(text);
    if (!value || *value < 1e15 || *value >= 1e16 || *value != std::floor(*value))
        return std::nullopt;
    const std::string digits = fmt::format("{:.0f}", *value);
    // An exponent form with fewer than 15 significant digits is a display form, not the NIK.
    if (text.find_first_of("eE") != std::string_view::npos) {
        const auto mantissa = text.substr(0, text.find_first_of("eE"));
        std::size_t significant = 0;
        for (const char c : mantissa)
            significant += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
        if (significant < 15)
            return std::nullopt;
    }
    return digits;
}

std::string duplicateIdentity(std::string_view nik, std::string_view name)
{
    if (const auto full = fullNik(nik))
        return "NIK:" + *full;
    return "NAMA:" + normalizedName(name);
}

std::string childKey(std::string_view nik, std::string_view name,
                     const boost::gregorian::date &birth, std::string_view villageCode)
{
    if (const auto full = fullNik(nik))
        return "NIK:" + *full;
    return fmt::format("NAMA:{}|{}|{}", normalizedName(name),
                       boost::gregorian::to_iso_extended_string(birth), villageCode);
}

std::string initials(std::string_view name)
{
    std::string out;
    for (const std::string_view word : words(name)) {
        const char c = word.front();
        if (std::isalpha(static_cast<unsigned char>(c))) {
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            out += '.';
        }
    }
    return out;
}

std::string posyanduKey(std::string_view name)
{
    const std::string upper = normalizedName(name);
    std::vector<std::string> tokens;
    for (const std::string_view word : words(upper))
        tokens.emplace_back(word);
    if (!tokens.empty() && tokens.front() == "POSYANDU")
        tokens.erase(tokens.begin());
    std::string out;
    for (const std::string &token : tokens) {
        if (!out.empty())
            out += ' ';
        const int roman = romanValue(token);
        out += roman > 0 ? std::to_string(roman) : token;
    }
    return out;
}

std::string regionNameKey(std::string_view name)
{
    return normalizedName(name);
}

std::optional<Round> Round::parse(std::string_view text)
{
    text = trim(text);
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    const auto year = toInt(text.substr(0, 4));
    const auto month = toInt(text.substr(5, 2));
    if (!year || !month || *year < 2000 || *year > 2100 || *month < 1 || *month > 12)
        return std::nullopt;
    return Round{*year, *month};
}

Round Round::of(const boost::gregorian::date &date)
{
    return Round{static_cast<int>(date.year()), static_cast<int>(date.month())};
}

std::string Round::toString() const
{
    return fmt::format("{:04d}-{:02d}", year, month);
}

Judgement Judgement::of(const anthro::ZScores &scores)
{
    Judgement j;
    j.zlen = scores.zscore(anthro::Indicator::LengthForAge);
    j.zwei = scores.zscore(anthro::Indicator::WeightForAge);
    j.zwfl = scores.zscore(anthro::Indicator::WeightForLength);
    j.flen = scores.flag(anthro::Indicator::LengthForAge);
    j.fwei = scores.flag(anthro::Indicator::WeightForAge);
    j.fwfl = scores.flag(anthro::Indicator::WeightForLength);
    return j;
}

} // namespace konvergensi::core::measurements
