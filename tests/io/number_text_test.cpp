// SPDX-License-Identifier: GPL-3.0-or-later
// io::parseCount / io::parseDecimal: numbers as people and Indonesian spreadsheets write them.
#include "io/number_text.h"

#include <gtest/gtest.h>

using konvergensi::io::parseCount;
using konvergensi::io::parseDecimal;

TEST(NumberText, CountsWithGroupingAndRupiah)
{
    bool ok = false;
    EXPECT_EQ(parseCount(QStringLiteral("1250"), ok), 1250);
    EXPECT_TRUE(ok);
    EXPECT_EQ(parseCount(QStringLiteral("1.250"), ok), 1250);
    EXPECT_EQ(parseCount(QStringLiteral("1,250"), ok), 1250);
    EXPECT_EQ(parseCount(QStringLiteral("1 250"), ok), 1250);
    EXPECT_EQ(parseCount(QStringLiteral("1\u00A0250"), ok), 1250);
    EXPECT_EQ(parseCount(QStringLiteral("Rp 28.894.524.790"), ok), 28'894'524'790);
    EXPECT_EQ(parseCount(QStringLiteral("125.000.000,00"), ok), 125'000'000);
    EXPECT_EQ(parseCount(QStringLiteral(" 7 "), ok), 7);
}

TEST(NumberText, CountsKeepTheirSignSoRulesCanNameIt)
{
    bool ok = false;
    EXPECT_EQ(parseCount(QStringLiteral("-3"), ok), -3);
    EXPECT_TRUE(ok);
    EXPECT_EQ(parseCount(QStringLiteral("-1.250"), ok), -1250);
}

TEST(NumberText, EmptyIsUnknownAndTextIsAnError)
{
    bool ok = false;
    EXPECT_FALSE(parseCount(QString(), ok).has_value());
    EXPECT_TRUE(ok);
    EXPECT_FALSE(parseCount(QStringLiteral("   "), ok).has_value());
    EXPECT_TRUE(ok);
    for (const char *bad : {"12,5", "abc", "1.25", "12a", "--3", "1.2345.678"}) {
        EXPECT_FALSE(parseCount(QString::fromLatin1(bad), ok).has_value()) << bad;
        EXPECT_FALSE(ok) << bad;
    }
}

TEST(NumberText, DecimalsWithCommaOrPoint)
{
    bool ok = false;
    EXPECT_DOUBLE_EQ(*parseDecimal(QStringLiteral("8,4"), ok), 8.4);
    EXPECT_DOUBLE_EQ(*parseDecimal(QStringLiteral("8.4 %"), ok), 8.4);
    EXPECT_DOUBLE_EQ(*parseDecimal(QStringLiteral("8,4%"), ok), 8.4);
    EXPECT_DOUBLE_EQ(*parseDecimal(QStringLiteral("1.234,5"), ok), 1234.5);
    EXPECT_DOUBLE_EQ(*parseDecimal(QStringLiteral("1,234.5"), ok), 1234.5);
    EXPECT_DOUBLE_EQ(*parseDecimal(QStringLiteral("-0,5"), ok), -0.5);
    EXPECT_FALSE(parseDecimal(QStringLiteral(" % "), ok).has_value());
    EXPECT_TRUE(ok);
    EXPECT_DOUBLE_EQ(*parseDecimal(QStringLiteral("1.234.567"), ok), 1234567.0);
    EXPECT_DOUBLE_EQ(*parseDecimal(QStringLiteral("1,234,567"), ok), 1234567.0);
    for (const char *bad : {"tinggi", "8,4,4x", "1e5", "nan", "inf", "8..4", "12.34,5", "8,,4"}) {
        EXPECT_FALSE(parseDecimal(QString::fromLatin1(bad), ok).has_value()) << bad;
        EXPECT_FALSE(ok) << bad;
    }
}
