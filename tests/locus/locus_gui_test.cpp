// SPDX-License-Identifier: GPL-3.0-or-later
// The Desa Lokus page on a demo workspace: build a year's list from the proposal (top N,
// one village left out and one added by hand, each with its reason), save it, print it to PDF
// and read the PDF's text; the comparison and village profile; the models under
// QAbstractItemModelTester.
#include "../gui/gui_test_helpers.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/locus/locus_page.h"
#include "gui/workspace/workspace_session.h"

#include "core/clock.h"
#include "io/locus/demo_locus.h"
#include "io/prevalence/demo_prevalence.h"
#include "io/xlsx_reader.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/prevalence/prevalence_repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed";
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

int rowOf(QStandardItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

class LocusPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Dialogs::resetForTests();
        LanguageSetup::install(QStringLiteral("en"));
        session = std::make_unique<WorkspaceSession>(
            std::make_shared<core::FixedClock>(boost::gregorian::date(2023, 2, 10)));
        session->create(dir.filePath(QStringLiteral("demo.kvg")), io::WorkspaceTemplate::Demo);
        ASSERT_GT(storage::PrevalenceRepository(session->database()).count(), 0u);
        ASSERT_FALSE(storage::LocusRepository(session->database()).years().empty());
        page = std::make_unique<LocusPage>(*session, nullptr);
        page->resize(1200, 800);
    }

    void TearDown() override
    {
        page.reset();
        session.reset();
        Dialogs::resetForTests();
    }

    template<typename T>
    T *child(const char *name)
    {
        T *widget = page->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void select(QTableView *view, int row) { view->setCurrentIndex(view->model()->index(row, 0)); }

    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<LocusPage> page;
};

} // namespace

TEST_F(LocusPageTest, OpensOnTheNewestListWithItsDecree)
{
    EXPECT_EQ(page->year(), 2022);
    EXPECT_EQ(page->listModel()->rowCount(), 23);
    page->setYear(2021);
    EXPECT_EQ(page->listModel()->rowCount(), 15);
    EXPECT_EQ(child<QLineEdit>("decreeNumberEdit")->text(), QStringLiteral("150/KPTS/III/2021"));
    EXPECT_EQ(child<QListWidget>("decreeDocumentList")->count(), 1);
    EXPECT_TRUE(child<QLabel>("locusSummaryLabel")->text().contains(QStringLiteral("4 kecamatan")));
}

