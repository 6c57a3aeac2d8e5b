// SPDX-License-Identifier: GPL-3.0-or-later
// The Desa Lokus page on a demo workspace, driven through its widgets: the list of the year
// with its decree (tables that keep their selection and sort across reloads); a year's list
// built from the proposal (top N, one village left out and one added by hand, each with its
// reason), saved, and printed to PDF off the GUI thread; the weights remembered; the
// comparison naming the source and period of its figures; the village profile opening on a
// locus village of the year; imports refused or cancelled without a trace; every model under
// QAbstractItemModelTester.
#include "locus_gui_fixture.h"

#include "gui/common/file_export.h"
#include "gui/locus/compare_tab.h"
#include "gui/locus/comparison_models.h"
#include "gui/locus/locus_list_model.h"
#include "gui/locus/locus_list_tab.h"
#include "gui/locus/proposal_model.h"
#include "gui/locus/proposal_tab.h"
#include "gui/locus/village_models.h"
#include "gui/locus/village_tab.h"
#include "usecases/locus/village_profile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

using namespace konvergensi;
using namespace konvergensi::gui;
using konvergensi::test::LocusGuiTest;

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

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

TEST_F(LocusGuiTest, OpensOnTheNewestListWithItsDecree)
{
    openPage();
    QAbstractItemModelTester tester(locus->listTab()->model(), kFatal);
    EXPECT_EQ(locus->year(), 2023);
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 24);
    EXPECT_TRUE(child<QLabel>("locusSummaryLabel")->text().contains(QStringLiteral("24 village")));
    const QString newest = child<QLabel>("decreeLabel")->text();
    EXPECT_TRUE(newest.contains(QStringLiteral("663/KPTS/IX/2022"))) << newest.toStdString();
    EXPECT_TRUE(newest.contains(QStringLiteral("1 document"))) << newest.toStdString();
    locus->setYear(2022);
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 23);
    EXPECT_TRUE(child<QLabel>("locusSummaryLabel")->text().contains(QStringLiteral("23 village")));
    locus->setYear(2021);
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 15);
    EXPECT_TRUE(child<QLabel>("locusSummaryLabel")->text().contains(QStringLiteral("4 kecamatan")));
    const QString decree = child<QLabel>("decreeLabel")->text();
    EXPECT_TRUE(decree.contains(QStringLiteral("150/KPTS/III/2021"))) << decree.toStdString();
    EXPECT_TRUE(decree.contains(QStringLiteral("1 document"))) << decree.toStdString();
    // A year without a list says what to do.
    locus->setYear(2024);
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 0);
    EXPECT_TRUE(child<QLabel>("locusSummaryLabel")->text().contains(QStringLiteral("Proposal")));
    EXPECT_FALSE(child<QPushButton>("locusEditEntryButton")->isEnabled());
}

TEST_F(LocusGuiTest, TheListKeepsItsSelectionAndSortAcrossReloads)
{
    openPage();
    QTableView *view = locus->listTab()->view();
    QAbstractItemModelTester tester(locus->listTab()->model(), kFatal);
    // Sorted by rank at first.
    for (int row = 0; row < view->model()->rowCount(); ++row)
        EXPECT_EQ(textAt(view, row, 0).toInt(), row + 1);
    view->sortByColumn(gui::locus::LocusListModel::VillageColumn, Qt::DescendingOrder);
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << textAt(view, row, gui::locus::LocusListModel::VillageColumn);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) > 0;
    });
    EXPECT_EQ(names, sorted);
    const QString key = keyAt(view, 5);
    ASSERT_TRUE(selectKey(view, key));

    // Another edit of the list (here: the row below moved up) reloads the page.
    session->notifyChanged(usecases::Topic::Locus);
    EXPECT_EQ(currentKey(view), key);
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(),
              gui::locus::LocusListModel::VillageColumn);
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(keyAt(view, 5), key);

    // Moving the selected village up changes its rank; it stays selected.
    const int rankBefore = view->currentIndex().siblingAtColumn(0).data().toInt();
    ASSERT_GT(rankBefore, 1);
    child<QPushButton>("locusUpButton")->click();
    EXPECT_EQ(currentKey(view), key);
    EXPECT_EQ(view->currentIndex().siblingAtColumn(0).data().toInt(), rankBefore - 1);
    storage::LocusRepository repository(session->database());
    for (const core::LocusVillage &v : repository.villages(2023)) {
        if (v.village.toString() == key.toStdString()) {
            EXPECT_EQ(v.rank, rankBefore - 1);
        }
    }
    // Long text is elided in the table and whole in the tooltip.
    const QModelIndex reason = view->currentIndex().siblingAtColumn(
        gui::locus::LocusListModel::ReasonColumn);
    EXPECT_EQ(reason.data(Qt::ToolTipRole).toString(), reason.data().toString());
    EXPECT_EQ(view->textElideMode(), Qt::ElideRight);
}

