// SPDX-License-Identifier: GPL-3.0-or-later
// Renders official documents to PDF and reads them back with poppler (pdfinfo, pdftotext).
#include "reports/report_document.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::reports;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return run(QStringLiteral(PDFTOTEXT), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

QString pdfInfo(const QString &path)
{
    return run(QStringLiteral(PDFINFO), {path});
}

core::Letterhead bengkalis()
{
    core::Letterhead letterhead;
    letterhead.districtName = "Kabupaten Bengkalis";
    letterhead.government = "Pemerintah Kabupaten Bengkalis";
    letterhead.agency = "Badan Perencanaan Pembangunan Daerah";
    letterhead.address = "Jalan Ahmad Yani, Bengkalis, Riau";
    return letterhead;
}

std::vector<QStringList> rows(int count)
{
    std::vector<QStringList> out;
    for (int i = 1; i <= count; ++i)
        out.push_back({QString::number(i), QStringLiteral("Desa nomor %1\nbaris kedua %1").arg(i),
                       QStringLiteral("%1,%2 %").arg(i % 30).arg(i % 10)});
    return out;
}

class ReportDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // KONVERGENSI_KEEP_TEST_OUTPUT=1 keeps the PDFs for a look with pdftoppm.
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("KONVERGENSI_KEEP_TEST_OUTPUT"));
    }

    QTemporaryDir dir;
    QString pdf(const QString &name) const { return dir.filePath(name); }
};

TEST_F(ReportDocumentTest, A4PdfCarriesLetterheadTitleBodyAndSignature)
{
    ReportDocument report(bengkalis(), core::Language::Indonesian);
    report.setTitle(QStringLiteral("Laporan Kemajuan Aksi Konvergensi"),
                    QStringLiteral("Tahun 2023"));
    report.setBodyHtml(html::heading(QStringLiteral("Ringkasan"))
                       + html::paragraph(QStringLiteral("Prevalensi stunting 8,4 % <bukan HTML>")));
    report.setSignature({QStringLiteral("Bengkalis"), QStringLiteral("5 Desember 2023"),
                         QStringLiteral("Kepala Bappeda Kabupaten Bengkalis"),
                         QStringLiteral("Nama Pejabat"), QStringLiteral("19700101 199503 1 002")});
    const QString path = pdf(QStringLiteral("a4.pdf"));
    report.writePdf(path);

    const QString info = pdfInfo(path);
    EXPECT_TRUE(info.contains(QStringLiteral("595 x 842 pts (A4)"))) << info.toStdString();
    const QString text = pdfText(path);
    for (const QString &expected :
         {QStringLiteral("PEMERINTAH KABUPATEN BENGKALIS"),
          QStringLiteral("BADAN PERENCANAAN PEMBANGUNAN DAERAH"),
          QStringLiteral("Laporan Kemajuan Aksi Konvergensi"), QStringLiteral("Tahun 2023"),
          QStringLiteral("8,4 % <bukan HTML>"), QStringLiteral("Bengkalis, 5 Desember 2023"),
          QStringLiteral("NIP. 19700101 199503 1 002"), QStringLiteral("Halaman 1 dari 1")}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
    }
}

TEST_F(ReportDocumentTest, F4PaperIsFolioSize)
{
    ReportDocument report(bengkalis(), core::Language::Indonesian);
    report.setPaper(Paper::F4);
    report.setTitle(QStringLiteral("Lampiran"));
    const QString path = pdf(QStringLiteral("f4.pdf"));
    report.writePdf(path);
    // 215 x 330 mm = 609.45 x 935.43 points.
    const QString info = pdfInfo(path);
    EXPECT_TRUE(info.contains(QStringLiteral("609 x 935 pts"))) << info.toStdString();
}

TEST_F(ReportDocumentTest, LongTablesRunOverPagesWithTheHeaderRepeatedAndNumberedPages)
{
    ReportDocument report(bengkalis(), core::Language::Indonesian);
    report.setTitle(QStringLiteral("Daftar Desa"));
    report.setSignature({QStringLiteral("Bengkalis"),
                         QStringLiteral("5 Desember 2023"),
                         QStringLiteral("Kepala Bappeda"),
                         QStringLiteral("Nama Pejabat"),
                         {}});
    report.setBodyHtml(
        html::table({QStringLiteral("No"), QStringLiteral("Desa"), QStringLiteral("Prevalensi")},
                    rows(160), {0, 2}, {8, 62, 30}));
    const QString path = pdf(QStringLiteral("long.pdf"));
    report.writePdf(path);
    const int pages = report.pageCount();
    EXPECT_GE(pages, 3);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Halaman %1 dari %1").arg(pages)))
        << text.toStdString();
    // The header row is on every page that holds rows of the table: pdftotext separates
    // pages with a form feed. The signature may stand alone on the last page.
    const auto pageTexts = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    int withRows = 0;
    for (const QString &page : pageTexts) {
        if (!page.contains(QStringLiteral("Desa nomor")))
            continue;
        ++withRows;
        EXPECT_TRUE(page.contains(QStringLiteral("Prevalensi"))) << page.toStdString();
    }
    EXPECT_GE(withRows, 3);
    // No row is split: both lines of every row stand on the same page.
    const QRegularExpression first(QStringLiteral("Desa nomor (\\d+)"));
    for (const QString &page : pageTexts) {
        for (auto match = first.globalMatch(page); match.hasNext();) {
            const QString number = match.next().captured(1);
            EXPECT_TRUE(page.contains(QStringLiteral("baris kedua ") + number + u'\n')
                        || page.contains(QStringLiteral("baris kedua ") + number + u' '))
                << "row " << number.toStdString() << " is split across pages";
        }
    }
    // Every row is there, once.
    EXPECT_EQ(text.count(QStringLiteral("Desa nomor 160")), 1);
    EXPECT_EQ(text.count(QRegularExpression(QStringLiteral("Desa nomor 1\\b"))), 1);
}

