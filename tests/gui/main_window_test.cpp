// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window headless: start-up with the demo, every module, the region
// tree filter, region import through the real dialog, the OPD directory, settings, the
// language switch and the File menu. Runs on a 1366×768 screen: the region import, OPD and
// person dialogs are checked to fit it (issue #15).
#include "dialog_fit.h"
#include "gui_test_helpers.h"
#include "test_paths.h"

#include "core/followups/follow_up.h"
#include "gui/app_settings.h"
#include "gui/application.h"
#include "gui/common/dialogs.h"
#include "gui/common/save_dialog.h"
#include "gui/directory/directory_models.h"
#include "gui/directory/directory_page.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/measurements/measurement_models.h"
#include "gui/measurements/measurements_page.h"
#include "gui/prevalence/dashboard_page.h"
#include "gui/prevalence/puskesmas_table_panel.h"
#include "gui/prevalence/village_table_panel.h"
#include "gui/regions/region_import_dialog.h"
#include "gui/regions/region_problem_model.h"
#include "gui/regions/region_tree_model.h"
#include "gui/regions/regions_page.h"
#include "gui/settings/settings_page.h"
#include "gui/workspace/workspace_menu.h"
#include "gui/workspace/workspace_session.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/workspace_repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        app = std::make_unique<Application>(clock);
        app->start({}, dir.filePath(QStringLiteral("konvergensi.kvg")));
        ASSERT_NE(app->window(), nullptr);
        ASSERT_TRUE(app->session().isOpen()) << app->startupError().toStdString();
    }

    void TearDown() override
    {
        app.reset();
        LanguageSetup::install(QStringLiteral("en"));
    }

    MainWindow &window() { return *app->window(); }
    RegionsPage &regions() { return *window().regionsPage(); }

    /// Every region code shown by the tree's proxy, depth first.
    QStringList visibleCodes() const
    {
        QStringList codes;
        auto *proxy = app->window()->regionsPage()->proxyModel();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < proxy->rowCount(parent); ++row) {
                const QModelIndex index = proxy->index(row, 0, parent);
                codes << index.data(RegionTreeModel::CodeRole).toString();
                walk(index);
            }
        };
        walk({});
        return codes;
    }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 3, 12));
    QTemporaryDir dir;
    std::unique_ptr<Application> app;
};

TEST_F(MainWindowTest, FirstStartOpensTheDemoDistrictInIndonesian)
{
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("konvergensi.kvg"))));
    EXPECT_TRUE(app->session().isDemo());
    EXPECT_EQ(LanguageSetup::currentCode(), QStringLiteral("id"));
    EXPECT_TRUE(window().windowTitle().contains(QStringLiteral("Kabupaten Bengkalis")));
    EXPECT_TRUE(window().windowTitle().contains(QStringLiteral("konvergensi.kvg")));
    const QString status = window().workspaceStatusLabel()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("Kabupaten Bengkalis"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("konvergensi.kvg"))) << status.toStdString();

    QStringList labels;
    for (int row = 0; row < window().navigation()->count(); ++row)
        labels << window().navigation()->item(row)->text();
    EXPECT_EQ(labels, (QStringList{QStringLiteral("Dasbor"), QStringLiteral("Pengukuran Balita"),
                                   QStringLiteral("Rapat TPPS"), QStringLiteral("Desa Lokus"),
                                   QStringLiteral("8 Aksi Konvergensi"),
                                   QStringLiteral("Audit Kasus Stunting"),
                                   QStringLiteral("Laporan Semester"), QStringLiteral("Wilayah"),
                                   QStringLiteral("Pengaturan")}));
}

TEST_F(MainWindowTest, EveryModuleCanBeVisited)
{
    for (const QString &key : MainWindow::moduleKeys()) {
        ASSERT_TRUE(window().showModule(key)) << key.toStdString();
        QWidget *page = window().pages()->currentWidget();
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(page->property("moduleKey").toString(), key);
        EXPECT_EQ(window().currentModule(), key);
        auto *notAvailable = page->findChild<QLabel *>(QStringLiteral("notAvailableLabel"));
        // Every module has its page now; none shows the "not available" placeholder.
        const bool placeholder = false;
        EXPECT_EQ(notAvailable != nullptr, placeholder) << key.toStdString();
        if (notAvailable) {
            EXPECT_TRUE(notAvailable->text().contains(QStringLiteral("belum tersedia")));
        }
    }
    EXPECT_FALSE(window().showModule(QStringLiteral("nothing")));
    // Clicking the sidebar switches the page too.
    window().navigation()->setCurrentRow(7);
    EXPECT_EQ(window().pages()->currentWidget(), window().regionsPage());
}

