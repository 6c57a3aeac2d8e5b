// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16, finding 11: limits per kind of text, and no control, bidi-override or
// zero-width characters in names (they spoof printed names).
#include "core/text_rules.h"

#include <gtest/gtest.h>

#include <string>

using namespace konvergensi::core;

TEST(TextRules, NamesAreOneVisibleLine)
{
    EXPECT_FALSE(checkText("Siti Aminah binti Ahmad", TextKind::Name));
    EXPECT_FALSE(checkText("Désa Ñusantara", TextKind::Name));
    EXPECT_EQ(checkText("Siti\nAminah", TextKind::Name), TextProblem::ControlCharacter);
    EXPECT_EQ(checkText("Siti\tAminah", TextKind::Name), TextProblem::ControlCharacter);
    EXPECT_EQ(checkText("Siti \u202Eanimah", TextKind::Name), TextProblem::HiddenCharacter);
    EXPECT_EQ(checkText("Si\u200Bti", TextKind::Name), TextProblem::HiddenCharacter);
    EXPECT_EQ(checkText("Siti\u2066x\u2069", TextKind::Name), TextProblem::HiddenCharacter);
    EXPECT_EQ(checkText(std::string("a\xff", 2), TextKind::Name), TextProblem::ControlCharacter);
}

TEST(TextRules, LimitsPerKind)
{
    EXPECT_FALSE(checkText(std::string(200, 'a'), TextKind::Name));
    EXPECT_EQ(checkText(std::string(201, 'a'), TextKind::Name), TextProblem::TooLong);
    // Characters, not bytes: 200 two-byte letters are a good name.
    std::string wide;
    for (int i = 0; i < 200; ++i)
        wide += "\u00e9";
    EXPECT_FALSE(checkText(wide, TextKind::Name));
    EXPECT_FALSE(checkText(std::string(20000, 'n'), TextKind::Note));
    EXPECT_EQ(checkText(std::string(10 * 1024 * 1024, 'n'), TextKind::Note), TextProblem::TooLong);
}

TEST(TextRules, NotesTakeLineBreaksButNoOverrides)
{
    EXPECT_FALSE(checkText("Baris satu\r\nBaris dua\tselesai", TextKind::Note));
    EXPECT_EQ(checkText("catatan\u202E", TextKind::Note), TextProblem::HiddenCharacter);
    EXPECT_EQ(checkText("catatan\x07", TextKind::Note), TextProblem::ControlCharacter);
}