TEST_F(LocusPageTest, BuildsAYearsListFromTheProposalAndPrintsIt)
{
    page->setYear(2023);
    EXPECT_EQ(page->listModel()->rowCount(), 0);
    child<QSpinBox>("proposalDataYearSpin")->setValue(2022);
    child<QSpinBox>("proposalTopNSpin")->setValue(10);
    QStandardItemModel *proposal = page->proposalModel();
    QAbstractItemModelTester tester(proposal,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(proposal->rowCount(), 155);
    // Ranks run 1..155 and scores never go up.
    double last = 1000;
    for (int row = 0; row < proposal->rowCount(); ++row) {
        EXPECT_EQ(proposal->item(row, 0)->text().toInt(), row + 1);
        const double score = proposal->item(row, 3)->text().toDouble();
        EXPECT_LE(score, last + 1e-9);
        last = score;
    }
    // Moving all weight to the number of stunted children changes the order.
    auto topTen = [proposal] {
        QStringList names;
        for (int row = 0; row < 10; ++row)
            names << proposal->item(row, 1)->text();
        return names;
    };
    const QStringList firstByDefault = topTen();
    child<QDoubleSpinBox>("weightPrevalenceSpin")->setValue(0);
    child<QDoubleSpinBox>("weightGapSpin")->setValue(0);
    child<QDoubleSpinBox>("weightPovertySpin")->setValue(0);
    const QStringList firstByStunted = topTen();
    child<QDoubleSpinBox>("weightPrevalenceSpin")->setValue(40);
    child<QDoubleSpinBox>("weightGapSpin")->setValue(20);
    child<QDoubleSpinBox>("weightPovertySpin")->setValue(10);
    EXPECT_EQ(topTen(), firstByDefault);
    EXPECT_NE(firstByDefault, firstByStunted);

    // Leave out the second village (reason required), add the 20th by hand.
    const QString leftOut = proposal->item(1, 1)->text();
    const QString added = proposal->item(19, 1)->text();
    select(page->proposalView(), 1);
    child<QPushButton>("proposalRemoveButton")->click(); // no reason yet: refused
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Reason")));
    child<QLineEdit>("proposalReasonEdit")
        ->setText(QStringLiteral("Already covered by the province"));
    select(page->proposalView(), 1);
    child<QPushButton>("proposalRemoveButton")->click();
    select(page->proposalView(), 19);
    child<QLineEdit>("proposalReasonEdit")
        ->setText(QStringLiteral("Agreed at the rembuk stunting"));
    child<QPushButton>("proposalAddButton")->click();
    EXPECT_TRUE(proposal->item(19, 8)->text().contains(QStringLiteral("rembuk")));

    child<QPushButton>("proposalSaveButton")->click();
    storage::LocusRepository repo(session->database());
    const auto villages = repo.villages(2023);
    ASSERT_EQ(villages.size(), 10U);
    EXPECT_EQ(page->listModel()->rowCount(), 10);
    EXPECT_EQ(rowOf(page->listModel(), 2, leftOut), -1);
    const int addedRow = rowOf(page->listModel(), 2, added);
    ASSERT_GE(addedRow, 0);
    EXPECT_EQ(page->listModel()->item(addedRow, 10)->text(),
              QStringLiteral("Agreed at the rembuk stunting"));
    EXPECT_EQ(villages.back().origin, core::LocusOrigin::Manual);
    EXPECT_TRUE(villages.front().reason.starts_with("Rank 1 of 155"));
    ASSERT_EQ(repo.exclusions(2023).size(), 1U);
    EXPECT_EQ(repo.exclusions(2023)[0].reason, "Already covered by the province");
    // Prevalence from the e-PPGBM data travelled with the list.
    EXPECT_TRUE(villages.front().evidence.prevalence().has_value());
    EXPECT_TRUE(villages.front().evidence.childrenMeasured.has_value());

    // The decree, then the printed attachment.
    child<QLineEdit>("decreeNumberEdit")->setText(QStringLiteral("100/KPTS/II/2023"));
    child<QLineEdit>("decreeSignedByEdit")->setText(QStringLiteral("Kasmarni"));
    child<QPushButton>("decreeSaveButton")->click();
    EXPECT_EQ(repo.decree(2023)->number, "100/KPTS/II/2023");

    const QString pdf = dir.filePath(QStringLiteral("lampiran.pdf"));
    Dialogs::setNextFileName(pdf);
    child<QPushButton>("locusPdfButton")->click();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    if (qEnvironmentVariableIsSet("LOCUS_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("LOCUS_KEEP_PDF"));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("ATTACHMENT TO THE DECREE OF THE BUPATI BENGKALIS")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("100/KPTS/II/2023")));
    EXPECT_TRUE(text.contains(QStringLiteral("KASMARNI")));
    EXPECT_TRUE(text.contains(added));
    EXPECT_FALSE(
        text.contains(QString::fromStdString(repo.exclusions(2023)[0].village.toString())));
    for (const auto &v : villages)
        EXPECT_TRUE(text.contains(QString::fromStdString(v.village.toString())));
    EXPECT_TRUE(text.contains(QStringLiteral("Total 10")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of"))
                || text.contains(QStringLiteral("Halaman")));

    // A second save asks before replacing: answering no keeps the list.
    Dialogs::setNextAnswer(false);
    child<QSpinBox>("proposalTopNSpin")->setValue(3);
    child<QPushButton>("proposalSaveButton")->click();
    EXPECT_EQ(repo.count(2023), 10U);
}

TEST_F(LocusPageTest, ComparesYearsAndShowsAVillageProfile)
{
    child<QSpinBox>("compareFromSpin")->setValue(2021);
    child<QSpinBox>("compareToSpin")->setValue(2022);
    QAbstractItemModelTester tester(page->compareModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    int added = 0, kept = 0, removed = 0;
    for (int row = 0; row < page->compareModel()->rowCount(); ++row) {
        const QString word = page->compareModel()->item(row, 0)->text();
        added += word == QLatin1String("added");
        kept += word == QLatin1String("kept");
        removed += word == QLatin1String("removed");
    }
    EXPECT_EQ(kept + removed, 15);
    EXPECT_EQ(kept + added, 23);
    const QString movement = child<QLabel>("compareMovementLabel")->text();
    EXPECT_TRUE(movement.contains(QStringLiteral("rest of the district")))
        << movement.toStdString();
    // Total row of the per-kecamatan table.
    QStandardItemModel *kecamatan = page->kecamatanModel();
    EXPECT_EQ(kecamatan->item(kecamatan->rowCount() - 1, 1)->text(), QStringLiteral("15"));
    EXPECT_EQ(kecamatan->item(kecamatan->rowCount() - 1, 2)->text(), QStringLiteral("23"));

    // Titi Akar (14.03.11.2005) is on both lists and has a KPM and scorecards.
    auto *combo = child<QComboBox>("villageCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("14.03.11.2005")));
    EXPECT_EQ(child<QListWidget>("villageHistoryList")->count(), 2);
    EXPECT_FALSE(child<QLineEdit>("kpmNameEdit")->text().isEmpty());
    QAbstractItemModelTester cardTester(page->scorecardModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    if (child<QComboBox>("scorecardYearCombo")->count() > 0) {
        EXPECT_GT(page->scorecardModel()->rowCount(), 5);
        EXPECT_TRUE(child<QLabel>("scorecardLabel")->text().contains(QStringLiteral("Overall")));
    }
    // Saving the KPM with a bad phone number says so and keeps the held one.
    child<QLineEdit>("kpmPhoneEdit")->setText(QStringLiteral("call me"));
    child<QPushButton>("kpmSaveButton")->click();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("phone")));
}

TEST_F(LocusPageTest, EditsAnEntrysReasonAndNumbers)
{
    page->setYear(2022);
    ASSERT_EQ(page->listModel()->rowCount(), 23);
    select(page->listView(), 2);
    const QString code = page->listModel()->item(2, 3)->text();
    storage::LocusRepository repository(session->database());
    const auto entryOf = [&] {
        for (const core::LocusVillage &v : repository.villages(2022)) {
            if (v.village.toString() == code.toStdString())
                return v;
        }
        ADD_FAILURE() << "entry gone";
        return core::LocusVillage(*core::RegionCode::parse(code.toStdString()));
    };
    const core::LocusVillage before = entryOf();

    // Stunted above measured is refused inside the dialog; cancelling keeps the entry.
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        auto *measured = modal->findChild<QLineEdit *>(QStringLiteral("entryMeasuredEdit"));
        auto *stunted = modal->findChild<QLineEdit *>(QStringLiteral("entryStuntedEdit"));
        ASSERT_NE(measured, nullptr);
        ASSERT_NE(stunted, nullptr);
        EXPECT_EQ(measured->text(), page->listModel()->item(2, 5)->text()) << "the held number";
        measured->setText(QStringLiteral("50"));
        stunted->setText(QStringLiteral("60"));
        auto *buttons = modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        buttons->button(QDialogButtonBox::Ok)->click();
        EXPECT_TRUE(modal->isVisible()) << "a broken rule keeps the dialog open";
        EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("stunted")))
            << Dialogs::lastMessage().toStdString();
        buttons->button(QDialogButtonBox::Cancel)->click();
    });
    child<QPushButton>("locusEditEntryButton")->click();
    ASSERT_TRUE(sawDialog);
    EXPECT_EQ(entryOf().evidence, before.evidence);

    // New reason and counts; the prevalence left empty follows from the counts.
    sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        modal->findChild<QPlainTextEdit *>(QStringLiteral("entryReasonEdit"))
            ->setPlainText(QStringLiteral("Prevalensi tinggi dan sanitasi buruk (rembuk 2022)"));
        modal->findChild<QLineEdit *>(QStringLiteral("entryMeasuredEdit"))
            ->setText(QStringLiteral("1.250"));
        modal->findChild<QLineEdit *>(QStringLiteral("entryStuntedEdit"))
            ->setText(QStringLiteral("250"));
        modal->findChild<QLineEdit *>(QStringLiteral("entryPrevalenceEdit"))->clear();
        modal->findChild<QLineEdit *>(QStringLiteral("entryPovertyEdit"))
            ->setText(QStringLiteral("12,5"));
        EXPECT_TRUE(modal->findChild<QLabel *>(QStringLiteral("entryPrevalenceHint"))
                        ->text()
                        .contains(QStringLiteral("20.0")));
        modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    child<QPushButton>("locusEditEntryButton")->click();
    ASSERT_TRUE(sawDialog);
    const core::LocusVillage after = entryOf();
    EXPECT_EQ(after.reason, "Prevalensi tinggi dan sanitasi buruk (rembuk 2022)");
    EXPECT_EQ(after.evidence.childrenMeasured, 1250);
    EXPECT_EQ(after.evidence.stunted, 250);
    EXPECT_FALSE(after.evidence.prevalencePercent.has_value());
    EXPECT_DOUBLE_EQ(*after.evidence.povertyPercent, 12.5);
    EXPECT_EQ(after.rank, before.rank) << "the rank stays";
    EXPECT_EQ(after.origin, before.origin);
    // The table shows the saved entry.
    const int row = rowOf(page->listModel(), 3, code);
    ASSERT_GE(row, 0);
    EXPECT_EQ(page->listModel()->item(row, 7)->text(), QStringLiteral("20.0%"));
    EXPECT_EQ(page->listModel()->item(row, 10)->text(),
              QStringLiteral("Prevalensi tinggi dan sanitasi buruk (rembuk 2022)"));
}

TEST_F(LocusPageTest, KeepsAVillagesScorecardAndExportsTheSummary)
{
    page->setYear(2022);
    page->tabs()->setCurrentIndex(3);
    storage::ScorecardRepository cards(session->database());
    // A village of the 2022 list without a scorecard for 2022.
    QString code, name;
    for (int row = 0; row < page->listModel()->rowCount() && code.isEmpty(); ++row) {
        const QString candidate = page->listModel()->item(row, 3)->text();
        if (!cards.find(*core::RegionCode::parse(candidate.toStdString()), 2022)) {
            code = candidate;
            name = page->listModel()->item(row, 2)->text();
        }
    }
    ASSERT_FALSE(code.isEmpty());
    const auto village = *core::RegionCode::parse(code.toStdString());
    page->villageCombo()->setCurrentIndex(page->villageCombo()->findData(code));
    const int cardsBefore = page->scorecardYearCombo()->count();

    // A new scorecard starts from the standard indicators; a bad count is named, an
    // achievement above its target refused, and the dialog stays open for the fix.
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        auto *table = modal->findChild<QTableWidget *>(QStringLiteral("indicatorTable"));
        ASSERT_NE(table, nullptr);
        ASSERT_EQ(table->rowCount(), static_cast<int>(core::standardScorecardIndicators().size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            table->item(row, 2)->setText(QStringLiteral("40"));
            table->item(row, 3)->setText(QString::number(20 + row));
        }
        // 11 indicators: achieved 20..30 of 40 each = 275 of 440 = 62.5 %.
        auto *coverage = modal->findChild<QLabel *>(QStringLiteral("scorecardCoverageLabel"));
        EXPECT_TRUE(coverage->text().contains(QStringLiteral("Overall 62.5%")))
            << coverage->text().toStdString();
        modal->findChild<QLineEdit *>(QStringLiteral("apbdesEdit"))
            ->setText(QStringLiteral("Rp 125.000.000"));
        auto *buttons = modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        table->item(0, 3)->setText(QStringLiteral("dua puluh"));
        buttons->button(QDialogButtonBox::Ok)->click();
        EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("dua puluh")));
        table->item(0, 3)->setText(QStringLiteral("41"));
        buttons->button(QDialogButtonBox::Ok)->click();
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("target")))
            << Dialogs::lastMessage().toStdString();
        table->item(0, 3)->setText(QStringLiteral("20"));
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    child<QPushButton>("scorecardNewButton")->click();
    ASSERT_TRUE(sawDialog);
    auto saved = cards.find(village, 2022);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->indicators.size(), core::standardScorecardIndicators().size());
    EXPECT_EQ(saved->apbdesStunting, 125'000'000);
    EXPECT_EQ(page->scorecardYearCombo()->count(), cardsBefore + 1);
    EXPECT_EQ(page->scorecardYearCombo()->currentData().toInt(), 2022);
    EXPECT_EQ(page->scorecardModel()->rowCount(), static_cast<int>(saved->indicators.size()));
    EXPECT_TRUE(page->scorecardLabel()->text().contains(QStringLiteral("Overall 62.5%")))
        << page->scorecardLabel()->text().toStdString();
    EXPECT_TRUE(page->scorecardLabel()->text().contains(QStringLiteral("125,000,000")));

    // A second new one for the same year is refused and nothing changes.
    sawDialog = false;
    bool sawAgain = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        // The save is refused and the dialog comes back for another year or a cancel.
        test::whenModal([&](QWidget *again) {
            sawAgain = true;
            EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("already")))
                << Dialogs::lastMessage().toStdString();
            again->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Cancel)
                ->click();
        });
    });
    child<QPushButton>("scorecardNewButton")->click();
    ASSERT_TRUE(sawDialog);
    ASSERT_TRUE(sawAgain);
    EXPECT_EQ(cards.find(village, 2022)->rowVersion, saved->rowVersion);

    // Edit: drop the first indicator, raise the budget.
    sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        sawDialog = true;
        auto *table = modal->findChild<QTableWidget *>(QStringLiteral("indicatorTable"));
        table->setCurrentCell(0, 1);
        modal->findChild<QPushButton *>(QStringLiteral("removeIndicatorButton"))->click();
        modal->findChild<QLineEdit *>(QStringLiteral("apbdesEdit"))
            ->setText(QStringLiteral("150.000.000"));
        modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    child<QPushButton>("scorecardEditButton")->click();
    ASSERT_TRUE(sawDialog);
    saved = cards.find(village, 2022);
    EXPECT_EQ(saved->indicators.size(), core::standardScorecardIndicators().size() - 1);
    EXPECT_EQ(saved->indicators.front().name, core::standardScorecardIndicators()[1].name);
    EXPECT_EQ(saved->apbdesStunting, 150'000'000);

    // The summary of 2022 as XLSX, read back: the village's row holds its budget.
    // The summary of 2022 as XLSX and CSV, read back: the village's row holds the coverage
    // of the ten indicators left (achieved 21..30 of 40 each: 255 of 400 = 63.8 %) and the
    // budget.
    const QString xlsx = dir.filePath(QStringLiteral("scorecards-2022.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("scorecards-2022.csv"));
    Dialogs::setNextFileName(xlsx);
    child<QAction>("scorecardXlsxAction")->trigger();
    Dialogs::setNextFileName(csv);
    child<QAction>("scorecardCsvAction")->trigger();
    for (const QString &file : {xlsx, csv}) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        const io::CsvTable table = io::readTableFile(file);
        ASSERT_TRUE(table.fileError.isEmpty()) << table.fileError.toStdString();
        const int overall = static_cast<int>(
            table.header.fields.indexOf(QStringLiteral("Overall (%)")));
        const int budget = static_cast<int>(
            table.header.fields.indexOf(QStringLiteral("APBDes for stunting")));
        ASSERT_GE(overall, 0) << table.header.fields.join(QLatin1Char('|')).toStdString();
        ASSERT_GE(budget, 0);
        int found = 0;
        for (const io::CsvRow &row : table.rows) {
            if (row.fields.value(0) != code)
                continue;
            ++found;
            EXPECT_EQ(row.fields.value(1), name);
            EXPECT_EQ(row.fields.value(overall), QStringLiteral("63.8")) << file.toStdString();
            EXPECT_EQ(row.fields.value(budget), QStringLiteral("150000000")) << file.toStdString();
        }
        EXPECT_EQ(found, 1) << "one summary row per village: " << file.toStdString();
    }

    // Remove it after the question.
    Dialogs::setNextAnswer(true);
    child<QPushButton>("scorecardRemoveButton")->click();
    EXPECT_FALSE(cards.find(village, 2022).has_value());
    EXPECT_EQ(page->scorecardYearCombo()->count(), cardsBefore);
}

