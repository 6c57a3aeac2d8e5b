// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors.h"
#include "core/format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

using namespace konvergensi::core;
using boost::gregorian::date;

namespace {
constexpr auto id = Language::Indonesian;
constexpr auto en = Language::English;
} // namespace

TEST(FormatDate, LongDate)
{
    EXPECT_EQ(formatLongDate(date(2023, 12, 5), id), "Selasa, 5 Desember 2023");
    EXPECT_EQ(formatLongDate(date(2023, 12, 5), en), "Tuesday, 5 December 2023");
    EXPECT_EQ(formatLongDate(date(2024, 2, 29), id), "Kamis, 29 Februari 2024");
    EXPECT_EQ(formatLongDate(date(2024, 8, 17), id), "Sabtu, 17 Agustus 2024");
}

TEST(FormatDate, ShortDateAndMonthYear)
{
    EXPECT_EQ(formatDate(date(2023, 12, 5), id), "5 Desember 2023");
    EXPECT_EQ(formatDate(date(2023, 12, 5), en), "5 December 2023");
    EXPECT_EQ(formatDate(date(2024, 1, 31), id), "31 Januari 2024");
    EXPECT_EQ(formatMonthYear(2023, 12, id), "Desember 2023");
    EXPECT_EQ(formatMonthYear(2024, 5, en), "May 2024");
    EXPECT_THROW((void)formatMonthYear(2024, 13, id), DomainError);
}

TEST(FormatDate, EveryMonthName)
{
    const char *indonesian[] = {"Januari",   "Februari", "Maret",    "April",
                                "Mei",       "Juni",     "Juli",     "Agustus",
                                "September", "Oktober",  "November", "Desember"};
    const char *english[] = {"January", "February", "March",     "April",   "May",      "June",
                             "July",    "August",   "September", "October", "November", "December"};
    for (int month = 1; month <= 12; ++month) {
        EXPECT_EQ(monthName(month, id), indonesian[month - 1]) << month;
        EXPECT_EQ(monthName(month, en), english[month - 1]) << month;
        // And through a real date of that month.
        EXPECT_EQ(formatDate(date(2023, static_cast<unsigned short>(month), 1), id),
                  std::string("1 ") + indonesian[month - 1] + " 2023");
    }
    EXPECT_THROW((void)monthName(0, id), DomainError);
    EXPECT_THROW((void)monthName(13, en), DomainError);
}

