// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The values of one field of an anthropometry CSV file: numbers (a decimal comma when the
// file is not comma-separated), sex, measure, oedema, age unit and ISO dates, with the words
// users write in English and Indonesian. Internal to io/anthro.

#include "core/anthro/zscores.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>
#include <string_view>

namespace konvergensi::io::anthro_fields {

enum class Parsed { Value, Missing, Invalid };
enum class AgeUnit { Days, Months };

std::string_view trimmed(std::string_view text);
/// Empty, or NA in any case.
bool isMissingText(std::string_view text);

/// A decimal number: digits with an optional point (or comma, when `decimalComma`), an
/// optional sign and exponent.
Parsed parseNumber(std::string_view field, bool decimalComma, double &value);
/// 1/2, m/f, L/P, male/female, laki-laki/perempuan.
Parsed parseSex(std::string_view field, core::anthro::Sex &sex);
/// l/h, length/height, terlentang/berdiri, pb/tb.
Parsed parseMeasure(std::string_view field, core::anthro::Measure &measure);
/// y/n, 1/2, yes/no, ya/tidak; missing is no oedema to the package.
Parsed parseOedema(std::string_view field, bool &oedema);
/// days/months, hari/bulan.
Parsed parseAgeUnit(std::string_view field, AgeUnit &unit);
/// YYYY-MM-DD.
Parsed parseDate(std::string_view field, boost::gregorian::date &date);

} // namespace konvergensi::io::anthro_fields
