// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace konvergensi::core {

/// Level of an administrative region in the home-affairs (Kemendagri) code system.
enum class RegionLevel { Province, District, Kecamatan, Village };

/// A village is a desa (code part starting with 2) or a kelurahan (starting with 1).
enum class VillageKind { Desa, Kelurahan };

/// A Kemendagri region code: "14" (province), "14.03" (kabupaten/kota), "14.03.01"
/// (kecamatan), "14.03.01.2001" (desa/kelurahan). Always valid once made.
class RegionCode
{
public:
    /// Parses a code; nullopt when the text is not a well-formed code. Surrounding
    /// whitespace is ignored.
    static std::optional<RegionCode> parse(std::string_view text);
    /// Parses a code or throws DomainError naming the text.
    static RegionCode fromString(std::string_view text);
    /// True when parse() would succeed.
    static bool isValid(std::string_view text);

    const std::string &toString() const { return m_text; }
    RegionLevel level() const { return m_level; }
    /// The region above this one; nullopt for a province.
    std::optional<RegionCode> parent() const;
    /// For villages: desa or kelurahan, read from the first digit of the last part.
    std::optional<VillageKind> villageKind() const;
    /// True when this code lies below (not equal to) the other one.
    bool isBelow(const RegionCode &ancestor) const;

    friend bool operator==(const RegionCode &, const RegionCode &) = default;
    friend auto operator<=>(const RegionCode &a, const RegionCode &b)
    {
        return a.m_text <=> b.m_text;
    }

private:
    RegionCode(std::string text, RegionLevel level);

    std::string m_text;
    RegionLevel m_level;
};

/// "province", "district", "kecamatan", "village": the words of the region CSV files.
std::string_view toString(RegionLevel level);
std::optional<RegionLevel> regionLevelFromString(std::string_view text);
/// "desa" or "kelurahan".
std::string_view toString(VillageKind kind);
std::optional<VillageKind> villageKindFromString(std::string_view text);

} // namespace konvergensi::core
