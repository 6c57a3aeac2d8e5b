// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors.h"
#include "core/regions/region_code.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using konvergensi::core::DomainError;
using konvergensi::core::RegionCode;
using konvergensi::core::RegionLevel;
using konvergensi::core::VillageKind;

namespace {

RegionCode code(const char *text)
{
    return RegionCode::fromString(text);
}

} // namespace

TEST(RegionCode, ParsesEveryLevel)
{
    EXPECT_EQ(code("14").level(), RegionLevel::Province);
    EXPECT_EQ(code("14.03").level(), RegionLevel::District);
    EXPECT_EQ(code("14.03.01").level(), RegionLevel::Kecamatan);
    EXPECT_EQ(code("14.03.01.2001").level(), RegionLevel::Village);
    EXPECT_EQ(code("14.03.01.2001").toString(), "14.03.01.2001");
}

TEST(RegionCode, IgnoresSurroundingWhitespace)
{
    const auto parsed = RegionCode::parse("  14.03.01 \t\r\n");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->toString(), "14.03.01");
    EXPECT_TRUE(RegionCode::isValid("\t14\n"));
}

TEST(RegionCode, RejectsWhitespaceInside)
{
    EXPECT_FALSE(RegionCode::isValid("14. 03"));
    EXPECT_FALSE(RegionCode::isValid("14 .03"));
}

TEST(RegionCode, RejectsEmptyAndBlank)
{
    EXPECT_FALSE(RegionCode::isValid(""));
    EXPECT_FALSE(RegionCode::isValid("   "));
    EXPECT_FALSE(RegionCode::parse(".").has_value());
}

TEST(RegionCode, RejectsBadWidths)
{
    for (const char *bad : {"1", "140", "14.3", "14.003", "14.03.1", "14.03.001", "14.03.01.201",
                            "14.03.01.20011", "1403", "14.03.01.2001.01"}) {
        EXPECT_FALSE(RegionCode::isValid(bad)) << bad;
    }
}

TEST(RegionCode, RejectsEmptyPartsAndStrayDots)
{
    for (const char *bad : {"14.", ".14", "14..03", "14.03.", "14.03.01.", "14.03..2001"})
        EXPECT_FALSE(RegionCode::isValid(bad)) << bad;
}

TEST(RegionCode, RejectsNonDigits)
{
    for (const char *bad :
         {"1a", "14.0b", "14.03.0x", "14.03.01.2O01", "+4", "-4.03", "14,03", "14-03", "１４"}) {
        EXPECT_FALSE(RegionCode::isValid(bad)) << bad;
    }
}

TEST(RegionCode, RejectsZeroParts)
{
    for (const char *bad : {"00", "14.00", "14.03.00", "14.03.01.0000"})
        EXPECT_FALSE(RegionCode::isValid(bad)) << bad;
}

TEST(RegionCode, RejectsProvinceWithLeadingZero)
{
    EXPECT_FALSE(RegionCode::isValid("01"));
    EXPECT_FALSE(RegionCode::isValid("09.01"));
    EXPECT_TRUE(RegionCode::isValid("11"));
    EXPECT_TRUE(RegionCode::isValid("14.01")); // a leading zero is fine below the province
}

TEST(RegionCode, VillagePartStartsWithOneOrTwo)
{
    EXPECT_TRUE(RegionCode::isValid("14.03.01.1001"));
    EXPECT_TRUE(RegionCode::isValid("14.03.01.2001"));
    for (const char *bad : {"14.03.01.0001", "14.03.01.3001", "14.03.01.5001", "14.03.01.9001"})
        EXPECT_FALSE(RegionCode::isValid(bad)) << bad;
}

TEST(RegionCode, FromStringThrowsNamingTheText)
{
    try {
        (void)RegionCode::fromString("14.3x");
        FAIL() << "expected DomainError";
    } catch (const DomainError &error) {
        EXPECT_NE(std::string(error.what()).find("14.3x"), std::string::npos) << error.what();
    }
}

TEST(RegionCode, ParentChain)
{
    const RegionCode village = code("14.03.01.2001");
    ASSERT_TRUE(village.parent().has_value());
    EXPECT_EQ(*village.parent(), code("14.03.01"));
    EXPECT_EQ(village.parent()->parent(), code("14.03"));
    EXPECT_EQ(village.parent()->parent()->parent(), code("14"));
    EXPECT_FALSE(code("14").parent().has_value());

    std::vector<std::string> chain;
    for (std::optional<RegionCode> c = village; c; c = c->parent())
        chain.push_back(c->toString());
    EXPECT_EQ(chain, (std::vector<std::string>{"14.03.01.2001", "14.03.01", "14.03", "14"}));
}

