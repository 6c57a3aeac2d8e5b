// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text.h"

#include <gtest/gtest.h>

#include <string>

using namespace konvergensi::core;

TEST(Text, Trimmed)
{
    EXPECT_EQ(trimmed(""), "");
    EXPECT_EQ(trimmed("   "), "");
    EXPECT_EQ(trimmed(" \t\r\n\f\v"), "");
    EXPECT_EQ(trimmed("abc"), "abc");
    EXPECT_EQ(trimmed("  abc  "), "abc");
    EXPECT_EQ(trimmed("\tDinas Kesehatan\r\n"), "Dinas Kesehatan");
    EXPECT_EQ(trimmed("a  b"), "a  b") << "inner whitespace kept";
    EXPECT_EQ(trimmed(" x"), "x");
    EXPECT_EQ(trimmed("x "), "x");
}

TEST(Text, TrimmedKeepsUtf8)
{
    // Non-breaking space (U+00A0) is not ASCII whitespace and stays; so do accents.
    EXPECT_EQ(trimmed(" Pondok Bambu \xC2\xA0"), "Pondok Bambu \xC2\xA0");
    EXPECT_EQ(trimmed("  Caf\xC3\xA9  "), "Caf\xC3\xA9");
}

TEST(Text, AsciiLower)
{
    EXPECT_EQ(asciiLower("Dinkes BAPPEDA 123"), "dinkes bappeda 123");
    EXPECT_EQ(asciiLower("\xC3\x89"), "\xC3\x89") << "bytes outside ASCII untouched";
    EXPECT_EQ(asciiLower(""), "");
}

TEST(Text, LooksLikeSpreadsheetFormula)
{
    for (const char *formula :
         {"=1+1", "+62812", "-5", "@SUM(A1)", "\tx", "\r=1", "=", "+", "-", "@"}) {
        EXPECT_TRUE(looksLikeSpreadsheetFormula(formula)) << formula;
    }
    for (const char *plain :
         {"", "Dinas Kesehatan", " =1+1", "1=1", "0812-7654-3210", "'=1", "\n=1", "a@b.id"}) {
        EXPECT_FALSE(looksLikeSpreadsheetFormula(plain)) << plain;
    }
}

TEST(Text, Neutralize)
{
    EXPECT_EQ(neutralizeSpreadsheetFormula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
    EXPECT_EQ(neutralizeSpreadsheetFormula("+62 812"), "'+62 812");
    EXPECT_EQ(neutralizeSpreadsheetFormula("-1"), "'-1");
    EXPECT_EQ(neutralizeSpreadsheetFormula("@cmd"), "'@cmd");
    EXPECT_EQ(neutralizeSpreadsheetFormula("\t=1"), "'\t=1");
    EXPECT_EQ(neutralizeSpreadsheetFormula("Bappeda"), "Bappeda");
    EXPECT_EQ(neutralizeSpreadsheetFormula(""), "");
    // Neutralizing twice changes nothing more.
    const std::string once = neutralizeSpreadsheetFormula("=1");
    EXPECT_EQ(neutralizeSpreadsheetFormula(once), once);
}