// Issue 14: the dashboard's e-PPGBM figures of a weighing round go down to the posyandu and
// to the puskesmas each child was measured at, in Child Measurements (the demo's August 2024
// round of invented children); a period without children offers nothing.
TEST_F(MainWindowTest, TheDashboardGoesDownToThePosyanduOfAWeighingRound)
{
    namespace cm = core::measurements;
    ASSERT_TRUE(window().showModule(QStringLiteral("dashboard")));
    auto *dashboard = qobject_cast<DashboardPage *>(
        window().modulePage(QStringLiteral("dashboard")));
    ASSERT_NE(dashboard, nullptr);
    QComboBox *source = dashboard->sourceCombo();
    const int eppgbm = source->findData(static_cast<int>(core::PrevalenceSource::Eppgbm));
    ASSERT_GE(eppgbm, 0);
    source->setCurrentIndex(eppgbm);
    QComboBox *period = dashboard->periodCombo();
    const auto key = [](int year, core::PrevalenceRound round) {
        return year * 10 + static_cast<int>(round);
    };
    // A period of typed figures only: no weighing round, no way down.
    const int typed = period->findData(key(2023, core::PrevalenceRound::August));
    ASSERT_GE(typed, 0);
    period->setCurrentIndex(typed);
    EXPECT_TRUE(dashboard->childRound().isEmpty());
    EXPECT_FALSE(dashboard->villagePanel()->posyanduButton()->isVisibleTo(dashboard));
    EXPECT_FALSE(dashboard->puskesmasPanel()->childrenButton()->isVisibleTo(dashboard));

    const int august = period->findData(key(2024, core::PrevalenceRound::August));
    ASSERT_GE(august, 0);
    period->setCurrentIndex(august);
    EXPECT_EQ(dashboard->childRound(), QStringLiteral("2024-08"));
    QPushButton *posyandu = dashboard->villagePanel()->posyanduButton();
    EXPECT_TRUE(posyandu->isVisibleTo(dashboard));
    QTableView *villages = dashboard->villagePanel()->table();
    ASSERT_GT(villages->model()->rowCount(), 0);
    villages->setCurrentIndex(villages->model()->index(0, 0));
    const QString desa = dashboard->villagePanel()->currentVillage();
    ASSERT_FALSE(desa.isEmpty());
    dashboard->indicatorCombo()->setCurrentIndex(dashboard->indicatorCombo()->findData(
        static_cast<int>(core::PrevalenceIndicator::Wasting)));
    ASSERT_TRUE(dashboard->villagePanel()->selectVillage(desa));
    posyandu->click();

    EXPECT_EQ(window().currentModule(), QStringLiteral("measurements"));
    auto *children = qobject_cast<measurements::MeasurementsPage *>(
        window().modulePage(QStringLiteral("measurements")));
    ASSERT_NE(children, nullptr);
    EXPECT_EQ(children->currentRound(), QStringLiteral("2024-08"));
    const auto areas = children->areaModel()->areas();
    ASSERT_FALSE(areas.empty());
    for (const cm::AreaSummary &area : areas) {
        EXPECT_EQ(area.level, cm::AreaLevel::Posyandu);
        EXPECT_EQ(QString::fromStdString(area.code), desa);
    }
    EXPECT_EQ(children->findChild<QComboBox *>(QStringLiteral("statusComboBox"))->currentData(),
              static_cast<int>(cm::Status::Wasted))
        << "the dashboard's indicator is the status counted";

    // Per puskesmas as e-PPGBM recorded each child's: one per kecamatan in the samples.
    ASSERT_TRUE(window().showModule(QStringLiteral("dashboard")));
    dashboard->figureTabs()->setCurrentWidget(dashboard->puskesmasPanel());
    QPushButton *perPuskesmas = dashboard->puskesmasPanel()->childrenButton();
    EXPECT_TRUE(perPuskesmas->isVisibleTo(dashboard));
    perPuskesmas->click();
    EXPECT_EQ(window().currentModule(), QStringLiteral("measurements"));
    ASSERT_EQ(children->areaModel()->rowCount(), 11);
    for (const cm::AreaSummary &area : children->areaModel()->areas())
        EXPECT_EQ(area.level, cm::AreaLevel::Puskesmas);

    // A place that is not there shows the page and says no.
    EXPECT_FALSE(window().showModuleAt(QStringLiteral("measurements"), QStringLiteral("2031-02")));
    EXPECT_FALSE(window().showModuleAt(QStringLiteral("measurements"),
                                       QStringLiteral("2024-08 desa 99.99.99.9999")));
    EXPECT_FALSE(window().showModuleAt(QStringLiteral("regions"), QStringLiteral("2024-08")))
        << "a module without places";
}