TEST(FormatDate, EveryWeekdayName)
{
    const char *indonesian[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
    const char *english[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                             "Thursday", "Friday", "Saturday"};
    for (int day = 0; day < 7; ++day) {
        EXPECT_EQ(weekdayName(day, id), indonesian[day]) << day;
        EXPECT_EQ(weekdayName(day, en), english[day]) << day;
        // 3 December 2023 was a Sunday.
        const date d(2023, 12, static_cast<unsigned short>(3 + day));
        EXPECT_EQ(formatLongDate(d, id),
                  std::string(indonesian[day]) + ", " + std::to_string(3 + day) + " Desember 2023");
        EXPECT_EQ(formatLongDate(d, en),
                  std::string(english[day]) + ", " + std::to_string(3 + day) + " December 2023");
    }
    EXPECT_THROW((void)weekdayName(-1, id), DomainError);
    EXPECT_THROW((void)weekdayName(7, en), DomainError);
}

TEST(FormatDate, SpecialDatesRefused)
{
    EXPECT_THROW((void)formatDate(date(boost::gregorian::not_a_date_time), id), DomainError);
    EXPECT_THROW((void)formatLongDate(date(boost::gregorian::pos_infin), en), DomainError);
}

TEST(FormatNumber, Integer)
{
    EXPECT_EQ(formatInteger(0, id), "0");
    EXPECT_EQ(formatInteger(0, en), "0");
    EXPECT_EQ(formatInteger(7, id), "7");
    EXPECT_EQ(formatInteger(999, id), "999");
    EXPECT_EQ(formatInteger(1000, id), "1.000");
    EXPECT_EQ(formatInteger(1234, id), "1.234");
    EXPECT_EQ(formatInteger(1234, en), "1,234");
    EXPECT_EQ(formatInteger(123456, id), "123.456");
    EXPECT_EQ(formatInteger(1234567, en), "1,234,567");
    EXPECT_EQ(formatInteger(-1, id), "-1");
    EXPECT_EQ(formatInteger(-12500, id), "-12.500");
    EXPECT_EQ(formatInteger(-999, en), "-999");
    EXPECT_EQ(formatInteger(-1000, en), "-1,000");
}

TEST(FormatNumber, IntegerExtremes)
{
    EXPECT_EQ(formatInteger(std::numeric_limits<std::int64_t>::min(), id),
              "-9.223.372.036.854.775.808");
    EXPECT_EQ(formatInteger(std::numeric_limits<std::int64_t>::min(), en),
              "-9,223,372,036,854,775,808");
    EXPECT_EQ(formatInteger(std::numeric_limits<std::int64_t>::max(), id),
              "9.223.372.036.854.775.807");
}

TEST(FormatNumber, Decimal)
{
    EXPECT_EQ(formatDecimal(8.4, 1, id), "8,4");
    EXPECT_EQ(formatDecimal(8.4, 1, en), "8.4");
    EXPECT_EQ(formatDecimal(0.0, 1, id), "0,0");
    EXPECT_EQ(formatDecimal(0.0, 0, id), "0");
    EXPECT_EQ(formatDecimal(1234567.891, 2, id), "1.234.567,89");
    EXPECT_EQ(formatDecimal(1234567.891, 2, en), "1,234,567.89");
    EXPECT_EQ(formatDecimal(-1234.5, 1, id), "-1.234,5");
    EXPECT_EQ(formatDecimal(-8.4, 1, en), "-8.4");
    EXPECT_EQ(formatDecimal(21.5, 0, id), "22");
    EXPECT_EQ(formatDecimal(3.0, 2, id), "3,00");
    EXPECT_EQ(formatDecimal(3.14159, -2, id), "3") << "negative decimals count as none";
}

TEST(FormatNumber, DecimalRounding)
{
    EXPECT_EQ(formatDecimal(8.449, 1, id), "8,4");
    EXPECT_EQ(formatDecimal(8.451, 1, id), "8,5");
    EXPECT_EQ(formatDecimal(8.96, 1, id), "9,0");
    EXPECT_EQ(formatDecimal(999.96, 1, id), "1.000,0") << "rounding carries into a new group";
    // 8.45 is stored as 8.4499999999999992894572642398998141288757324218750, so it rounds
    // down: the formatter rounds the exact binary value, as printf does.
    EXPECT_EQ(formatDecimal(8.45, 1, id), "8,4");
    EXPECT_EQ(formatDecimal(8.45, 1, en), "8.4");
    // 0.125 is exact; the tie goes to the even digit, as printf does.
    EXPECT_EQ(formatDecimal(0.125, 2, en), "0.12");
}

TEST(FormatNumber, NoNegativeZero)
{
    EXPECT_EQ(formatDecimal(-0.04, 1, id), "0,0");
    EXPECT_EQ(formatDecimal(-0.04, 1, en), "0.0");
    EXPECT_EQ(formatDecimal(-0.0, 1, id), "0,0");
    EXPECT_EQ(formatDecimal(-0.4, 0, id), "0");
    EXPECT_EQ(formatDecimal(-0.05001, 1, id), "-0,1") << "a shown non-zero digit keeps the sign";
    EXPECT_EQ(formatPercent(-0.04, 1, id), "0,0 %");
}

TEST(FormatNumber, NotFinite)
{
    EXPECT_EQ(formatDecimal(std::nan(""), 1, id), "-");
    EXPECT_EQ(formatDecimal(std::numeric_limits<double>::infinity(), 1, en), "-");
    EXPECT_EQ(formatPercent(std::nan(""), 1, id), "-");
    EXPECT_EQ(formatPercent(-std::numeric_limits<double>::infinity(), 1, en), "-");
}

TEST(FormatNumber, Percent)
{
    EXPECT_EQ(formatPercent(8.4, 1, id), "8,4 %");
    EXPECT_EQ(formatPercent(8.4, 1, en), "8.4%");
    EXPECT_EQ(formatPercent(21.6, 0, id), "22 %");
    EXPECT_EQ(formatPercent(100.0, 1, en), "100.0%");
    EXPECT_EQ(formatPercent(1234.5, 1, id), "1.234,5 %");
    EXPECT_EQ(formatPercent(-2.25, 2, id), "-2,25 %");
}

TEST(FormatNumber, Rupiah)
{
    EXPECT_EQ(formatRupiah(28894524790, id), "Rp 28.894.524.790");
    EXPECT_EQ(formatRupiah(28894524790, en), "IDR 28,894,524,790");
    EXPECT_EQ(formatRupiah(0, id), "Rp 0");
    EXPECT_EQ(formatRupiah(-1500000, id), "Rp -1.500.000");
    EXPECT_EQ(formatRupiah(std::numeric_limits<std::int64_t>::min(), en),
              "IDR -9,223,372,036,854,775,808");
}
