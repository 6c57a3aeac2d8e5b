// SPDX-License-Identifier: GPL-3.0-or-later
// io::readAnthroCsv and the z-score CSV writer without a process: the record reader's quoting
// and line numbers, the column words, R's way of writing numbers (against R's own write.csv,
// tests/data/who-growth/r_format.csv).
#include "io/anthro/anthro_csv.h"
#include "io/anthro/csv_records.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "reference_csv.h"

using namespace konvergensi;
using namespace konvergensi::core::anthro;

TEST(AnthroCsv, NumbersAreWrittenAsRWritesThem)
{
    const test::ReferenceTable table = test::readReferenceCsv("r_format.csv");
    ASSERT_GT(table.rows.size(), 3000U);
    int differing = 0;
    for (const auto &row : table.rows) {
        const double x = std::strtod(row[0].c_str(), nullptr);
        std::string text;
        io::appendNumber(text, x);
        if (text != row[1]) {
            ++differing;
            ADD_FAILURE() << row[0] << ": R " << row[1] << ", ours " << text;
        }
    }
    EXPECT_EQ(differing, 0);
    std::string text;
    io::appendNumber(text, kMissing);
    io::appendNumber(text, -0.0);
    io::appendNumber(text, INFINITY);
    EXPECT_EQ(text, "0Inf");
}

TEST(AnthroCsv, RecordsKeepTheirLinesThroughQuotedLineBreaks)
{
    const std::string data = "\xEF\xBB\xBF"
                             "a;b\r\n"
                             "\"x\"\"y\";\"two\nlines\"\r\n"
                             "\r\n"
                             "  \n"
                             "3;4\n"
                             "\"open;5\n";
    EXPECT_EQ(io::detectDelimiter("a;b"), ';');
    io::CsvRecordReader reader(data, ';');
    io::CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 1);
    EXPECT_EQ(record.text, "a;b");
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 2);
    ASSERT_EQ(record.fields.size(), 2U);
    EXPECT_EQ(record.fields[0], "x\"y");
    EXPECT_EQ(record.fields[1], "two\nlines");
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 6);
    EXPECT_EQ(record.fields[1], "4");
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 7);
    EXPECT_FALSE(reader.error().empty()) << "a quote not closed";
    EXPECT_FALSE(reader.next(record));
}

TEST(AnthroCsv, NotUtf8IsFoundWithItsLine)
{
    EXPECT_FALSE(io::firstLineNotUtf8("sex\nperempuan \xC3\xA9\n").has_value());
    EXPECT_EQ(io::firstLineNotUtf8("a\nb\nc\xFF\n"), 3);
    EXPECT_EQ(io::firstLineNotUtf8(std::string("a\n\0", 3)), 2);
    EXPECT_EQ(io::firstLineNotUtf8("\xED\xA0\x80"), 1) << "a surrogate";
    EXPECT_EQ(io::firstLineNotUtf8("\xC0\xAF"), 1) << "an overlong form";
}

TEST(AnthroCsv, ColumnWordsAndValuesUsersWrite)
{
    const io::AnthroReadResult read = io::readAnthroCsv(
        "JK,Umur_Hari,BB,Lenhei_CM,Cara_Ukur,Oedema,LiLA\n"
        "P,400,9.1,74.5,Terlentang,N,14.2\n"
        "l,\"800\",NA,,berdiri,1,\n"
        "Perempuan,NA,8,70,na,,\n");
    ASSERT_TRUE(read.ok()) << read.fileError.toStdString();
    ASSERT_EQ(read.table.children.size(), 3U);
    const ChildMeasurement &a = read.table.children[0];
    EXPECT_EQ(a.sex, Sex::Female);
    EXPECT_EQ(a.age.days(), 400);
    EXPECT_DOUBLE_EQ(a.weight, 9.1);
    EXPECT_DOUBLE_EQ(a.lenhei, 74.5);
    EXPECT_EQ(a.measure, Measure::Length);
    EXPECT_FALSE(a.oedema);
    EXPECT_DOUBLE_EQ(a.armc, 14.2);
    const ChildMeasurement &b = read.table.children[1];
    EXPECT_EQ(b.sex, Sex::Male);
    EXPECT_EQ(b.age.days(), 800);
    EXPECT_TRUE(isMissing(b.weight));
    EXPECT_TRUE(isMissing(b.lenhei));
    EXPECT_EQ(b.measure, Measure::Height);
    EXPECT_TRUE(b.oedema);
    const ChildMeasurement &c = read.table.children[2];
    EXPECT_FALSE(c.age.known());
    EXPECT_EQ(c.measure, Measure::Unknown);
    EXPECT_EQ(read.table.rowLines, (std::vector<int>{2, 3, 4}));
    EXPECT_EQ(read.table.rowTexts[1], "l,\"800\",NA,,berdiri,1,");

    // The output keeps each row as written and adds the columns after it.
    std::vector<ZScores> scores(read.table.children.size());
    computeZScores(read.table.children, scores);
    const std::string out = io::writeZScoreCsv(read.table, scores);
    EXPECT_EQ(out.substr(0, out.find('\n')),
              "JK,Umur_Hari,BB,Lenhei_CM,Cara_Ukur,Oedema,LiLA,csex,clenhei,cmeasure,c9mo_flag,"
              "cbmi,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi,zhc,fhc,zac,fac,zts,fts,zss,fss,"
              "kategori_bbu,kategori_pbu_tbu,kategori_bbpb_bbtb,kategori_imtu");
    EXPECT_NE(out.find("\nl,\"800\",NA,,berdiri,1,,1,"), std::string::npos) << out;
    std::string chunked;
    io::writeZScoreCsv(read.table, scores, [&chunked](std::string_view part) { chunked += part; });
    EXPECT_EQ(chunked, out);
}

TEST(AnthroCsv, AgeInMonthsAndTheAgeUnitColumn)
{
    const io::AnthroReadResult read = io::readAnthroCsv("sex,age,age_unit,weight\n"
                                                        "1,24,months,12\n"
                                                        "2,730.5,days,11\n"
                                                        "1,100,,9\n");
    EXPECT_EQ(read.rowErrorCount, 1) << "an age without its unit";
    ASSERT_EQ(read.rowErrors.size(), 1U);
    EXPECT_EQ(read.rowErrors[0].line, 4);
    ASSERT_EQ(read.table.children.size(), 2U);
    EXPECT_EQ(read.table.children[0].age.days(), 731);
    EXPECT_DOUBLE_EQ(read.table.children[0].age.months(), 24);
    EXPECT_EQ(read.table.children[1].age.days(), 731);
    // Without an age_unit column, age is in days, as the package's default.
    const io::AnthroReadResult days = io::readAnthroCsv("sex,age,weight\n1,100,6\n");
    ASSERT_TRUE(days.ok());
    EXPECT_EQ(days.table.children[0].age.days(), 100);
}