// The sidebar badges: overdue follow-ups of meeting decisions on Rapat TPPS, of audited
// cases on Audit Kasus Stunting, each counted with core's rule on the demo's follow-ups.
TEST_F(MainWindowTest, SidebarBadgesCountOverdueFollowUpsPerModule)
{
    storage::FollowUpRepository followUps(app->session().database());
    const auto overdue = [&](std::string_view owner, const boost::gregorian::date &today) {
        storage::FollowUpFilter filter;
        filter.ownerType = std::string(owner);
        int n = 0;
        for (const auto &e : followUps.list(filter))
            n += core::isOverdue(e.followUp, today) ? 1 : 0;
        return n;
    };
    for (const auto today :
         {boost::gregorian::date(2024, 3, 12), boost::gregorian::date(2100, 1, 1)}) {
        clock->set(boost::posix_time::ptime(today));
        app->session().notifyContentChanged();
        EXPECT_EQ(window().moduleBadge(QStringLiteral("meetings")),
                  overdue(core::follow_up_owner::kMeetingDecision, today));
        EXPECT_EQ(window().moduleBadge(QStringLiteral("caseAudit")),
                  overdue(core::follow_up_owner::kAuditCase, today));
    }
    // In 2100 every pending follow-up of either kind is late.
    EXPECT_GT(window().moduleBadge(QStringLiteral("meetings")), 0);
    EXPECT_GT(window().moduleBadge(QStringLiteral("caseAudit")), 0);
}

TEST_F(MainWindowTest, RegionTreeFiltersAsYouType)
{
    window().showModule(QStringLiteral("regions"));
    const QStringList all = visibleCodes();
    EXPECT_EQ(all.size(), 1 + 11 + 155); // district, kecamatan, villages
    EXPECT_EQ(regions().findChild<QLabel *>(QStringLiteral("regionSummaryLabel"))->text(),
              QStringLiteral("11 kecamatan, 136 desa dan 19 kelurahan."));

    QTest::keyClicks(regions().searchEdit(), QStringLiteral("bengkalis kota"));
    QStringList codes = visibleCodes();
    EXPECT_TRUE(codes.contains(QStringLiteral("14.03.01.1001")));
    EXPECT_FALSE(codes.contains(QStringLiteral("14.03.01.2001")));
    // The path to the match stays visible.
    EXPECT_TRUE(codes.contains(QStringLiteral("14.03")));
    EXPECT_TRUE(codes.contains(QStringLiteral("14.03.01")));

    regions().searchEdit()->clear();
    QTest::keyClicks(regions().searchEdit(), QStringLiteral("14.03.02"));
    codes = visibleCodes();
    EXPECT_TRUE(codes.contains(QStringLiteral("14.03.02")));
    for (const QString &code : codes)
        EXPECT_TRUE(code == QLatin1String("14.03") || code.startsWith(QLatin1String("14.03.02")))
            << code.toStdString();

    regions().searchEdit()->clear();
    QTest::keyClicks(regions().searchEdit(), QStringLiteral("no such village at all"));
    EXPECT_TRUE(visibleCodes().isEmpty());
    regions().searchEdit()->clear();
    EXPECT_EQ(visibleCodes().size(), all.size());
}

