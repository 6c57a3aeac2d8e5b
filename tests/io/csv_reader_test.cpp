// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_reader.h"

#include <gtest/gtest.h>

#include <new>
#include <random>
#include <stdexcept>

using namespace konvergensi::io;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList fields(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out.append(s(item));
    return out;
}

} // namespace

TEST(CsvReader, ReadsHeaderAndRowsWithLineNumbers)
{
    const CsvTable table = CsvReader::parse("code,name\n14,Riau\n14.03,Kabupaten Bengkalis\n");
    ASSERT_TRUE(table.ok()) << table.fileError.toStdString();
    EXPECT_EQ(table.delimiter, u',');
    EXPECT_EQ(table.header.line, 1);
    EXPECT_EQ(table.header.fields, fields({"code", "name"}));
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].line, 2);
    EXPECT_EQ(table.rows[0].fields, fields({"14", "Riau"}));
    EXPECT_EQ(table.rows[1].line, 3);
    EXPECT_EQ(table.rows[1].fields, fields({"14.03", "Kabupaten Bengkalis"}));
}

TEST(CsvReader, LastLineWithoutLineEnd)
{
    const CsvTable table = CsvReader::parse("a,b\n1,2");
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].fields, fields({"1", "2"}));
}

TEST(CsvReader, StripsUtf8Bom)
{
    const CsvTable table = CsvReader::parse("\xEF\xBB\xBF"
                                            "code,name\n14,Riau\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.header.fields.first(), QStringLiteral("code"));
}

TEST(CsvReader, DetectsSemicolonAndTab)
{
    const CsvTable semi = CsvReader::parse("code;name\n14.03;\"Bengkalis, Kab.\"\n");
    ASSERT_TRUE(semi.ok());
    EXPECT_EQ(semi.delimiter, u';');
    EXPECT_EQ(semi.rows[0].fields, fields({"14.03", "Bengkalis, Kab."}));

    const CsvTable tab = CsvReader::parse("code\tname\n14.03\tBengkalis; Kab.\n");
    ASSERT_TRUE(tab.ok());
    EXPECT_EQ(tab.delimiter, u'\t');
    EXPECT_EQ(tab.rows[0].fields, fields({"14.03", "Bengkalis; Kab."}));

    // Separators inside quotes do not count.
    const CsvTable quoted = CsvReader::parse("\"a;b;c\",d\n1,2\n");
    EXPECT_EQ(quoted.delimiter, u',');
    EXPECT_EQ(quoted.header.fields, fields({"a;b;c", "d"}));

    CsvOptions options;
    options.delimiter = u'|';
    const CsvTable given = CsvReader::parse("a|b\n1|2\n", options);
    EXPECT_EQ(given.rows[0].fields, fields({"1", "2"}));
}

TEST(CsvReader, QuotesWithDoubledQuotes)
{
    const CsvTable table = CsvReader::parse(
        "name,note\n\"Desa \"\"Baru\"\"\",\"a, b\"\n\"\",x\n  \"spaced\" ,y\n");
    ASSERT_TRUE(table.ok()) << table.fileError.toStdString();
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[0].fields, fields({"Desa \"Baru\"", "a, b"}));
    EXPECT_EQ(table.rows[1].fields, fields({"", "x"}));
    // Spaces before an opening quote are dropped; after the closing one they are kept.
    EXPECT_EQ(table.rows[2].fields, fields({"spaced ", "y"}));
}

TEST(CsvReader, QuoteInsideUnquotedFieldIsText)
{
    const CsvTable table = CsvReader::parse("a,b\n5\" pipe,x\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.rows[0].fields, fields({"5\" pipe", "x"}));
}

TEST(CsvReader, QuotedNewlineKeepsPhysicalLineNumbers)
{
    const CsvTable table = CsvReader::parse(
        "code,name\n1,\"two\nlines\"\n2,\"three\r\nmore\rlines\"\n3,after\n");
    ASSERT_TRUE(table.ok()) << table.fileError.toStdString();
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(table.rows[0].line, 2);
    EXPECT_EQ(table.rows[0].fields[1], QStringLiteral("two\nlines"));
    EXPECT_EQ(table.rows[1].line, 4);
    EXPECT_EQ(table.rows[1].fields[1], QStringLiteral("three\nmore\nlines"));
    EXPECT_EQ(table.rows[2].line, 7);
}

