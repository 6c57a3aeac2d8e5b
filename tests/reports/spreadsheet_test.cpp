// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX and CSV exports: real files, read back; user text never becomes a live formula.
#include "reports/report_document.h"
#include "reports/spreadsheet.h"

#include <unzip.h>

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi::reports;

namespace {

/// One member of a zip file, or empty when missing.
QByteArray zipMember(const QString &zipPath, const char *member)
{
    unzFile zip = unzOpen64(QFile::encodeName(zipPath).constData());
    if (!zip)
        return {};
    QByteArray out;
    if (unzLocateFile(zip, member, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[8192];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            out.append(buffer, read);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return out;
}

TEST(XlsxWriterTest, WritesARealWorkbookWithTextNumbersAndDates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapat.xlsx"));
    {
        XlsxWriter writer(path);
        writer.addSheet(QStringLiteral("Rapat TPPS"));
        writer.addNote(QStringLiteral("Register rapat TPPS"));
        writer.addHeader(
            {QStringLiteral("Tanggal"), QStringLiteral("Judul"), QStringLiteral("Hadir")});
        writer.addRow({QDate(2023, 12, 5), QStringLiteral("Rakornis TPPS"), 24});
        writer.addRow({QDate(2021, 6, 29), QStringLiteral("=HYPERLINK(\"http://x\")"), 12.5});
        writer.close();
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArrayLiteral("PK"));

    const QByteArray workbook = zipMember(path, "xl/workbook.xml");
    EXPECT_TRUE(workbook.contains("name=\"Rapat TPPS\""));
    const QByteArray sheet = zipMember(path, "xl/worksheets/sheet1.xml");
    ASSERT_FALSE(sheet.isEmpty());
    EXPECT_FALSE(sheet.contains("<f>")) << "a formula was written";
    EXPECT_TRUE(sheet.contains("<v>24</v>"));
    EXPECT_TRUE(sheet.contains("<v>12.5</v>"));
    EXPECT_TRUE(sheet.contains("autoFilter"));
    EXPECT_TRUE(sheet.contains("<pane")); // header frozen
    const QByteArray strings = zipMember(path, "xl/sharedStrings.xml");
    EXPECT_TRUE(strings.contains("=HYPERLINK(&quot;http://x&quot;)")
                || strings.contains("=HYPERLINK(\"http://x\")"))
        << strings.constData();
    EXPECT_TRUE(strings.contains("Rakornis TPPS"));
}

TEST(XlsxWriterTest, SheetNamesAreCleanedAndUnique)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheets.xlsx"));
    {
        XlsxWriter writer(path);
        writer.addSheet(QStringLiteral("Tindak lanjut: 2024/2025 [semua OPD dan kecamatan]"));
        writer.addSheet(QStringLiteral("Tindak lanjut: 2024/2025 [semua OPD dan kecamatan]"));
        writer.close();
    }
    const QByteArray workbook = zipMember(path, "xl/workbook.xml");
    EXPECT_TRUE(workbook.contains("Tindak lanjut- 2024-2025 -semua"));
    EXPECT_TRUE(workbook.contains("(2)"));
}

TEST(XlsxWriterTest, AnUnwritablePlaceIsAClearError)
{
    EXPECT_THROW(XlsxWriter(QStringLiteral("/no/such/folder/x.xlsx")), ReportError);
}

TEST(CsvWriterTest, BomQuotedFieldsAndNeutralisedFormulas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    writeCsv(path, {QStringLiteral("Nama"), QStringLiteral("Jumlah")},
             {{QStringLiteral("=1+1"), 3}, {QStringLiteral("Desa, Kota"), 2.5}},
             QStringLiteral("Berisi data pribadi"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], QStringLiteral("Berisi data pribadi"));
    EXPECT_EQ(lines[1], QStringLiteral("Nama,Jumlah"));
    EXPECT_EQ(lines[2], QStringLiteral("'=1+1,3"));
    EXPECT_EQ(lines[3], QStringLiteral("\"Desa, Kota\",2.5"));
}

} // namespace