TEST_F(LocusGuiTest, BuildsAYearsListFromTheProposalAndPrintsIt)
{
    openPage();
    locus->setYear(2024);
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 0);
    showTab(1);
    child<QSpinBox>("proposalDataYearSpin")->setValue(2022);
    child<QSpinBox>("proposalTopNSpin")->setValue(10);
    QAbstractItemModelTester tester(locus->proposalTab()->model(), kFatal);
    QTableView *view = locus->proposalTab()->view();
    ASSERT_EQ(view->model()->rowCount(), 155);
    // Ranks run 1..155 and scores never go up.
    double last = 1000;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        EXPECT_EQ(textAt(view, row, 0).toInt(), row + 1);
        const double score = view->model()
                                 ->index(row, gui::locus::ProposalModel::ScoreColumn)
                                 .data(gui::locus::SortRole)
                                 .toDouble();
        EXPECT_LE(score, last + 1e-9);
        last = score;
    }
    // Every village's figures name their source and period.
    EXPECT_EQ(textAt(view, 0, gui::locus::ProposalModel::SourceColumn),
              QStringLiteral("e-PPGBM, August 2022"));
    // Moving all weight to the number of stunted children changes the order.
    auto topTen = [view] {
        QStringList names;
        for (int row = 0; row < 10; ++row)
            names << keyAt(view, row);
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
    const QString leftOut = keyAt(view, 1);
    const QString added = keyAt(view, 19);
    ASSERT_TRUE(selectKey(view, leftOut));
    child<QPushButton>("proposalRemoveButton")->click(); // no reason yet: refused
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Reason")));
    EXPECT_FALSE(locus->proposalTab()->hasUnsavedChanges());
    child<QLineEdit>("proposalReasonEdit")
        ->setText(QStringLiteral("Already covered by the province"));
    child<QPushButton>("proposalRemoveButton")->click();
    EXPECT_TRUE(child<QLineEdit>("proposalReasonEdit")->text().isEmpty());
    ASSERT_TRUE(selectKey(view, added));
    child<QLineEdit>("proposalReasonEdit")
        ->setText(QStringLiteral("Agreed at the rembuk stunting"));
    child<QPushButton>("proposalAddButton")->click();
    EXPECT_EQ(currentKey(view), added) << "the selection stays on the village chosen";
    EXPECT_TRUE(textAt(view, 19, gui::locus::ProposalModel::ChoiceColumn)
                    .contains(QStringLiteral("rembuk")));
    EXPECT_TRUE(textAt(view, 1, gui::locus::ProposalModel::ChoiceColumn)
                    .startsWith(QStringLiteral("left out")));
    EXPECT_TRUE(locus->proposalTab()->hasUnsavedChanges());
    EXPECT_TRUE(child<QLabel>("proposalLabel")->text().contains(QStringLiteral("1 added")));

    child<QPushButton>("proposalSaveButton")->click();
    EXPECT_FALSE(locus->proposalTab()->hasUnsavedChanges());
    EXPECT_EQ(locus->tabs()->currentIndex(), 0) << "the saved list is shown";
    storage::LocusRepository repo(session->database());
    const auto villages = repo.villages(2024);
    ASSERT_EQ(villages.size(), 10U);
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 10);
    EXPECT_EQ(locus->listTab()->model()->rowOf(leftOut), -1);
    const int addedRow = locus->listTab()->model()->rowOf(added);
    ASSERT_GE(addedRow, 0);
    EXPECT_EQ(locus->listTab()->model()->row(addedRow)->entry.reason,
              "Agreed at the rembuk stunting");
    EXPECT_EQ(villages.back().origin, core::LocusOrigin::Manual);
    EXPECT_TRUE(villages.front().reason.starts_with("Rank 1 of 155"));
    ASSERT_EQ(repo.exclusions(2024).size(), 1U);
    EXPECT_EQ(repo.exclusions(2024)[0].reason, "Already covered by the province");
    // Prevalence from the e-PPGBM data travelled with the list.
    EXPECT_TRUE(villages.front().evidence.prevalence().has_value());
    EXPECT_TRUE(villages.front().evidence.childrenMeasured.has_value());

    // The printed attachment, written off the GUI thread, announced in the status bar.
    core::LocusDecree decree;
    decree.year = 2024;
    decree.rowVersion = repo.decree(2024)->rowVersion;
    decree.number = "100/KPTS/II/2024";
    decree.signedBy = "Kasmarni";
    repo.saveDecree(decree);
    const QString pdf = dir.filePath(QStringLiteral("lampiran.pdf"));
    Dialogs::setNextFileName(pdf);
    child<QAction>("locusPdfAction")->trigger();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_TRUE(FileExport::lastAnnouncement().contains(QStringLiteral("lampiran.pdf")));
    if (qEnvironmentVariableIsSet("LOCUS_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("LOCUS_KEEP_PDF"));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("ATTACHMENT TO THE DECREE OF THE BUPATI BENGKALIS")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("100/KPTS/II/2024")));
    EXPECT_TRUE(text.contains(QStringLiteral("KASMARNI")));
    EXPECT_TRUE(text.contains(added));
    EXPECT_FALSE(text.contains(leftOut));
    for (const auto &v : villages)
        EXPECT_TRUE(text.contains(QString::fromStdString(v.village.toString())));
    EXPECT_TRUE(text.contains(QStringLiteral("Total 10")));

    // A second save asks before replacing: answering no keeps the list.
    showTab(1);
    Dialogs::setNextAnswer(false);
    child<QSpinBox>("proposalTopNSpin")->setValue(3);
    child<QPushButton>("proposalSaveButton")->click();
    EXPECT_EQ(repo.count(2024), 10U);
}

TEST_F(LocusGuiTest, TheWeightsAreRememberedAcrossRestarts)
{
    openPage();
    showTab(1);
    child<QDoubleSpinBox>("weightPrevalenceSpin")->setValue(10);
    child<QDoubleSpinBox>("weightStuntedSpin")->setValue(55);
    child<QDoubleSpinBox>("weightGapSpin")->setValue(0);
    child<QDoubleSpinBox>("weightPovertySpin")->setValue(35);
    child<QSpinBox>("proposalTopNSpin")->setValue(23);
    const core::LocusWeights set = locus->proposalTab()->proposal().weights();
    EXPECT_EQ(set, (core::LocusWeights{10, 55, 0, 35}));

    // The program starts again: a new page reads them back.
    page.reset();
    openPage();
    showTab(1);
    EXPECT_EQ(child<QDoubleSpinBox>("weightPrevalenceSpin")->value(), 10);
    EXPECT_EQ(child<QDoubleSpinBox>("weightStuntedSpin")->value(), 55);
    EXPECT_EQ(child<QDoubleSpinBox>("weightGapSpin")->value(), 0);
    EXPECT_EQ(child<QDoubleSpinBox>("weightPovertySpin")->value(), 35);
    EXPECT_EQ(child<QSpinBox>("proposalTopNSpin")->value(), 23);
    EXPECT_EQ(locus->proposalTab()->proposal().weights(), set);

    // All zero cannot rank: said, and not remembered (the last weights that could are).
    for (const char *name : {"weightPrevalenceSpin", "weightStuntedSpin", "weightPovertySpin"})
        child<QDoubleSpinBox>(name)->setValue(0);
    EXPECT_TRUE(child<QLabel>("proposalLabel")->text().contains(QStringLiteral("weight")));
    EXPECT_EQ(locus->proposalTab()->model()->rowCount(), 0);
    page.reset();
    openPage();
    showTab(1);
    EXPECT_EQ(locus->proposalTab()->proposal().weights(), (core::LocusWeights{0, 0, 0, 35}));
}

TEST_F(LocusGuiTest, ComparesYearsNamingTheSourceAndPeriodOfTheFigures)
{
    openPage();
    showTab(2);
    QAbstractItemModelTester tester(locus->compareTab()->model(), kFatal);
    QAbstractItemModelTester kecamatanTester(locus->compareTab()->kecamatanModel(), kFatal);
    auto *model = locus->compareTab()->model();
    int added = 0, kept = 0, removed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString word = model->index(row, 0).data().toString();
        added += word == QLatin1String("added");
        kept += word == QLatin1String("kept");
        removed += word == QLatin1String("removed");
    }
    EXPECT_EQ(kept + removed, 23);
    EXPECT_EQ(kept + added, 24);
    const QString movement = locus->compareTab()->movementLabel()->text();
    EXPECT_TRUE(movement.contains(QStringLiteral("(e-PPGBM, August 2022 → e-PPGBM, August 2023)")))
        << movement.toStdString();
    EXPECT_TRUE(movement.contains(QStringLiteral("rest of the district")))
        << movement.toStdString();
    // The total row of the per-kecamatan table, with the years as headers.
    auto *kecamatan = locus->compareTab()->kecamatanModel();
    const int total = kecamatan->rowCount() - 1;
    EXPECT_EQ(kecamatan->index(total, 0).data().toString(), QStringLiteral("Total"));
    EXPECT_EQ(kecamatan->index(total, 1).data().toInt(), 23);
    EXPECT_EQ(kecamatan->index(total, 2).data().toInt(), 24);
    EXPECT_EQ(kecamatan->headerData(1, Qt::Horizontal).toString(), QStringLiteral("2022"));
    EXPECT_EQ(kecamatan->headerData(2, Qt::Horizontal).toString(), QStringLiteral("2023"));

    // Comparing 2023 with itself: every village kept; the years' headers follow.
    child<QSpinBox>("compareFromSpin")->setValue(2023);
    EXPECT_EQ(kecamatan->headerData(1, Qt::Horizontal).toString(), QStringLiteral("2023"));
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->index(row, 0).data().toString(), QStringLiteral("kept"));
}

