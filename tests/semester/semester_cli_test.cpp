// SPDX-License-Identifier: GPL-3.0-or-later
// `konvergensi-cli report semester`, run as a separate process on the demo workspace: the
// demo's semester II 2023 report as PDF, ODT and XLSX, with each part and the demo's facts;
// bad arguments; the workspace itself refused as an output.
#include "io/workspace_setup.h"
#include "io/xlsx_reader.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "cli_process.h"

using namespace konvergensi;
using konvergensi::test::CliLanguage;
using konvergensi::test::CliRun;

namespace {

/// One entry of a zip archive, as `unzip -p` gives it (empty when it is missing).
QByteArray unzipEntry(const QString &archive, const QString &entry)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    process.waitForFinished(30000);
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

class SemesterCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.kvg"));
        io::createWorkspace(path, io::WorkspaceTemplate::Demo);
    }

    /// A fresh user (Indonesian, the default); `--lang en` first when `english`.
    CliRun run(QStringList args, bool english = false) const
    {
        args = QStringList{QStringLiteral("--database"), path, QStringLiteral("report"),
                           QStringLiteral("semester")}
               + args;
        if (english)
            args = QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args;
        return test::runCli(QStringLiteral(KONVERGENSI_CLI_PATH), args,
                            test::cliEnvironment(dir.path(), CliLanguage::Default));
    }

    QTemporaryDir dir;
    QString path;
};

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_F(SemesterCliTest, DemoSemesterTwo2023AsPdfOdtAndXlsx)
{
    const QString pdf = dir.filePath(QStringLiteral("laporan-semester.pdf"));
    const QString odt = dir.filePath(QStringLiteral("laporan-semester.odt"));
    const QString xlsx = dir.filePath(QStringLiteral("lampiran.xlsx"));
    const CliRun result = run(
        {QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--semester"),
         QStringLiteral("2"), QStringLiteral("--pdf"), pdf, QStringLiteral("--odt"), odt,
         QStringLiteral("--xlsx"), xlsx, QStringLiteral("--paper"), QStringLiteral("f4")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out.trimmed().split(u'\n').size(), 3) << result.out.toStdString();

    // Indonesian by default: the parts and the demo's facts.
    const QString text = pdfText(pdf);
    for (const char *part :
         {"I. Kata Pengantar", "II. Ringkasan Eksekutif", "III. Prevalensi Stunting dan Target",
          "IV. Aksi Konvergensi Tahun 2023", "V. Desa Lokus Tahun 2023", "VI. Koordinasi",
          "VII. Audit Kasus Stunting", "VIII. Data Sasaran per Desa", "IX. Inovasi",
          "X. Kendala dan Rekomendasi", "XI. Penutup", "8,4 %", "Selasa, 5 Desember 2023",
          "Bathin Solapan (0)", "Mengetahui", "KASMARNI", "Halaman 1 dari",
          // Signed by the demo's Ketua TPPS on the report's own date, not today.
          "Bengkalis, 15 Januari 2024", "Ketua TPPS Kabupaten Bengkalis",
          "Drs. H. Zulkarnain Hamdani, M.Si.", "NIP. 19690412 199403 1 007",
          // The locus part: the demo's 2023 list and decree, the changes from 2022 with the
          // villages that came in and went out, the 2022 locus villages against the rest.
          "24 desa lokus, ditetapkan dengan SK Nomor 663/KPTS/IX/2022 tanggal 26 September 2022.",
          "Perubahan dari tahun 2022",
          "2022: 23 desa; 2023: 24 desa. 4 ditambahkan, 20 tetap, 3 "
          "dikeluarkan.",
          "ditambahkan Air Jamban Mandau", "dikeluarkan Suka Damai Rupat Utara",
          "Prevalensi stunting desa lokus 2022 (e-PPGBM, Agustus 2022 → e-PPGBM, Agustus 2023)",
          "di desa lain di kabupaten", "Desa lokus: "})
        EXPECT_TRUE(text.contains(QString::fromUtf8(part))) << part;

    const QByteArray content = unzipEntry(odt, QStringLiteral("content.xml"));
    ASSERT_FALSE(content.isEmpty());
    const QString xml = QString::fromUtf8(content);
    for (const char *fact :
         {"VI. Koordinasi", "Bathin Solapan (0)", "KASMARNI", "RAN-PASTI", "15 Januari 2024",
          "Drs. H. Zulkarnain Hamdani, M.Si.", "NIP. 19690412 199403 1 007"})
        EXPECT_TRUE(xml.contains(QString::fromUtf8(fact))) << fact;

    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    const QStringList sheets = io::XlsxReader::sheetNames(book.readAll());
    EXPECT_TRUE(sheets.contains(QStringLiteral("RAN-PASTI"))) << sheets.join(u',').toStdString();
    EXPECT_TRUE(sheets.contains(QStringLiteral("Perubahan lokus")))
        << sheets.join(u',').toStdString();
    EXPECT_GE(sheets.size(), 10);
}

TEST_F(SemesterCliTest, EnglishWithLang)
{
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun result = run({QStringLiteral("--year"), QStringLiteral("2023"),
                               QStringLiteral("--semester"), QStringLiteral("2"),
                               QStringLiteral("--pdf"), pdf},
                              true);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("VI. Coordination")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tuesday, 5 December 2023")));
}

TEST_F(SemesterCliTest, DateChoosesTheSigningDayOfThisRun)
{
    const QString pdf = dir.filePath(QStringLiteral("bertanggal.pdf"));
    const QString odt = dir.filePath(QStringLiteral("bertanggal.odt"));
    const CliRun result = run({QStringLiteral("--year"), QStringLiteral("2023"),
                               QStringLiteral("--semester"), QStringLiteral("2"),
                               QStringLiteral("--pdf"), pdf, QStringLiteral("--odt"), odt,
                               QStringLiteral("--date"), QStringLiteral("2024-02-01")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Bengkalis, 1 Februari 2024"))) << "--date wins";
    EXPECT_FALSE(text.contains(QStringLiteral("15 Januari 2024")));
    EXPECT_TRUE(QString::fromUtf8(unzipEntry(odt, QStringLiteral("content.xml")))
                    .contains(QStringLiteral("1 Februari 2024")));

    // Not a date, or a day before the semester begins: refused, nothing written.
    const QString other = dir.filePath(QStringLiteral("tidak.pdf"));
    for (const char *bad : {"2024-02-30", "1/2/2024", "2023-06-30"}) {
        const CliRun refused = run({QStringLiteral("--year"), QStringLiteral("2023"),
                                    QStringLiteral("--semester"), QStringLiteral("2"),
                                    QStringLiteral("--pdf"), other, QStringLiteral("--date"),
                                    QString::fromUtf8(bad)});
        EXPECT_EQ(refused.exitCode, 2) << bad;
        EXPECT_TRUE(refused.err.contains(QString::fromUtf8(bad))) << refused.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(other));
}

TEST_F(SemesterCliTest, BadArgumentsAndTheWorkspaceItselfAreRefused)
{
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    EXPECT_EQ(run({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--pdf"), pdf})
                  .exitCode,
              2)
        << "no semester";
    EXPECT_EQ(run({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--semester"),
                   QStringLiteral("3"), QStringLiteral("--pdf"), pdf})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--semester"),
                   QStringLiteral("2")})
                  .exitCode,
              2)
        << "no --pdf";
    EXPECT_EQ(run({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--semester"),
                   QStringLiteral("2"), QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
                   QStringLiteral("letter")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--semester"),
                   QStringLiteral("2"), QStringLiteral("--pdf"), pdf, QStringLiteral("--odt"), pdf})
                  .exitCode,
              2)
        << "one file named twice";
    EXPECT_FALSE(QFile::exists(pdf));

    // The workspace as the ODT: refused before anything is written; the workspace unchanged.
    QFile workspace(path);
    ASSERT_TRUE(workspace.open(QIODevice::ReadOnly));
    const QByteArray before = workspace.readAll();
    workspace.close();
    const CliRun refused = run({QStringLiteral("--year"), QStringLiteral("2023"),
                                QStringLiteral("--semester"), QStringLiteral("2"),
                                QStringLiteral("--pdf"), pdf, QStringLiteral("--odt"), path});
    EXPECT_EQ(refused.exitCode, 1) << refused.out.toStdString();
    EXPECT_FALSE(QFile::exists(pdf)) << "nothing written when one target is refused";
    ASSERT_TRUE(workspace.open(QIODevice::ReadOnly));
    EXPECT_EQ(workspace.readAll(), before);
}
