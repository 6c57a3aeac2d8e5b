// SPDX-License-Identifier: GPL-3.0-or-later
// io::XlsxReader against hand-made workbooks (tests/data/prevalence/make_fixtures.py): every
// kind of cell, sheets by name, and damaged files that must give a clear file error.
#include "test_paths.h"

#include "io/xlsx_reader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
using konvergensi::test::dataFile;

namespace {

QString fixture(const char *name)
{
    return dataFile(QStringLiteral("prevalence/") + QLatin1String(name));
}

QStringList fields(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QString::fromUtf8(v);
    return out;
}

} // namespace

TEST(XlsxReader, ReadsEveryKindOfCell)
{
    const io::CsvTable table = io::XlsxReader::readFile(fixture("cells.xlsx"));
    ASSERT_TRUE(table.fileError.isEmpty()) << table.fileError.toStdString();
    EXPECT_EQ(table.header.line, 1);
    EXPECT_EQ(table.header.fields, fields({"kode", "nama", "nilai", "aktif"}));
    ASSERT_EQ(table.rows.size(), 4u);
    // Inline string, rich shared string (phonetic run skipped), float written back short,
    // boolean.
    EXPECT_EQ(table.rows[0].line, 2);
    EXPECT_EQ(table.rows[0].fields, fields({"14.03.01.2001", "Air Putih", "8.4", "TRUE"}));
    // Row 3 is missing from the sheet; row 4 has a formula's cached string and a gap.
    EXPECT_EQ(table.rows[1].line, 4);
    EXPECT_EQ(table.rows[1].fields, fields({"14.03.01.2002", " spasi ", "", "FALSE"}));
    EXPECT_EQ(table.rows[2].fields, fields({"1250", "Ketam & Putih", "-0.035", ""}));
    // A cell beyond the header's last column is reported like a CSV row with too many fields.
    EXPECT_EQ(table.rows[3].line, 6);
    ASSERT_EQ(table.rowErrors.size(), 1u);
    EXPECT_EQ(table.rowErrors[0].line, 6);
    EXPECT_FALSE(table.ok());
}

TEST(XlsxReader, NamedSheetAndSheetNames)
{
    QFile file(fixture("cells.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    EXPECT_EQ(io::XlsxReader::sheetNames(data), fields({"Data", "Lain"}));
    io::XlsxOptions options;
    options.sheet = QStringLiteral("lain");
    const io::CsvTable table = io::XlsxReader::parse(data, options);
    ASSERT_TRUE(table.ok()) << table.fileError.toStdString();
    EXPECT_EQ(table.header.fields, fields({"lain"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].fields, fields({"7"}));
    options.sheet = QStringLiteral("Tidak Ada");
    const io::CsvTable missing = io::XlsxReader::parse(data, options);
    EXPECT_TRUE(missing.fileError.contains(QStringLiteral("Tidak Ada")));
    EXPECT_TRUE(missing.rows.empty());
}

TEST(XlsxReader, DamagedFilesGiveAFileErrorNeverACrash)
{
    for (const char *name : {"not-a-zip.xlsx", "truncated.xlsx", "bad-shared-index.xlsx"}) {
        const io::CsvTable table = io::XlsxReader::readFile(fixture(name));
        EXPECT_FALSE(table.fileError.isEmpty()) << name;
        EXPECT_TRUE(table.rows.empty()) << name;
        EXPECT_TRUE(table.header.fields.isEmpty()) << name;
    }
    EXPECT_FALSE(io::XlsxReader::parse(QByteArray()).fileError.isEmpty());
    EXPECT_FALSE(io::XlsxReader::parse(QByteArrayLiteral("kode,nama\n1,2\n")).fileError.isEmpty());
    EXPECT_FALSE(io::XlsxReader::readFile(fixture("does-not-exist.xlsx")).fileError.isEmpty());
    // Every prefix of a good workbook: some error or some table, never a crash.
    QFile file(fixture("prevalence.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    for (qsizetype size = 0; size < data.size(); size += 37)
        (void)io::XlsxReader::parse(data.left(size));
    // Flipped bytes in the middle of the compressed data.
    QByteArray flipped = data;
    for (qsizetype i = 200; i < flipped.size() - 200; i += 97)
        flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
    (void)io::XlsxReader::parse(flipped);
}

TEST(XlsxReader, TooLargeIsRefused)
{
    io::XlsxOptions options;
    options.maxBytes = 100;
    const io::CsvTable table = io::XlsxReader::readFile(fixture("cells.xlsx"), options);
    EXPECT_FALSE(table.fileError.isEmpty());
}

TEST(XlsxReader, ReadTableFileChoosesByContent)
{
    const io::CsvTable xlsx = io::readTableFile(fixture("prevalence.xlsx"));
    ASSERT_TRUE(xlsx.ok()) << xlsx.fileError.toStdString();
    EXPECT_EQ(xlsx.header.fields.first(), QStringLiteral("kode_wilayah"));
    EXPECT_EQ(xlsx.rows.size(), 3u);
    // Shorter rows are padded to the header's width.
    EXPECT_EQ(xlsx.rows[1].fields.size(), xlsx.header.fields.size());

    QTemporaryDir dir;
    const QString renamed = dir.filePath(QStringLiteral("figures.dat"));
    ASSERT_TRUE(QFile::copy(fixture("prevalence.xlsx"), renamed));
    EXPECT_EQ(io::readTableFile(renamed).rows.size(), 3u) << "read by content, not by name";

    const io::CsvTable csv = io::readTableFile(fixture("good.csv"));
    ASSERT_TRUE(csv.ok()) << csv.fileError.toStdString();
    EXPECT_EQ(csv.delimiter, u';');
    EXPECT_EQ(csv.rows.size(), 4u);
}
