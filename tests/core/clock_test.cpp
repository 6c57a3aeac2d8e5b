// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "core/errors.h"

#include <gtest/gtest.h>

#include <string>

using namespace konvergensi::core;
using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using boost::posix_time::time_duration;

TEST(FixedClock, FromDateStandsAtNineInTheMorning)
{
    const FixedClock clock(date(2023, 12, 5));
    EXPECT_EQ(clock.today(), date(2023, 12, 5));
    EXPECT_EQ(clock.now(), ptime(date(2023, 12, 5), hours(9)));
}

TEST(FixedClock, FromTimeStandsStill)
{
    const ptime at(date(2024, 1, 15), time_duration(14, 30, 5));
    const FixedClock clock(at);
    EXPECT_EQ(clock.now(), at);
    EXPECT_EQ(clock.now(), at);
    EXPECT_EQ(clock.today(), date(2024, 1, 15));
}

TEST(FixedClock, SetAndAdvance)
{
    FixedClock clock(date(2023, 12, 31));
    clock.advance(hours(14) + minutes(59) + seconds(59));
    EXPECT_EQ(clock.now(), ptime(date(2023, 12, 31), time_duration(23, 59, 59)));
    EXPECT_EQ(clock.today(), date(2023, 12, 31));
    clock.advance(seconds(1));
    EXPECT_EQ(clock.today(), date(2024, 1, 1)) << "advancing crosses midnight and the year";
    EXPECT_EQ(toIsoDateTime(clock.now()), "2024-01-01T00:00:00");
    clock.advance(hours(-1));
    EXPECT_EQ(clock.today(), date(2023, 12, 31));

    clock.set(ptime(date(2024, 2, 29), hours(8)));
    EXPECT_EQ(clock.today(), date(2024, 2, 29));
    clock.advance(hours(24 * 366));
    EXPECT_EQ(clock.today(), date(2025, 3, 1));
}

TEST(FixedClock, UsableThroughTheInterface)
{
    const FixedClock fixed(date(2023, 12, 5));
    const Clock &clock = fixed;
    EXPECT_EQ(clock.today(), date(2023, 12, 5));
}

TEST(SystemClock, AgreesWithItself)
{
    const SystemClock clock;
    const auto now = clock.now();
    const auto today = clock.today();
    EXPECT_FALSE(now.is_special());
    EXPECT_FALSE(today.is_special());
    // The date may change between the two calls only around midnight.
    EXPECT_LE((today - now.date()).days(), 1);
    EXPECT_GE((today - now.date()).days(), 0);
}

TEST(IsoDate, ToText)
{
    EXPECT_EQ(toIsoDate(date(2023, 12, 5)), "2023-12-05");
    EXPECT_EQ(toIsoDate(date(2024, 1, 1)), "2024-01-01");
    EXPECT_EQ(toIsoDate(date(1999, 10, 31)), "1999-10-31");
    EXPECT_EQ(toIsoDateTime(ptime(date(2023, 12, 5), time_duration(9, 30, 0))),
              "2023-12-05T09:30:00");
    EXPECT_EQ(toIsoDateTime(ptime(date(2023, 12, 5), time_duration(23, 5, 7))),
              "2023-12-05T23:05:07");
    EXPECT_EQ(toIsoDateTime(ptime(date(2023, 12, 5), time_duration(0, 0, 0))),
              "2023-12-05T00:00:00");
}

TEST(IsoDate, SubSecondsAreDropped)
{
    const ptime at(date(2023, 12, 5),
                   time_duration(9, 30, 1) + boost::posix_time::milliseconds(999));
    EXPECT_EQ(toIsoDateTime(at), "2023-12-05T09:30:01");
}

TEST(IsoDate, Parses)
{
    EXPECT_EQ(parseIsoDate("2023-12-05"), date(2023, 12, 5));
    EXPECT_EQ(parseIsoDate("2024-02-29"), date(2024, 2, 29)) << "2024 is a leap year";
    EXPECT_EQ(parseIsoDate("2000-02-29"), date(2000, 2, 29)) << "2000 is a leap year";
    EXPECT_EQ(parseIsoDate("2023-01-31"), date(2023, 1, 31));
    EXPECT_EQ(parseIsoDate("2023-12-31"), date(2023, 12, 31));
}

TEST(IsoDate, RoundTrip)
{
    for (date d(2023, 1, 1); d <= date(2024, 12, 31); d += boost::gregorian::days(1))
        ASSERT_EQ(parseIsoDate(toIsoDate(d)), d);
}

TEST(IsoDate, ImpossibleDatesRejected)
{
    for (const char *bad : {"2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-10",
                            "2023-01-00", "2023-01-32", "0000-01-01"}) {
        EXPECT_THROW((void)parseIsoDate(bad), DomainError) << bad;
    }
}

TEST(IsoDate, GarbageRejected)
{
    for (const char *bad :
         {"", "garbage", "2023-1-5", "2023-01-5", "23-01-05", "2023/01/05", "05-12-2023",
          "2023-12-05T09:00", " 2023-12-05", "2023-12-05 ", "2023-12-0x", "20a3-12-05",
          "+023-12-05", "-023-12-05", "2023--1-05", "2023-+1-05", "2023-12-05\n", "abcd-ef-gh"}) {
        EXPECT_THROW((void)parseIsoDate(bad), DomainError) << '"' << bad << '"';
    }
}

TEST(IsoDate, ErrorNamesTheText)
{
    try {
        (void)parseIsoDate("2023-02-29");
        FAIL() << "expected DomainError";
    } catch (const DomainError &error) {
        EXPECT_NE(std::string(error.what()).find("2023-02-29"), std::string::npos) << error.what();
    }
}