TEST_F(MainWindowTest, ImportsAGoodCsvThroughTheDialog)
{
    window().showModule(QStringLiteral("regions"));
    const auto before = app->session().regions().all().size();
    const QString file = test::dataFile(QStringLiteral("gui/regions-sekadau-part.csv"));
    Dialogs::setNextFileName(file);
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<RegionImportDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        sawDialog = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("browseButton")),
                          Qt::LeftButton);
        EXPECT_TRUE(dialog->importButton()->isEnabled())
            << dialog->summaryLabel()->text().toStdString();
        EXPECT_EQ(dialog->lastReport().added, 11);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    QTest::mouseClick(regions().findChild<QPushButton *>(QStringLiteral("importRegionsButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(sawDialog);
    EXPECT_EQ(app->session().regions().all().size(), before + 11);
    EXPECT_TRUE(visibleCodes().contains(QStringLiteral("61.09.01.2001")));
}

TEST_F(MainWindowTest, ABadCsvNamesTheLineAndImportsNothing)
{
    window().showModule(QStringLiteral("regions"));
    auto &db = app->session().database();
    const auto regionsBefore = app->session().regions().all();
    const auto auditBefore = storage::AuditLog::entries(db, {}, {}, 100000).size();
    Dialogs::setNextFileName(test::dataFile(QStringLiteral("gui/regions-bad-line5.csv")));
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<RegionImportDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        sawDialog = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("browseButton")),
                          Qt::LeftButton);
        EXPECT_FALSE(dialog->importButton()->isEnabled());
        RegionProblemModel *problems = dialog->problemModel();
        QAbstractItemModelTester tester(problems,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        EXPECT_EQ(dialog->problemTable()->model(), problems);
        ASSERT_EQ(problems->rowCount(), 1);
        EXPECT_EQ(problems->index(0, 0).data().toString(), QStringLiteral("5"));
        const QString reason = problems->index(0, 1).data().toString();
        EXPECT_TRUE(reason.contains(QStringLiteral("61.09.99"))) << reason.toStdString();
        EXPECT_EQ(problems->index(0, 1).data(Qt::ToolTipRole).toString(), reason);
        test::expectDialogFits(dialog, QStringLiteral("impor-wilayah")); // with its problems
        // Clicking the disabled button does nothing; close the dialog.
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                          Qt::LeftButton);
    });
    regions().importRegions();
    EXPECT_TRUE(sawDialog);
    EXPECT_EQ(app->session().regions().all(), regionsBefore);
    EXPECT_EQ(storage::AuditLog::entries(db, {}, {}, 100000).size(), auditBefore);
}