TEST_F(ReportDocumentTest, AHeadingIsNeverLeftAloneAtTheFootOfAPage)
{
    // Push the heading further down the page each time: at some point it meets the page
    // foot. It must then move to the next page with its table.
    for (int paragraphs = 40; paragraphs <= 64; paragraphs += 2) {
        QString body;
        for (int i = 0; i < paragraphs; ++i)
            body += html::paragraph(QStringLiteral("Paragraf pengisi %1").arg(i));
        body += html::heading(QStringLiteral("Judul Tabel Kehadiran"));
        body += html::table({QStringLiteral("KolomA"), QStringLiteral("KolomB")},
                            {{QStringLiteral("a1"), QStringLiteral("b1")},
                             {QStringLiteral("a2"), QStringLiteral("b2")}});
        ReportDocument report(bengkalis(), core::Language::Indonesian);
        report.setBodyHtml(body);
        const QString path = pdf(QStringLiteral("heading-%1.pdf").arg(paragraphs));
        report.writePdf(path);
        const auto pages = pdfText(path).split(QChar(u'\f'), Qt::SkipEmptyParts);
        for (const QString &page : pages) {
            if (page.contains(QStringLiteral("Judul Tabel Kehadiran"))) {
                EXPECT_TRUE(page.contains(QStringLiteral("KolomA"))
                            && page.contains(QStringLiteral("a1")))
                    << "heading alone with " << paragraphs << " paragraphs";
            }
        }
    }
}

TEST_F(ReportDocumentTest, TheSignatureBlockIsNeverSplit)
{
    for (int paragraphs = 40; paragraphs <= 70; paragraphs += 2) {
        QString body;
        for (int i = 0; i < paragraphs; ++i)
            body += html::paragraph(QStringLiteral("Paragraf pengisi %1").arg(i));
        ReportDocument report(bengkalis(), core::Language::Indonesian);
        report.setBodyHtml(body);
        report.setSignature({QStringLiteral("Bengkalis"),
                             QStringLiteral("29 Juni 2021"),
                             QStringLiteral("Kepala Bappeda\nselaku Sekretaris TPPS"),
                             QStringLiteral("Nama Penanda Tangan"),
                             {}});
        const QString path = pdf(QStringLiteral("signature-%1.pdf").arg(paragraphs));
        report.writePdf(path);
        const auto pages = pdfText(path).split(QChar(u'\f'), Qt::SkipEmptyParts);
        for (const QString &page : pages) {
            if (page.contains(QStringLiteral("Nama Penanda Tangan"))) {
                EXPECT_TRUE(page.contains(QStringLiteral("selaku Sekretaris TPPS"))
                            && page.contains(QStringLiteral("29 Juni 2021")))
                    << "signature split with " << paragraphs << " paragraphs";
            }
        }
    }
}

TEST_F(ReportDocumentTest, EnglishPageNumbersAndEscapedCells)
{
    ReportDocument report(bengkalis(), core::Language::English);
    report.setBodyHtml(html::table({QStringLiteral("Name")}, {{QStringLiteral("<b>x</b> & y")}}));
    const QString path = pdf(QStringLiteral("en.pdf"));
    report.writePdf(path);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
    EXPECT_TRUE(text.contains(QStringLiteral("<b>x</b> & y")));
}

TEST_F(ReportDocumentTest, AMissingFolderIsAClearError)
{
    ReportDocument report(bengkalis(), core::Language::Indonesian);
    try {
        report.writePdf(dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
        FAIL() << "no error";
    } catch (const ReportError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("folder")));
    }
}

TEST(PaperTest, NamesFromTheCommandLine)
{
    EXPECT_EQ(paperFromString(QStringLiteral("a4")), Paper::A4);
    EXPECT_EQ(paperFromString(QStringLiteral(" F4 ")), Paper::F4);
    EXPECT_EQ(paperFromString(QStringLiteral("folio")), Paper::F4);
    EXPECT_FALSE(paperFromString(QStringLiteral("letter")).has_value());
}

} // namespace
