// SPDX-License-Identifier: GPL-3.0-or-later
// io::XlsxReader against hand-made workbooks (tests/data/prevalence/make_fixtures.py): every
// kind of cell, sheets by name, and damaged files that must give a clear file error.
#include "test_paths.h"

#include "io/xlsx_reader.h"
#include "io/zip_writer.h"

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

/// A workbook of one sheet whose XML is given (and shared strings when not empty).
QByteArray workbook(const QByteArray &sheetXml, const QByteArray &sharedXml = {})
{
    io::ZipWriter zip;
    zip.add(QStringLiteral("xl/workbook.xml"),
            QByteArrayLiteral("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                              "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                              "officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" "
                              "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
            QByteArrayLiteral("<Relationships><Relationship Id=\"rId1\" "
                              "Target=\"worksheets/data.xml\"/></Relationships>"));
    zip.add(QStringLiteral("xl/worksheets/data.xml"), sheetXml);
    if (!sharedXml.isEmpty())
        zip.add(QStringLiteral("xl/sharedStrings.xml"), sharedXml);
    return zip.finish();
}

/// A sheet of `rows` rows "n", "nama n", n/10.
QByteArray numberedSheet(int rows)
{
    QByteArray xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\"><sheetData>";
    for (int r = 1; r <= rows; ++r) {
        const QByteArray n = QByteArray::number(r);
        xml += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"B" + n
               + "\" t=\"inlineStr\"><is><t>nama " + n + "</t></is></c><c r=\"C" + n + "\"><v>"
               + QByteArray::number(r / 10.0) + "</v></c></row>";
    }
    return xml + "</sheetData></worksheet>";
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

TEST(XlsxReader, PrefixedElementsAreReadByTheirLocalNames)
{
    // Some generators write every element with a prefix (<x:c>); the reader goes by local
    // names, as it did with QXmlStreamReader.
    const QByteArray sheet = QByteArrayLiteral(
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
        "<x:c r=\"B1\" t=\"inlineStr\"><x:is><x:r><x:t>na</x:t></x:r><x:r><x:t>ma</x:t></x:r>"
        "</x:is></x:c></x:row><x:row r=\"2\"><x:c r=\"A2\"><x:v>1.5</x:v></x:c>"
        "<x:c r=\"B2\" t=\"s\"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>");
    const QByteArray shared = QByteArrayLiteral(
        "<x:sst xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<x:si><x:t>kode</x:t></x:si><x:si><x:r><x:t>Air </x:t></x:r><x:r><x:t>Putih</x:t>"
        "</x:r><x:rPh><x:t>phonetic</x:t></x:rPh></x:si></x:sst>");
    const io::CsvTable table = io::XlsxReader::parse(workbook(sheet, shared));
    ASSERT_TRUE(table.ok()) << table.fileError.toStdString();
    EXPECT_EQ(table.header.fields, fields({"kode", "nama"}));
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].fields, fields({"1.5", "Air Putih"}));
}

TEST(XlsxReader, RowsAreHandedOnOneByOneAndTheSinkCanStop)
{
    const QByteArray data = workbook(numberedSheet(5000));
    std::vector<int> lines;
    QString last;
    const QString error = io::XlsxReader::forEachRow(data, {}, [&](io::CsvRow &&row) {
        lines.push_back(row.line);
        last = row.fields.join(u'|');
        return true;
    });
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(lines.size(), 5000u);
    EXPECT_EQ(lines.front(), 1);
    EXPECT_EQ(lines.back(), 5000);
    EXPECT_EQ(last, QStringLiteral("5000|nama 5000|500"));

    // Stopped after three rows: no error, no more rows.
    int seen = 0;
    const QString stopped = io::XlsxReader::forEachRow(data, {},
                                                       [&](io::CsvRow &&) { return ++seen < 3; });
    EXPECT_TRUE(stopped.isEmpty()) << stopped.toStdString();
    EXPECT_EQ(seen, 3);
}

TEST(XlsxReader, ASheetBrokenAfterItsFirstRowsIsStillRefused)
{
    // Rows handed on before the damage is found are not a table: parse() gives no rows and
    // forEachRow's caller gets the error (and must drop what it took, as readEppgbmFile does).
    QByteArray sheet = numberedSheet(2000);
    sheet.replace("<row r=\"1500\">", "<row r=\"1500\"><c r=\"A1500\" t=\"s\"><v>x</v></c>");
    const io::CsvTable badIndex = io::XlsxReader::parse(workbook(sheet));
    EXPECT_FALSE(badIndex.fileError.isEmpty());
    EXPECT_TRUE(badIndex.rows.empty());

    QByteArray unclosed = numberedSheet(2000);
    unclosed.chop(40);
    int handed = 0;
    const QString error = io::XlsxReader::forEachRow(workbook(unclosed), {}, [&](io::CsvRow &&) {
        ++handed;
        return true;
    });
    EXPECT_FALSE(error.isEmpty());
    EXPECT_GT(handed, 1000);
    EXPECT_TRUE(io::XlsxReader::parse(workbook(unclosed)).rows.empty());
}

TEST(XlsxReader, APartLargerThanTheLimitOnceUnpackedIsRefused)
{
    // 2.5 MB of sheet that deflates to a few KB: refused by what it unpacks to.
    io::XlsxOptions options;
    options.maxBytes = 1024 * 1024;
    const QByteArray data = workbook(numberedSheet(30000));
    ASSERT_LT(data.size(), options.maxBytes);
    const io::CsvTable table = io::XlsxReader::parse(data, options);
    EXPECT_FALSE(table.fileError.isEmpty());
    EXPECT_TRUE(table.rows.empty());
}