TEST(CsvReader, CrLfAndCrLineEnds)
{
    const CsvTable crlf = CsvReader::parse("a,b\r\n1,2\r\n3,4\r\n");
    ASSERT_EQ(crlf.rows.size(), 2u);
    EXPECT_EQ(crlf.rows[1].line, 3);
    EXPECT_EQ(crlf.rows[1].fields, fields({"3", "4"}));

    const CsvTable cr = CsvReader::parse("a,b\r1,2\r3,4\r");
    ASSERT_EQ(cr.rows.size(), 2u);
    EXPECT_EQ(cr.rows[1].line, 3);
    EXPECT_EQ(cr.rows[1].fields, fields({"3", "4"}));
}

TEST(CsvReader, SkipsEmptyAndBlankLines)
{
    const CsvTable table = CsvReader::parse("\n  \na,b\n\n1,2\n \t \n,\n3,4\n\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.header.line, 3);
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].line, 5);
    EXPECT_EQ(table.rows[1].line, 8);
}

TEST(CsvReader, UnterminatedQuoteNamesItsLine)
{
    const CsvTable table = CsvReader::parse("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    EXPECT_FALSE(table.ok());
    EXPECT_EQ(table.fileErrorLine, 3);
    EXPECT_TRUE(table.fileError.contains(QStringLiteral("Line 3")))
        << table.fileError.toStdString();
    EXPECT_TRUE(table.rows.empty());
}

TEST(CsvReader, InvalidUtf8NamesItsLine)
{
    const CsvTable table = CsvReader::parse("code,name\n1,a\n2,\"b\nc\"\n3,Pematang Bunga\xE9\n");
    EXPECT_FALSE(table.ok());
    EXPECT_EQ(table.fileErrorLine, 5);
    EXPECT_EQ(table.fileError.toStdString(),
              "Line 5 is not valid UTF-8 text. Save the file as \"CSV UTF-8\" and try again.");
    EXPECT_TRUE(table.rows.empty());
}

TEST(CsvReader, RejectsMalformedUtf8Sequences)
{
    for (const char *bad : {"a\n\xC0\xAF\n", "a\n\xED\xA0\x80\n", "a\n\xF4\x90\x80\x80\n",
                            "a\n\xE2\x82\n", "a\n\x80\n", "a\n\xFF\n"}) {
        const CsvTable table = CsvReader::parse(bad);
        EXPECT_EQ(table.fileErrorLine, 2) << bad;
    }
    // Good multibyte text passes: 2-, 3- and 4-byte sequences.
    const CsvTable good = CsvReader::parse("name\nPéndék € \xF0\x9F\x98\x80\n");
    ASSERT_TRUE(good.ok()) << good.fileError.toStdString();
    EXPECT_EQ(good.rows[0].fields[0], s("Péndék € \xF0\x9F\x98\x80"));
}

TEST(CsvReader, Windows1252FallbackWhenAsked)
{
    CsvOptions options;
    options.encoding = CsvEncoding::Utf8OrWindows1252;
    const CsvTable table = CsvReader::parse("name\nPematang Bunga\xE9 \x80\n", options);
    ASSERT_TRUE(table.ok()) << table.fileError.toStdString();
    EXPECT_EQ(table.encoding, CsvEncoding::Utf8OrWindows1252);
    EXPECT_EQ(table.rows[0].fields[0], s("Pematang Bungaé €"));

    const CsvTable utf8 = CsvReader::parse("name\nPéndék\n", options);
    EXPECT_EQ(utf8.encoding, CsvEncoding::Utf8);
    EXPECT_EQ(utf8.rows[0].fields[0], s("Péndék"));
}

TEST(CsvReader, EmptyFile)
{
    for (const char *data : {"", "\xEF\xBB\xBF", "\n\n", "  \r\n\t\n"}) {
        const CsvTable table = CsvReader::parse(data);
        EXPECT_EQ(table.fileError.toStdString(), "The file is empty.");
        EXPECT_EQ(table.header.line, 0);
    }
}

TEST(CsvReader, BinaryJunkIsAFileError)
{
    const QByteArray junk("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    const CsvTable png = CsvReader::parse(junk);
    EXPECT_FALSE(png.fileError.isEmpty());
    EXPECT_TRUE(png.rows.empty());

    const CsvTable utf16 = CsvReader::parse(QByteArray("\xFF\xFE"
                                                       "c\0o\0d\0e\0",
                                                       10));
    EXPECT_TRUE(utf16.fileError.contains(QStringLiteral("UTF-16")));

    const CsvTable nul = CsvReader::parse(QByteArray("a,b\n1,2\n3\0,4\n", 13));
    EXPECT_EQ(nul.fileErrorLine, 3);
}

TEST(CsvReader, NeverCrashesOnRandomInput)
{
    std::mt19937 random(20231205);
    const QByteArray alphabet("\"\n\r,;\t ab1.\xE9\xC3\xA9");
    for (int round = 0; round < 2000; ++round) {
        QByteArray data;
        const int size = static_cast<int>(random() % 200);
        for (int i = 0; i < size; ++i) {
            data.append(round % 2 ? static_cast<char>(random() % 256)
                                  : alphabet[static_cast<qsizetype>(random() % alphabet.size())]);
        }
        const CsvTable table = CsvReader::parse(data);
        if (!table.fileError.isEmpty()) {
            EXPECT_TRUE(table.rows.empty());
        }
    }
}

TEST(CsvReader, HugeLine)
{
    QByteArray data("a,b\n");
    data.append(QByteArray(4 * 1024 * 1024, 'x'));
    data.append(",y\n");
    const CsvTable table = CsvReader::parse(data);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.rows[0].fields[0].size(), 4 * 1024 * 1024);

    CsvOptions small;
    small.maxBytes = 1024;
    const CsvTable refused = CsvReader::parse(data, small);
    EXPECT_TRUE(refused.fileError.contains(QStringLiteral("too large")));
}

TEST(CsvReader, FieldCountProblemsAreRowErrors)
{
    const CsvTable table = CsvReader::parse("a,b,c\n1,2,3\n1,2\n1,2,3,4\n");
    EXPECT_TRUE(table.fileError.isEmpty());
    EXPECT_EQ(table.rows.size(), 3u);
    ASSERT_EQ(table.rowErrors.size(), 2u);
    EXPECT_EQ(table.rowErrors[0].line, 3);
    EXPECT_EQ(table.rowErrors[1].line, 4);
    EXPECT_TRUE(
        describe(table.rowErrors[1]).startsWith(QStringLiteral("Line 4: the row has 4 fields")))
        << describe(table.rowErrors[1]).toStdString();
}

TEST(CsvReader, ReadFileReportsUnreadableFile)
{
    const CsvTable table = CsvReader::readFile(QStringLiteral("/nonexistent/regions.csv"));
    EXPECT_TRUE(table.fileError.contains(QStringLiteral("cannot be read")));
}

TEST(CsvHeaderMap, FindsColumnsByNameOrAlias)
{
    const std::vector<CsvColumn> columns = {
        {QStringLiteral("code"), {QStringLiteral("kode")}, true},
        {QStringLiteral("name"), {QStringLiteral("nama")}, true},
        {QStringLiteral("short_name"), {}, false},
        {QStringLiteral("kind"), {QStringLiteral("jenis")}, false},
    };
    const CsvHeaderMap header(fields({" Nama ", "KODE", "Short Name", "other"}), columns);
    EXPECT_EQ(header.index(QStringLiteral("code")), 1);
    EXPECT_EQ(header.index(QStringLiteral("name")), 0);
    EXPECT_EQ(header.index(QStringLiteral("short_name")), 2);
    EXPECT_FALSE(header.has(QStringLiteral("kind")));
    EXPECT_TRUE(header.missingRequired().isEmpty());

    CsvRow row{2, fields({"Bengkalis", "14.03"})};
    EXPECT_EQ(header.value(row, QStringLiteral("code")), QStringLiteral("14.03"));
    EXPECT_EQ(header.value(row, QStringLiteral("short_name")), QString()); // short row
    EXPECT_EQ(header.value(row, QStringLiteral("kind")), QString());       // absent column

    const CsvHeaderMap missing(fields({"code", "kode"}), columns);
    EXPECT_EQ(missing.missingRequired(), QStringList{QStringLiteral("name")});
    EXPECT_EQ(missing.repeated(), QStringList{QStringLiteral("code")});
}

TEST(CsvWriter, QuotesAndNeutralisesFormulas)
{
    EXPECT_EQ(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csvField(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    EXPECT_EQ(csvField(QStringLiteral("-5"), u','), QStringLiteral("'-5"));
    EXPECT_EQ(csvField(QStringLiteral("=1+2"), u',', false), QStringLiteral("=1+2"));
    EXPECT_EQ(csvField(QStringLiteral("@x;y"), u';'), QStringLiteral("\"'@x;y\""));
    EXPECT_EQ(csvLine(fields({"14", "Riau, Prov.", ""})), QStringLiteral("14,\"Riau, Prov.\","));

    // What the writer writes, the reader reads back.
    const QStringList original = fields({"a \"b\"", "c,d", "e\nf", "+g", "Péndék"});
    const CsvTable back = CsvReader::parse(
        QString(csvLine(fields({"1", "2", "3", "4", "5"})) + u'\n' + csvLine(original)).toUtf8());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.rows[0].fields, fields({"a \"b\"", "c,d", "e\nf", "'+g", "Péndék"}));
}

TEST(ImportErrors, ARuleOfCoreNotYetWordedIsNeverABlank)
{
    // io keeps a broken rule of core typed; the use case words it. Until then describe() says
    // plainly that the row breaks a rule, and a worded reason wins.
    const RowError typed(3, QString(), konvergensi::core::LocusProblem::RankNotPositive);
    EXPECT_EQ(describe(typed), QStringLiteral("Line 3: the row breaks a rule."));
    const RowError worded(3, QStringLiteral("The rank must be 1 or more."),
                          konvergensi::core::LocusProblem::RankNotPositive);
    EXPECT_EQ(describe(worded), QStringLiteral("Line 3: The rank must be 1 or more."));
    EXPECT_EQ(describe(RowError(4, QString())), QStringLiteral("Line 4: "));
}

TEST(ImportErrors, FirstErrorLinesListTheFirstAndCountTheRest)
{
    std::vector<RowError> errors;
    for (int line = 2; line <= 6; ++line)
        errors.push_back({line, QStringLiteral("bad value %1").arg(line)});

    // Everything fits: one line each, no count.
    const QStringList all = firstErrorLines(errors, 0, 10);
    ASSERT_EQ(all.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(all[i], describe(errors[static_cast<std::size_t>(i)]));
        EXPECT_TRUE(all[i].contains(QStringLiteral("bad value %1").arg(i + 2)));
    }

    // Two listed; the three others and the ten the importer only counted are one number.
    const QStringList cut = firstErrorLines(errors, 10, 2);
    ASSERT_EQ(cut.size(), 3);
    EXPECT_EQ(cut[0], describe(errors[0]));
    EXPECT_EQ(cut[1], describe(errors[1]));
    EXPECT_TRUE(cut[2].contains(QStringLiteral("13"))) << cut[2].toStdString();
    EXPECT_FALSE(cut[2].contains(QStringLiteral("bad value")));

    // All listed, but the importer dropped some: the count still follows.
    const QStringList counted = firstErrorLines(errors, 4, 5);
    ASSERT_EQ(counted.size(), 6);
    EXPECT_TRUE(counted[5].contains(QStringLiteral("4"))) << counted[5].toStdString();

    EXPECT_TRUE(firstErrorLines({}, 0, 5).isEmpty());
}

TEST(ImportErrors, FailureTextNamesMemoryOnlyForBadAlloc)
{
    const QString otherwise = QStringLiteral("The figures could not be imported.");
    const QString memory = importFailureText(std::bad_alloc(), otherwise);
    EXPECT_NE(memory, otherwise);
    EXPECT_TRUE(memory.contains(QStringLiteral("memory"))) << memory.toStdString();
    EXPECT_EQ(importFailureText(std::runtime_error("disk"), otherwise), otherwise);
    EXPECT_EQ(importFailureText(std::length_error("long"), otherwise), otherwise);
}
