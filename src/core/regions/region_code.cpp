// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/regions/region_code.h"

#include "core/errors.h"
#include "core/text.h"

#include <fmt/format.h>

#include <array>
#include <vector>

namespace konvergensi::core {

namespace {

bool allDigits(std::string_view part)
{
    if (part.empty())
        return false;
    for (char c : part) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool allZero(std::string_view part)
{
    return part.find_first_not_of('0') == std::string_view::npos;
}

std::vector<std::string_view> split(std::string_view text)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto dot = text.find('.', start);
        parts.push_back(
            text.substr(start, dot == std::string_view::npos ? text.npos : dot - start));
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return parts;
}

} // namespace

RegionCode::RegionCode(std::string text, RegionLevel level)
    : m_text(std::move(text))
    , m_level(level)
{
}

std::optional<RegionCode> RegionCode::parse(std::string_view input)
{
    const std::string text = trimmed(input);
    if (text.empty() || text.size() > 13)
        return std::nullopt;
    const auto parts = split(text);
    // Width of each part by position: province 2, district 2, kecamatan 2, village 4.
    constexpr std::array<std::size_t, 4> widths = {2, 2, 2, 4};
    if (parts.size() > widths.size())
        return std::nullopt;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].size() != widths[i] || !allDigits(parts[i]) || allZero(parts[i]))
            return std::nullopt;
    }
    // Province codes run from 11 (Aceh) upwards; a leading 0 is never a province.
    if (parts[0][0] == '0')
        return std::nullopt;
    // A village part starts with 1 (kelurahan) or 2 (desa).
    if (parts.size() == 4 && parts[3][0] != '1' && parts[3][0] != '2')
        return std::nullopt;
    constexpr std::array<RegionLevel, 4> levels = {RegionLevel::Province, RegionLevel::District,
                                                   RegionLevel::Kecamatan, RegionLevel::Village};
    return RegionCode(text, levels[parts.size() - 1]);
}

RegionCode RegionCode::fromString(std::string_view text)
{
    if (auto code = parse(text))
        return *code;
    throw DomainError(fmt::format("'{}' is not a region code (expected e.g. 14.03.01.2001)", text));
}

bool RegionCode::isValid(std::string_view text)
{
    return parse(text).has_value();
}

std::optional<RegionCode> RegionCode::parent() const
{
    if (m_level == RegionLevel::Province)
        return std::nullopt;
    const auto dot = m_text.rfind('.');
    return parse(std::string_view(m_text).substr(0, dot));
}

std::optional<VillageKind> RegionCode::villageKind() const
{
    if (m_level != RegionLevel::Village)
        return std::nullopt;
    return m_text[m_text.rfind('.') + 1] == '1' ? VillageKind::Kelurahan : VillageKind::Desa;
}

bool RegionCode::isBelow(const RegionCode &ancestor) const
{
    return m_text.size() > ancestor.m_text.size() && m_text.starts_with(ancestor.m_text)
           && m_text[ancestor.m_text.size()] == '.';
}

std::string_view toString(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Province:
        return "province";
    case RegionLevel::District:
        return "district";
    case RegionLevel::Kecamatan:
        return "kecamatan";
    case RegionLevel::Village:
        return "village";
    }
    return "village";
}

std::optional<RegionLevel> regionLevelFromString(std::string_view input)
{
    const std::string text = asciiLower(trimmed(input));
    if (text == "province" || text == "provinsi")
        return RegionLevel::Province;
    if (text == "district" || text == "kabupaten" || text == "kota" || text == "kabupaten/kota")
        return RegionLevel::District;
    if (text == "kecamatan" || text == "subdistrict")
        return RegionLevel::Kecamatan;
    if (text == "village" || text == "desa/kelurahan" || text == "desa" || text == "kelurahan")
        return RegionLevel::Village;
    return std::nullopt;
}

std::string_view toString(VillageKind kind)
{
    return kind == VillageKind::Desa ? "desa" : "kelurahan";
}

std::optional<VillageKind> villageKindFromString(std::string_view input)
{
    const std::string text = asciiLower(trimmed(input));
    if (text == "desa")
        return VillageKind::Desa;
    if (text == "kelurahan")
        return VillageKind::Kelurahan;
    return std::nullopt;
}

} // namespace konvergensi::core