TEST_F(LocusGuiTest, TheVillageProfileOpensOnALocusVillageOfTheYear)
{
    openPage();
    showTab(3);
    QAbstractItemModelTester history(locus->villageTab()->historyModel(), kFatal);
    QAbstractItemModelTester cards(locus->villageTab()->scorecardModel(), kFatal);
    storage::LocusRepository repository(session->database());
    const QString first2023 = QString::fromStdString(
        repository.villages(2023).front().village.toString());
    const QString first2021 = QString::fromStdString(
        repository.villages(2021).front().village.toString());
    EXPECT_EQ(locus->villageTab()->village(), first2023);
    EXPECT_GE(locus->villageTab()->historyModel()->rowCount(), 1);
    // Another year: a locus village of that year.
    locus->setYear(2021);
    EXPECT_EQ(locus->villageTab()->village(), first2021);
    // Once the user chose a village, it stays when the year changes.
    locus->villageTab()->showVillage(QStringLiteral("14.03.11.2005"));
    locus->setYear(2022);
    EXPECT_EQ(locus->villageTab()->village(), QStringLiteral("14.03.11.2005"));
    // Titi Akar is on the three lists and has a KPM.
    EXPECT_EQ(locus->villageTab()->historyModel()->rowCount(), 3);
    EXPECT_FALSE(locus->villageTab()->kpmLabel()->text().isEmpty());
    EXPECT_FALSE(locus->villageTab()->kpmLabel()->text().contains(QStringLiteral("No KPM")));
    // A village that was never a locus village says so.
    const auto choices = usecases::locus::villageChoices(session->database());
    const auto never = std::find_if(choices.begin(), choices.end(), [&](const auto &c) {
        return repository.history(c.code).empty();
    });
    ASSERT_NE(never, choices.end());
    locus->villageTab()->showVillage(QString::fromStdString(never->code.toString()));
    EXPECT_EQ(locus->villageTab()->historyModel()->rowCount(), 0);
    bool said = false;
    for (const QGroupBox *box : locus->villageTab()->findChildren<QGroupBox *>())
        said = said || box->title().contains(QStringLiteral("never on a locus list"));
    EXPECT_TRUE(said);
}