TEST(RegionCode, ParentOfTrimmedCodeHasNoWhitespace)
{
    EXPECT_EQ(code(" 14.03.01 ").parent()->toString(), "14.03");
}

TEST(RegionCode, VillageKind)
{
    EXPECT_EQ(code("14.03.01.2001").villageKind(), VillageKind::Desa);
    EXPECT_EQ(code("14.03.01.1001").villageKind(), VillageKind::Kelurahan);
    EXPECT_EQ(code("14.03.01").villageKind(), std::nullopt);
    EXPECT_EQ(code("14.03").villageKind(), std::nullopt);
    EXPECT_EQ(code("14").villageKind(), std::nullopt);
}

TEST(RegionCode, IsBelow)
{
    const RegionCode village = code("14.03.01.2001");
    EXPECT_TRUE(village.isBelow(code("14.03.01")));
    EXPECT_TRUE(village.isBelow(code("14.03")));
    EXPECT_TRUE(village.isBelow(code("14")));
    EXPECT_FALSE(village.isBelow(village)) << "not below itself";
    EXPECT_FALSE(code("14.03").isBelow(village)) << "an ancestor is not below";
    EXPECT_FALSE(village.isBelow(code("14.03.02")));
    EXPECT_FALSE(village.isBelow(code("14.04")));
    EXPECT_FALSE(code("14.03").isBelow(code("13")));
    EXPECT_FALSE(code("14.03.11").isBelow(code("14.03.01")));
    EXPECT_FALSE(code("14.10").isBelow(code("14.01")));
}

TEST(RegionCode, OrderingPutsParentsBeforeChildren)
{
    std::vector<RegionCode> codes = {
        code("14.03.02"), code("14.03.01.2002"), code("14.04"), code("14.03"),   code("14.03.01"),
        code("14"),       code("14.03.01.1001"), code("13.01"), code("14.03.10")};
    std::sort(codes.begin(), codes.end());
    std::vector<std::string> texts;
    for (const auto &c : codes)
        texts.push_back(c.toString());
    EXPECT_EQ(texts, (std::vector<std::string>{"13.01", "14", "14.03", "14.03.01", "14.03.01.1001",
                                               "14.03.01.2002", "14.03.02", "14.03.10", "14.04"}));
    EXPECT_TRUE(code("14.03") < code("14.03.01"));
    EXPECT_TRUE(code("14.03.01") == code(" 14.03.01"));
    EXPECT_TRUE(code("14.03.01") != code("14.03.02"));
}

TEST(RegionCode, LevelWords)
{
    using konvergensi::core::regionLevelFromString;
    using konvergensi::core::toString;
    EXPECT_EQ(toString(RegionLevel::Province), "province");
    EXPECT_EQ(toString(RegionLevel::District), "district");
    EXPECT_EQ(toString(RegionLevel::Kecamatan), "kecamatan");
    EXPECT_EQ(toString(RegionLevel::Village), "village");
    for (auto level : {RegionLevel::Province, RegionLevel::District, RegionLevel::Kecamatan,
                       RegionLevel::Village}) {
        EXPECT_EQ(regionLevelFromString(toString(level)), level);
    }
    EXPECT_EQ(regionLevelFromString(" Provinsi "), RegionLevel::Province);
    EXPECT_EQ(regionLevelFromString("KABUPATEN"), RegionLevel::District);
    EXPECT_EQ(regionLevelFromString("kota"), RegionLevel::District);
    EXPECT_EQ(regionLevelFromString("Kabupaten/Kota"), RegionLevel::District);
    EXPECT_EQ(regionLevelFromString("subdistrict"), RegionLevel::Kecamatan);
    EXPECT_EQ(regionLevelFromString("Desa/Kelurahan"), RegionLevel::Village);
    EXPECT_EQ(regionLevelFromString("desa"), RegionLevel::Village);
    EXPECT_EQ(regionLevelFromString("kelurahan"), RegionLevel::Village);
    EXPECT_EQ(regionLevelFromString("dusun"), std::nullopt);
    EXPECT_EQ(regionLevelFromString(""), std::nullopt);
}

TEST(RegionCode, KindWords)
{
    using konvergensi::core::toString;
    using konvergensi::core::villageKindFromString;
    EXPECT_EQ(toString(VillageKind::Desa), "desa");
    EXPECT_EQ(toString(VillageKind::Kelurahan), "kelurahan");
    EXPECT_EQ(villageKindFromString(" DESA "), VillageKind::Desa);
    EXPECT_EQ(villageKindFromString("Kelurahan"), VillageKind::Kelurahan);
    EXPECT_EQ(villageKindFromString("nagari"), std::nullopt);
    EXPECT_EQ(villageKindFromString(""), std::nullopt);
}
