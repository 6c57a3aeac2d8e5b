// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/anthro/anthro_fields.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <exception>
#include <utility>

namespace konvergensi::io::anthro_fields {

using core::anthro::Measure;
using core::anthro::Sex;

namespace {

/// Lower-case ASCII copy of a short word (longer text never matches a word anyway).
std::string lowerWord(std::string_view text)
{
    std::string word(text.substr(0, 32));
    for (char &c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool isMissingText(std::string_view text)
{
    return text.empty() || text == "NA" || text == "na" || text == "Na";
}

/// A decimal number: digits with an optional point (or comma, when `decimalComma`), an
/// optional sign and exponent. Empty or NA is missing.
Parsed parseNumber(std::string_view field, bool decimalComma, double &value)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing;
    std::array<char, 64> buffer{};
    if (text.size() >= buffer.size())
        return Parsed::Invalid;
    std::size_t n = 0;
    std::size_t i = 0;
    if (text[0] == '+' || text[0] == '-') {
        if (text[0] == '-')
            buffer[n++] = '-';
        ++i;
    }
    int digits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            buffer[n++] = c;
            ++digits;
        } else if ((c == '.' || (decimalComma && c == ',')) && !point) {
            buffer[n++] = '.';
            point = true;
        } else {
            break;
        }
    }
    if (digits == 0)
        return Parsed::Invalid;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        buffer[n++] = 'e';
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            buffer[n++] = text[i++];
        int exponentDigits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            buffer[n++] = text[i++];
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return Parsed::Invalid;
    }
    if (i != text.size())
        return Parsed::Invalid;
    const auto [end, error] = std::from_chars(buffer.data(), buffer.data() + n, value);
    if (error != std::errc() || end != buffer.data() + n || !std::isfinite(value))
        return Parsed::Invalid;
    return Parsed::Value;
}

/// A word of a field (any case) looked up in a table of the words users write.
template<typename T, std::size_t N>
Parsed parseWord(std::string_view field, const std::array<std::pair<std::string_view, T>, N> &words,
                 T &value)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing;
    const std::string word = lowerWord(text);
    for (const auto &[written, meaning] : words) {
        if (word == written) {
            value = meaning;
            return Parsed::Value;
        }
    }
    return Parsed::Invalid;
}

Parsed parseSex(std::string_view field, Sex &sex)
{
    static constexpr std::array<std::pair<std::string_view, Sex>, 13> kWords = {{
        {"1", Sex::Male},
        {"m", Sex::Male},
        {"l", Sex::Male},
        {"male", Sex::Male},
        {"laki-laki", Sex::Male},
        {"laki laki", Sex::Male},
        {"lk", Sex::Male},
        {"2", Sex::Female},
        {"f", Sex::Female},
        {"p", Sex::Female},
        {"female", Sex::Female},
        {"perempuan", Sex::Female},
        {"pr", Sex::Female},
    }};
    return parseWord(field, kWords, sex);
}

Parsed parseMeasure(std::string_view field, Measure &measure)
{
    static constexpr std::array<std::pair<std::string_view, Measure>, 10> kWords = {{
        {"l", Measure::Length},
        {"length", Measure::Length},
        {"recumbent", Measure::Length},
        {"terlentang", Measure::Length},
        {"pb", Measure::Length},
        {"h", Measure::Height},
        {"height", Measure::Height},
        {"standing", Measure::Height},
        {"berdiri", Measure::Height},
        {"tb", Measure::Height},
    }};
    return parseWord(field, kWords, measure);
}

Parsed parseOedema(std::string_view field, bool &oedema)
{
    // A missing oedema is no oedema to the package.
    static constexpr std::array<std::pair<std::string_view, bool>, 8> kWords = {{
        {"y", true},
        {"1", true},
        {"yes", true},
        {"ya", true},
        {"n", false},
        {"2", false},
        {"no", false},
        {"tidak", false},
    }};
    return parseWord(field, kWords, oedema);
}

Parsed parseAgeUnit(std::string_view field, AgeUnit &unit)
{
    static constexpr std::array<std::pair<std::string_view, AgeUnit>, 9> kWords = {{
        {"days", AgeUnit::Days},
        {"day", AgeUnit::Days},
        {"d", AgeUnit::Days},
        {"hari", AgeUnit::Days},
        {"months", AgeUnit::Months},
        {"month", AgeUnit::Months},
        {"mo", AgeUnit::Months},
        {"bulan", AgeUnit::Months},
        {"bln", AgeUnit::Months},
    }};
    return parseWord(field, kWords, unit);
}

/// An ISO date, YYYY-MM-DD.
Parsed parseDate(std::string_view field, boost::gregorian::date &date)
{
    const std::string_view text = trimmed(field);
    if (isMissingText(text))
        return Parsed::Missing;
    int parts[3] = {0, 0, 0};
    std::size_t part = 0;
    std::size_t digits = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            if (++digits > (part == 0 ? 4U : 2U))
                return Parsed::Invalid;
            parts[part] = parts[part] * 10 + (c - '0');
        } else if (c == '-' && digits > 0 && part < 2) {
            ++part;
            digits = 0;
        } else {
            return Parsed::Invalid;
        }
    }
    if (part != 2 || digits == 0)
        return Parsed::Invalid;
    try {
        date = boost::gregorian::date(static_cast<unsigned short>(parts[0]),
                                      static_cast<unsigned short>(parts[1]),
                                      static_cast<unsigned short>(parts[2]));
    } catch (const std::exception &) {
        return Parsed::Invalid;
    }
    return Parsed::Value;
}

} // namespace konvergensi::io::anthro_fields