TEST_F(LocusGuiTest, ABadImportChangesNothingAndSaysWhy)
{
    openPage();
    const QString bad = QStringLiteral(KONVERGENSI_TEST_DATA_DIR "/locus/bad_unknown_names.csv");
    Dialogs::setNextFileName(bad);
    child<QAction>("locusImportListAction")->trigger();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Kampung Baru")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Line 3")));
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 24);
}

TEST_F(LocusGuiTest, AGoodImportRunsOffTheGuiThreadAndAsksBeforeReplacing)
{
    openPage();
    const QString good = QStringLiteral(KONVERGENSI_TEST_DATA_DIR
                                        "/locus/good_semicolon_decimal_comma.csv");
    storage::LocusRepository repository(session->database());
    // 2023 has a list: answering no to the question keeps it.
    Dialogs::setNextFileName(good);
    Dialogs::setNextAnswer(false);
    child<QAction>("locusImportListAction")->trigger();
    EXPECT_EQ(repository.count(2023), 24U);
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 24);
    // 2024 has none: imported at once, and shown.
    locus->setYear(2024);
    Dialogs::setNextFileName(good);
    child<QAction>("locusImportListAction")->trigger();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("3 locus village(s) imported")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(repository.count(2024), 3U);
    EXPECT_EQ(locus->listTab()->model()->rowCount(), 3);
    EXPECT_EQ(locus->listTab()->model()->row(0)->villageName, QStringLiteral("Titi Akar"));
}