TEST_F(LocusPageTest, BadImportChangesNothingAndSaysWhy)
{
    page->setYear(2022);
    const QString bad = QStringLiteral(KONVERGENSI_TEST_DATA_DIR "/locus/bad_unknown_names.csv");
    Dialogs::setNextFileName(bad);
    child<QPushButton>("locusImportButton")->click();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Kampung Baru")));
    EXPECT_EQ(page->listModel()->rowCount(), 23);
}

// Not a check: with LOCUS_SCREENSHOT_DIR set (and, for Indonesian, LOCUS_QM naming a .qm with
// this feature's translations), saves a PNG of each tab for a person to look at.
TEST_F(LocusPageTest, Screenshots)
{
    const QString out = qEnvironmentVariable("LOCUS_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set LOCUS_SCREENSHOT_DIR to save screenshots";
    LanguageSetup::install(QStringLiteral("id"));
    QTranslator extra;
    if (extra.load(qEnvironmentVariable("LOCUS_QM")))
        QCoreApplication::installTranslator(&extra);
    page = std::make_unique<LocusPage>(*session, nullptr);
    page->resize(1280, 760);
    page->show();
    child<QSpinBox>("compareFromSpin")->setValue(2021);
    child<QSpinBox>("compareToSpin")->setValue(2022);
    auto *combo = child<QComboBox>("villageCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("14.03.11.2005")));
    select(page->proposalView(), 3);
    child<QLineEdit>("proposalReasonEdit")
        ->setText(QStringLiteral("Sudah mendapat program provinsi"));
    child<QPushButton>("proposalRemoveButton")->click();
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        page->grab().save(QStringLiteral("%1/locus-tab%2.png").arg(out).arg(tab));
    }
    const QString pdf = out + QStringLiteral("/locus-lampiran-2021.pdf");
    QFile::remove(pdf);
    page->setYear(2021);
    Dialogs::setNextFileName(pdf);
    child<QPushButton>("locusPdfButton")->click();
    Dialogs::setNextFileName(out + QStringLiteral("/locus-scorecards-2022.pdf"));
    page->setYear(2022);
    child<QAction>("scorecardPdfAction")->trigger();
    QCoreApplication::removeTranslator(&extra);
}
