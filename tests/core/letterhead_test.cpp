// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letterhead.h"

#include <gtest/gtest.h>

using namespace konvergensi::core;

namespace {

Letterhead good()
{
    Letterhead letterhead;
    letterhead.districtCode = "14.03";
    letterhead.districtName = "Kabupaten Bengkalis";
    letterhead.signatoryNip = "196801011990031001";
    letterhead.logoPng = {0x89, 'P', 'N', 'G'};
    return letterhead;
}

using Problems = std::vector<LetterheadProblem>;

} // namespace

TEST(Letterhead, GoodLetterhead)
{
    EXPECT_TRUE(validate(good()).empty());
    Letterhead noNip = good();
    noNip.signatoryNip = "  ";
    EXPECT_TRUE(validate(noNip).empty()) << "the NIP is optional";
    Letterhead noLogo = good();
    noLogo.logoPng.clear();
    EXPECT_TRUE(validate(noLogo).empty());
}

TEST(Letterhead, Problems)
{
    Letterhead letterhead = good();
    letterhead.districtName = " ";
    EXPECT_EQ(validate(letterhead), Problems{LetterheadProblem::EmptyDistrictName});

    letterhead = good();
    letterhead.signatoryNip = "1968010119900310"; // 16 digits
    EXPECT_EQ(validate(letterhead), Problems{LetterheadProblem::NipMalformed});

    letterhead = good();
    letterhead.logoPng.assign(kMaxLogoBytes, 0);
    EXPECT_TRUE(validate(letterhead).empty()) << "exactly the limit is fine";
    letterhead.logoPng.push_back(0);
    EXPECT_EQ(validate(letterhead), Problems{LetterheadProblem::LogoTooLarge});

    letterhead.districtName.clear();
    letterhead.signatoryNip = "NIP";
    EXPECT_EQ(validate(letterhead),
              (Problems{LetterheadProblem::EmptyDistrictName, LetterheadProblem::NipMalformed,
                        LetterheadProblem::LogoTooLarge}));
}

TEST(Letterhead, NormalizedNip)
{
    EXPECT_EQ(normalizedNip("196801011990031001"), "196801011990031001");
    EXPECT_EQ(normalizedNip("19680101 199003 1 001"), "196801011990031001");
    EXPECT_EQ(normalizedNip("1968010119900310011"), std::nullopt) << "19 digits";
    EXPECT_EQ(normalizedNip("19680101199003100"), std::nullopt) << "17 digits";
    EXPECT_EQ(normalizedNip("19680101-199003-1-001"), std::nullopt);
    EXPECT_EQ(normalizedNip(""), std::nullopt);
}