// Not a check: with KONVERGENSI_SCREENSHOT_DIR set, writes the main window on each tab of the
// page and each dialog of the module, in Indonesian, as PNGs to look at (docs/images).
TEST_F(LocusGuiTest, ScreenshotsInIndonesian)
{
    const QString out = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set KONVERGENSI_SCREENSHOT_DIR to write screenshots";
    QDir().mkpath(out);
    ASSERT_TRUE(LanguageSetup::install(QStringLiteral("id")));
    openWindow();
    const char *names[] = {"lokus-daftar", "lokus-usulan", "lokus-perbandingan", "lokus-desa"};
    for (int tab = 0; tab < locus->tabs()->count() && tab < 4; ++tab) {
        if (tab == 1)
            locus->setYear(2024);
        if (tab == 2)
            locus->setYear(2022);
        showTab(tab);
        QTest::qWait(300);
        EXPECT_TRUE(
            window->grab().save(out + QStringLiteral("/%1.png").arg(QLatin1String(names[tab]))));
    }
    auto shoot = [&](const char *buttonName, const char *file) {
        bool seen = false;
        test::whenModal([&](QWidget *modal) {
            seen = true;
            QTest::qWait(200);
            EXPECT_TRUE(
                modal->grab().save(out + QStringLiteral("/%1.png").arg(QLatin1String(file))));
            Dialogs::setNextAnswer(true);
            static_cast<QDialog *>(modal)->reject();
        });
        child<QPushButton>(buttonName)->click();
        EXPECT_TRUE(seen) << file;
    };
    showTab(0);
    QTableView *view = locus->listTab()->view();
    ASSERT_TRUE(selectKey(view, keyAt(view, 0)));
    shoot("locusEditEntryButton", "lokus-dialog-entri");
    shoot("decreeButton", "lokus-dialog-sk");
    showTab(3);
    shoot("kpmEditButton", "lokus-dialog-kpm");
    shoot("scorecardNewButton", "scorecard");
}