TEST_F(MainWindowTest, OpdAndPeopleAreEditable)
{
    window().showModule(QStringLiteral("regions"));
    regions().tabs()->setCurrentIndex(1);
    DirectoryPage *page = regions().directoryPage();
    const int opdsBefore = page->opdModel()->rowCount();
    ASSERT_GT(opdsBefore, 10); // the demo's OPD

    // Add an OPD; first with an empty name (refused in plain words), then properly.
    test::whenModal([&](QWidget *modal) {
        auto *shortName = modal->findChild<QLineEdit *>(QStringLiteral("shortNameLineEdit"));
        auto *name = modal->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        auto *dialog = qobject_cast<SaveDialog *>(modal);
        ASSERT_TRUE(dialog);
        auto *buttons = modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::keyClicks(shortName, QStringLiteral("Disnakertrans"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        EXPECT_FALSE(dialog->errorText().isEmpty());
        EXPECT_TRUE(modal->isVisible());
        test::expectDialogFits(modal, QStringLiteral("opd")); // with its message
        QTest::keyClicks(name, QStringLiteral("Dinas Tenaga Kerja dan Transmigrasi"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addOpdButton")),
                      Qt::LeftButton);
    ASSERT_EQ(page->opdModel()->rowCount(), opdsBefore + 1);
    const auto stored = app->session().directory().opdByShortName("Disnakertrans");
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->name, "Dinas Tenaga Kerja dan Transmigrasi");

    // The new OPD is selected; add a person to it, with a wrong phone number first.
    test::whenModal([&](QWidget *modal) {
        QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")),
                         QStringLiteral("Rahmat Hidayat"));
        QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("positionLineEdit")),
                         QStringLiteral("Kepala Dinas"));
        auto *phone = modal->findChild<QLineEdit *>(QStringLiteral("phoneLineEdit"));
        QTest::keyClicks(phone, QStringLiteral("call me"));
        auto *buttons = modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        EXPECT_TRUE(
            qobject_cast<SaveDialog *>(modal)->errorText().contains(QStringLiteral("telepon")));
        test::expectDialogFits(modal, QStringLiteral("orang")); // with its message
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("0812-7654-3210"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addPersonButton")),
                      Qt::LeftButton);
    ASSERT_EQ(page->personModel()->rowCount(), 1);
    EXPECT_EQ(page->personModel()->index(0, PersonTableModel::PhoneColumn).data().toString(),
              QStringLiteral("0812-7654-3210"));
    const auto people = app->session().directory().people(stored->id);
    ASSERT_EQ(people.size(), 1u);
    EXPECT_EQ(people.front().name, "Rahmat Hidayat");

    // An OPD with people cannot be removed; the message says why.
    Dialogs::setNextAnswer(true);
    page->removeOpd();
    EXPECT_TRUE(app->session().directory().opd(stored->id).has_value());
    EXPECT_FALSE(Dialogs::lastMessage().isEmpty());
}

TEST_F(MainWindowTest, SettingsSaveTheLetterheadAndRefuseABadNip)
{
    window().showModule(QStringLiteral("settings"));
    SettingsPage *page = window().settingsPage();
    EXPECT_EQ(page->field(QStringLiteral("districtNameLineEdit"))->text(),
              QStringLiteral("Kabupaten Bengkalis"));
    auto *nip = page->field(QStringLiteral("signatoryNipLineEdit"));
    nip->setText(QStringLiteral("12345"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveLetterheadButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(page->statusLabel()->text().contains(QStringLiteral("18")));
    EXPECT_EQ(app->session().workspace().letterhead().signatoryNip, "");

    nip->setText(QStringLiteral("19700101 199503 1 002"));
    page->field(QStringLiteral("addressLineEdit"))->setText(QStringLiteral("Jalan Pramuka"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveLetterheadButton")),
                      Qt::LeftButton);
    const auto saved = app->session().workspace().letterhead();
    EXPECT_EQ(saved.signatoryNip, "19700101 199503 1 002");
    EXPECT_EQ(saved.address, "Jalan Pramuka");
}

TEST_F(MainWindowTest, SwitchingToEnglishRebuildsTheWindow)
{
    window().showModule(QStringLiteral("settings"));
    QComboBox *combo = window().settingsPage()->languageCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    Q_EMIT combo->activated(combo->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(app->window()->navigation()->item(0)->text(),
                              QStringLiteral("Dashboard"), 2000);
    EXPECT_EQ(AppSettings::language(), QStringLiteral("en"));
    EXPECT_EQ(app->window()->currentModule(), QStringLiteral("settings"));
}

TEST_F(MainWindowTest, FileMenuCreatesAnEmptyWorkspace)
{
    const QString path = dir.filePath(QStringLiteral("kosong.kvg"));
    test::whenModal([&](QWidget *modal) {
        modal->findChild<QLineEdit *>(QStringLiteral("fileLineEdit"))->setText(path);
        modal->findChild<QRadioButton *>(QStringLiteral("emptyRadioButton"))->setChecked(true);
        modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    window().findChild<QAction *>(QStringLiteral("actionNewWorkspace"))->trigger();
    EXPECT_EQ(app->session().path(), path);
    EXPECT_FALSE(app->session().isDemo());
    EXPECT_TRUE(app->session().regions().all().empty());
    EXPECT_TRUE(window().windowTitle().contains(QStringLiteral("kosong.kvg")));
    EXPECT_TRUE(AppSettings::recentWorkspaces().contains(path));

    // The demo is in the recent list and opens again from it.
    auto *recent = window().workspaceMenu()->recentMenu();
    QAction *demoEntry = nullptr;
    for (QAction *action : recent->actions()) {
        if (action->text().contains(QStringLiteral("konvergensi.kvg")))
            demoEntry = action;
    }
    ASSERT_NE(demoEntry, nullptr);
    demoEntry->trigger();
    EXPECT_TRUE(app->session().isDemo());
}

TEST_F(MainWindowTest, ANewerWorkspaceIsRefusedAndTheCurrentOneStays)
{
    const QString newer = dir.filePath(QStringLiteral("newer.kvg"));
    {
        auto db = storage::Database::createSqlite(newer);
        QSqlQuery(db->connection())
            .exec(QStringLiteral(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', "
                "'2030-01-01T00:00:00')"));
    }
    QFile file(newer);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    const QString current = app->session().path();
    EXPECT_FALSE(window().workspaceMenu()->openPath(newer));
    EXPECT_EQ(app->session().path(), current);
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("999")))
        << Dialogs::lastMessage().toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), bytes);
}

} // namespace
