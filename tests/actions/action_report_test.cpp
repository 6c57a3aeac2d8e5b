// SPDX-License-Identifier: GPL-3.0-or-later
// The action-progress report as a PDF (every action's name and its percentage in the text,
// A4 or F4 pages) and the XLSX checklist export. Needs fonts, hence a GUI test (offscreen).
#include "reports/actions/action_report.h"

#include "io/actions/demo_actions.h"
#include "io/workspace_setup.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "usecases/actions/action_checklist.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
using boost::gregorian::date;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The PDF's text with every run of white space made one space.
QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

/// "595.276 x 841.89" from pdfinfo's "Page size:" line.
std::pair<double, double> pageSizePoints(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const auto match =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)")).match(info);
    if (!match.hasMatch())
        return {0, 0};
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

int pageCount(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

class ActionReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = storage::Database::openSqlite(QStringLiteral(":memory:"), clock);
        io::populateDemo(*db);
        io::actions::addDemo(*db);
    }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(date(2021, 8, 2));
    std::unique_ptr<storage::Database> db;
    QTemporaryDir dir;
};

} // namespace

TEST_F(ActionReportTest, PdfHasEveryActionWithItsPercentageOnA4)
{
    const reports::ActionReportData data = usecases::actions::loadReport(*db, 2021);
    ASSERT_EQ(data.actions.size(), 8U);
    EXPECT_EQ(data.today, date(2021, 8, 2));
    const auto document = reports::buildActionReport(data, core::Language::English,
                                                     reports::Paper::A4);
    const QString path = dir.filePath(QStringLiteral("aksi-2021.pdf"));
    document.writePdf(path);
    if (const QString keep = qEnvironmentVariable("KONVERGENSI_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(path, keep);
    const QString text = pdfText(path);

    for (const auto &action : data.actions) {
        EXPECT_TRUE(text.contains(QString::fromStdString(action.name))) << action.name;
        EXPECT_TRUE(text.contains(
            QStringLiteral("Action %1 \u2013 %2")
                .arg(QString::fromStdString(action.key), QString::fromStdString(action.name))))
            << action.key;
    }
    // Aksi 1-4 complete, the rest without any output done with evidence; year 50 %.
    EXPECT_TRUE(text.contains(QStringLiteral("Progress of the year: 50%")));
    const std::vector<QString> expected = {
        QStringLiteral("100% (3 of 3"), QStringLiteral("100% (2 of 2"),
        QStringLiteral("100% (3 of 3"), QStringLiteral("100% (2 of 2"),
        QStringLiteral("0% (0 of 3"),   QStringLiteral("0% (0 of 2"),
        QStringLiteral("0% (0 of 2"),   QStringLiteral("0% (0 of 2")};
    for (std::size_t i = 0; i < data.actions.size(); ++i) {
        const QString title = QStringLiteral("Action %1 \u2013 %2")
                                  .arg(QString::fromStdString(data.actions[i].key),
                                       QString::fromStdString(data.actions[i].name));
        const qsizetype at = text.indexOf(title);
        ASSERT_GE(at, 0);
        EXPECT_TRUE(text.mid(at, 400).contains(QStringLiteral("Progress: ") + expected[i]))
            << text.mid(at, 400).toStdString();
    }
    // On 2 August 2021 Aksi 5 (due 30 June) is late; Aksi 6 (due 31 August) is not.
    EXPECT_TRUE(text.contains(QStringLiteral("Late: Action 5 (DPMD).")));
    EXPECT_TRUE(text.contains(QStringLiteral("evidence missing")));
    // Evidence file names, the letterhead's signatory and the printed date.
    // A file name wraps inside its narrow column (pdftotext then interleaves the columns).
    EXPECT_TRUE(text.contains(QStringLiteral("perbup-24-2021.")));
    EXPECT_TRUE(text.contains(QStringLiteral("No 24 Tahun 2021")));
    EXPECT_TRUE(text.contains(QStringLiteral("Rahmat Hidayat")));
    EXPECT_TRUE(text.contains(QStringLiteral("Bengkalis, 2 August 2021")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));

    const auto [width, height] = pageSizePoints(path);
    EXPECT_NEAR(width, 595.3, 1.0);
    EXPECT_NEAR(height, 841.9, 1.0);
    EXPECT_EQ(pageCount(path), document.pageCount());
}

TEST_F(ActionReportTest, IndonesianDatesAndF4Paper)
{
    const auto data = usecases::actions::loadReport(*db, 2023);
    const auto document = reports::buildActionReport(data, core::Language::Indonesian,
                                                     reports::Paper::F4);
    const QString path = dir.filePath(QStringLiteral("aksi-2023.pdf"));
    document.writePdf(path);
    const auto [width, height] = pageSizePoints(path);
    EXPECT_NEAR(width, 215.0 / 25.4 * 72.0, 1.0);
    EXPECT_NEAR(height, 330.0 / 25.4 * 72.0, 1.0);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Bengkalis, 2 Agustus 2021")));
    EXPECT_TRUE(text.contains(QStringLiteral("Halaman 1 dari")));
    for (const auto &action : data.actions)
        EXPECT_TRUE(text.contains(QString::fromStdString(action.name))) << action.name;
    EXPECT_TRUE(text.contains(QStringLiteral("Progress of the year: 100 %")));
    // Each action's section says 100 % right after its title (a section continued on the
    // next page repeats its title, so the title is looked up, not counted).
    for (const auto &action : data.actions) {
        const QString title = QStringLiteral("Action %1 \u2013 %2")
                                  .arg(QString::fromStdString(action.key),
                                       QString::fromStdString(action.name));
        const qsizetype at = text.indexOf(title);
        ASSERT_GE(at, 0) << action.name;
        EXPECT_TRUE(text.mid(at, 400).contains(QStringLiteral("Progress: 100 % (")))
            << text.mid(at, 400).toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Paparan pada penilaian kinerja oleh provinsi")));
}

TEST_F(ActionReportTest, A2025CatalogueIsReportedAsItIs)
{
    storage::ActionRepository(*db).startYear(2025);
    const auto data = usecases::actions::loadReport(*db, 2025);
    const auto document = reports::buildActionReport(data, core::Language::English);
    const QString html = document.html();
    EXPECT_TRUE(html.contains(QStringLiteral("Main action 4")));
    EXPECT_TRUE(html.contains(QStringLiteral("Supporting action 1")));
    EXPECT_FALSE(html.contains(QStringLiteral("Action 8")));
}

TEST_F(ActionReportTest, ChecklistXlsxIsWritten)
{
    const auto data = usecases::actions::loadReport(*db, 2021);
    const QString path = dir.filePath(QStringLiteral("aksi-2021.xlsx"));
    reports::exportActionChecklistXlsx(data, core::Language::English, path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == "PK") << "a zip container";
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path,
                                                          QStringLiteral("xl/sharedStrings.xml")});
    EXPECT_TRUE(listing.contains(QStringLiteral("Peraturan Bupati tentang peran desa")));
    EXPECT_TRUE(listing.contains(QStringLiteral("aksi4-perbup-24-2021.pdf")));
}
