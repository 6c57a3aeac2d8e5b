// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dates.h"

#include <gtest/gtest.h>

using boost::gregorian::date;
using konvergensi::core::formatShortDate;
using konvergensi::core::isUnusualDate;
using konvergensi::core::Language;
using konvergensi::core::parseTypedDate;

TEST(TypedDate, AcceptsTheFormsIndonesiansType)
{
    const date expected(2024, 11, 1);
    for (const char *text : {"1/11/2024", "01/11/2024", "01-11-2024", "1-11-2024", "1.11.2024",
                             "1 Nov 2024", "1 November 2024", "1 nov 2024", "1 NOPEMBER 2024",
                             "2024-11-01", " 1/11/2024 ", "1/11/24", "1-Nov-2024"}) {
        const auto parsed = parseTypedDate(text);
        ASSERT_TRUE(parsed.has_value()) << text;
        EXPECT_EQ(*parsed, expected) << text;
    }
    EXPECT_EQ(parseTypedDate("17 Agustus 1845"), std::nullopt) << "before 1900 is refused";
    EXPECT_EQ(parseTypedDate("17 Agt 2023"), date(2023, 8, 17));
    EXPECT_EQ(parseTypedDate("5 Des 2023"), date(2023, 12, 5));
    EXPECT_EQ(parseTypedDate("5 Mei 2023"), date(2023, 5, 5));
    EXPECT_EQ(parseTypedDate("5 May 2023"), date(2023, 5, 5));
}

TEST(TypedDate, RefusesWhatIsNotADate)
{
    for (const char *text :
         {"", "1/13/2024", "31/2/2024", "29/2/2023", "2024/11", "1 Foo 2024", "1/11/2024/3", "abc",
          "1/11/202", "11/2024", "1 11 20245", "1\xc2\xa0/11/2024", "1/11/2024 10:00"}) {
        EXPECT_EQ(parseTypedDate(text), std::nullopt) << text;
    }
    EXPECT_EQ(parseTypedDate("29/2/2024"), date(2024, 2, 29)) << "a leap day is a date";
}

TEST(TypedDate, ShortFormatNamesTheMonth)
{
    EXPECT_EQ(formatShortDate(date(2023, 12, 5), Language::Indonesian), "5 Des 2023");
    EXPECT_EQ(formatShortDate(date(2023, 12, 5), Language::English), "5 Dec 2023");
    EXPECT_EQ(formatShortDate(date(2024, 8, 17), Language::Indonesian), "17 Agu 2024");
    // Every short name reads back as its month.
    for (int month = 1; month <= 12; ++month) {
        const date day(2024, static_cast<unsigned short>(month), 1);
        for (const Language language : {Language::Indonesian, Language::English})
            EXPECT_EQ(parseTypedDate(formatShortDate(day, language)), day) << month;
    }
}

TEST(TypedDate, UnusualDatesAreFarFromToday)
{
    const date today(2026, 11, 29);
    EXPECT_TRUE(isUnusualDate(date(1999, 12, 31), today));
    EXPECT_FALSE(isUnusualDate(date(2000, 1, 1), today));
    EXPECT_FALSE(isUnusualDate(date(2027, 11, 29), today));
    EXPECT_TRUE(isUnusualDate(date(2027, 12, 1), today));
    EXPECT_TRUE(isUnusualDate(date(2099, 1, 1), today));
}
