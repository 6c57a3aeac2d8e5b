// SPDX-License-Identifier: GPL-3.0-or-later
// The puskesmas tab of the Regions page on the real main window (demo workspace, headless):
// editing a demo puskesmas and adding one with its desa through the real dialog (rules shown
// in the dialog, a desa served elsewhere cannot be ticked, a desa of another kecamatan is
// asked about), and removing a puskesmas refused while figures are recorded for it; the
// dialog fits a 1366×768 screen (issue #15). The table model under QAbstractItemModelTester.
#include "dialog_fit.h"
#include "gui_test_helpers.h"

#include "gui/application.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/prevalence/puskesmas_dialog.h"
#include "gui/prevalence/puskesmas_page.h"
#include "gui/prevalence/puskesmas_table_model.h"
#include "gui/regions/regions_page.h"
#include "gui/workspace/workspace_session.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

core::RegionCode rc(const char *code)
{
    return core::RegionCode::fromString(code);
}

class PuskesmasGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        app = std::make_unique<Application>(
            std::make_shared<core::FixedClock>(boost::gregorian::date(2024, 9, 2)));
        app->start({}, dir.filePath(QStringLiteral("konvergensi.kvg")));
        ASSERT_NE(app->window(), nullptr);
        ASSERT_TRUE(app->session().isOpen()) << app->startupError().toStdString();
        ASSERT_TRUE(app->window()->showModule(QStringLiteral("regions")));
        RegionsPage *regions = app->window()->regionsPage();
        regions->tabs()->setCurrentIndex(2);
        page = regions->puskesmasPage();
        ASSERT_NE(page, nullptr);
        ASSERT_EQ(regions->tabs()->currentWidget(), page);
    }

    void TearDown() override
    {
        app.reset();
        LanguageSetup::install(QStringLiteral("en"));
    }

    storage::PrevalenceRepository repository() const
    {
        return storage::PrevalenceRepository(app->session().database());
    }

    void select(const QString &code)
    {
        const int row = page->model()->rowOf(code);
        ASSERT_GE(row, 0) << code.toStdString();
        page->tableView()->setCurrentIndex(page->model()->index(row, 0));
    }

    QPushButton *button(const char *name) const
    {
        return page->findChild<QPushButton *>(QLatin1String(name));
    }

    static void save(QWidget *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    static void tick(QWidget *dialog, const char *code, bool checked = true)
    {
        auto *item = qobject_cast<PuskesmasDialog *>(dialog)->villageItem(QLatin1String(code));
        ASSERT_NE(item, nullptr) << code;
        ASSERT_TRUE(item->flags() & Qt::ItemIsUserCheckable) << code;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }

    QTemporaryDir dir;
    std::unique_ptr<Application> app;
    PuskesmasPage *page = nullptr;
};

} // namespace

TEST_F(PuskesmasGuiTest, TheDemoHasAPuskesmasForEveryDesa)
{
    EXPECT_EQ(page->model()->rowCount(), 17);
    const int row = page->model()->rowOf(QStringLiteral("P1403010101"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(page->model()->index(row, PuskesmasTableModel::NameColumn).data().toString(),
              QStringLiteral("Puskesmas Bengkalis"));
    EXPECT_EQ(page->model()->index(row, PuskesmasTableModel::KecamatanColumn).data().toString(),
              QStringLiteral("Bengkalis"));
    EXPECT_EQ(page->model()->index(row, PuskesmasTableModel::VillagesColumn).data().toString(),
              QStringLiteral("15"));
    EXPECT_TRUE(page->summaryLabel()->text().contains(QStringLiteral("155")))
        << page->summaryLabel()->text().toStdString();
}

TEST_F(PuskesmasGuiTest, EditsAPuskesmasAndAddsOneWithItsDesa)
{
    // Edit Puskesmas Bengkalis: it no longer serves the three kelurahan of the town.
    select(QStringLiteral("P1403010101"));
    bool sawEdit = false;
    test::whenModal([&](QWidget *modal) {
        sawEdit = true;
        test::expectDialogFits(modal, QStringLiteral("puskesmas-ubah"));
        auto *code = modal->findChild<QLineEdit *>(QStringLiteral("codeLineEdit"));
        EXPECT_EQ(code->text(), QStringLiteral("P1403010101"));
        EXPECT_TRUE(code->isReadOnly()) << "figures refer to the code";
        auto *dialog = qobject_cast<PuskesmasDialog *>(modal);
        EXPECT_EQ(dialog->villageItem(QStringLiteral("14.03.01.1001"))->checkState(), Qt::Checked);
        // A desa of Puskesmas Sungai Alam cannot be ticked here.
        EXPECT_FALSE(dialog->setVillageChecked(QStringLiteral("14.03.01.2012"), true));
        for (const char *kelurahan : {"14.03.01.1001", "14.03.01.1002", "14.03.01.1003"})
            tick(modal, kelurahan, false);
        save(modal);
    });
    QTest::mouseClick(button("editPuskesmasButton"), Qt::LeftButton);
    EXPECT_TRUE(sawEdit);
    auto bengkalis = repository().puskesmas("P1403010101");
    ASSERT_TRUE(bengkalis);
    EXPECT_EQ(bengkalis->villages.size(), 12u);
    EXPECT_EQ(bengkalis->rowVersion, 2);
    EXPECT_EQ(page->model()
                  ->index(page->model()->rowOf(QStringLiteral("P1403010101")),
                          PuskesmasTableModel::VillagesColumn)
                  .data()
                  .toString(),
              QStringLiteral("12"));
    EXPECT_TRUE(page->summaryLabel()->text().contains(QStringLiteral("152")))
        << page->summaryLabel()->text().toStdString();

    // Add Puskesmas Bengkalis Kota for the three kelurahan.
    bool sawAdd = false;
    test::whenModal([&](QWidget *modal) {
        sawAdd = true;
        auto *dialog = qobject_cast<PuskesmasDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        // Nothing filled in: refused in the dialog, which stays open.
        save(modal);
        EXPECT_FALSE(dialog->errorText().isEmpty());
        EXPECT_TRUE(modal->isVisible());
        test::expectDialogFits(modal, QStringLiteral("puskesmas-tambah")); // its message shown
        QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("codeLineEdit")),
                         QStringLiteral("P1403010103"));
        QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")),
                         QStringLiteral("Puskesmas Bengkalis Kota"));
        // First the wrong kecamatan: the list shows Bantan's desa, all served by Bantan's
        // two puskesmas, so none can be ticked.
        auto *kecamatan = modal->findChild<QComboBox *>(QStringLiteral("kecamatanComboBox"));
        kecamatan->setCurrentIndex(kecamatan->findData(QStringLiteral("14.03.02")));
        EXPECT_FALSE(dialog->villageItem(QStringLiteral("14.03.02.2001"))->isHidden());
        EXPECT_TRUE(dialog->villageItem(QStringLiteral("14.03.01.1001"))->isHidden());
        EXPECT_FALSE(dialog->setVillageChecked(QStringLiteral("14.03.02.2001"), true));
        // "Show desa of every kecamatan" shows Bengkalis's kelurahan; tick them.
        QTest::mouseClick(modal->findChild<QCheckBox *>(QStringLiteral("allKecamatanCheckBox")),
                          Qt::LeftButton);
        EXPECT_FALSE(dialog->villageItem(QStringLiteral("14.03.01.1001"))->isHidden());
        for (const char *kelurahan : {"14.03.01.1001", "14.03.01.1002", "14.03.01.1003"})
            tick(modal, kelurahan);
        EXPECT_TRUE(modal->findChild<QLabel *>(QStringLiteral("villageCountLabel"))
                        ->text()
                        .contains(QStringLiteral("3")));
        // Desa outside the puskesmas's kecamatan: asked; "no" keeps the dialog open.
        Dialogs::setNextAnswer(false);
        save(modal);
        EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Bengkalis Kota")))
            << Dialogs::lastMessage().toStdString();
        EXPECT_TRUE(modal->isVisible());
        EXPECT_FALSE(repository().puskesmas("P1403010103").has_value());
        // The right kecamatan: saved without a question.
        kecamatan->setCurrentIndex(kecamatan->findData(QStringLiteral("14.03.01")));
        save(modal);
    });
    QTest::mouseClick(button("addPuskesmasButton"), Qt::LeftButton);
    EXPECT_TRUE(sawAdd);
    const auto added = repository().puskesmas("P1403010103");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->name, "Puskesmas Bengkalis Kota");
    EXPECT_EQ(added->kecamatan, rc("14.03.01"));
    EXPECT_EQ(added->villages,
              (std::vector{rc("14.03.01.1001"), rc("14.03.01.1002"), rc("14.03.01.1003")}));
    EXPECT_EQ(page->model()->rowCount(), 18);
    EXPECT_EQ(page->tableView()->currentIndex().row(),
              page->model()->rowOf(QStringLiteral("P1403010103")))
        << "the new puskesmas is selected";
    EXPECT_TRUE(page->summaryLabel()->text().contains(QStringLiteral("155")))
        << page->summaryLabel()->text().toStdString();
    const auto audit = storage::AuditLog::entries(app->session().database(),
                                                  QStringLiteral("puskesmas"));
    ASSERT_GE(audit.size(), 2u);
    EXPECT_EQ(audit.front().rowKey, QStringLiteral("P1403010103"));
    EXPECT_EQ(audit.front().action, storage::AuditLog::Action::Insert);
}

TEST_F(PuskesmasGuiTest, APuskesmasWithFiguresCannotBeRemoved)
{
    core::PrevalenceObservation figure;
    figure.area = core::PrevalenceArea::ofPuskesmas("P1403110101");
    figure.year = 2024;
    figure.round = core::PrevalenceRound::August;
    figure.source = core::PrevalenceSource::Eppgbm;
    figure.measured = 300;
    figure.cases = 12;
    figure = repository().add(figure);
    app->session().notifyContentChanged();

    select(QStringLiteral("P1403110101"));
    // "No": nothing happens.
    Dialogs::setNextAnswer(false);
    QTest::mouseClick(button("removePuskesmasButton"), Qt::LeftButton);
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Puskesmas Rupat Utara")));
    EXPECT_EQ(page->model()->rowCount(), 17);
    // "Yes": refused, with the reason in a message; nothing removed.
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(button("removePuskesmasButton"), Qt::LeftButton);
    const QString refusal = Dialogs::lastMessage();
    EXPECT_TRUE(refusal.contains(QStringLiteral("Puskesmas Rupat Utara"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("1"))) << refusal.toStdString();
    EXPECT_TRUE(repository().puskesmas("P1403110101").has_value());
    EXPECT_EQ(page->model()->rowCount(), 17);

    // Once its figure is gone, it can be removed; its 8 desa are then served by nobody.
    repository().remove(figure.id, figure.rowVersion);
    select(QStringLiteral("P1403110101"));
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(button("removePuskesmasButton"), Qt::LeftButton);
    EXPECT_FALSE(repository().puskesmas("P1403110101").has_value());
    EXPECT_EQ(page->model()->rowCount(), 16);
    EXPECT_EQ(page->model()->rowOf(QStringLiteral("P1403110101")), -1);
    EXPECT_TRUE(page->summaryLabel()->text().contains(QStringLiteral("147")))
        << page->summaryLabel()->text().toStdString();
}

TEST(PuskesmasTableModel, PassesTheModelTester)
{
    LanguageSetup::install(QStringLiteral("en"));
    PuskesmasTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::RegionTree tree({{rc("14.03"), "Kabupaten Bengkalis", std::nullopt},
                           {rc("14.03.01"), "Bengkalis", std::nullopt},
                           {rc("14.03.01.2004"), "Kelapapati", core::VillageKind::Desa},
                           {rc("14.03.01.2005"), "Pedekik", core::VillageKind::Desa}});
    model.setPuskesmas({{"P1403010101",
                         "Puskesmas Bengkalis",
                         rc("14.03.01"),
                         {rc("14.03.01.2004"), rc("14.03.01.2005")}},
                        {"P1403010102", "Puskesmas Baru", std::nullopt, {}}},
                       tree);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, PuskesmasTableModel::KecamatanColumn).data().toString(),
              QStringLiteral("Bengkalis"));
    EXPECT_EQ(model.index(0, PuskesmasTableModel::VillagesColumn).data().toString(),
              QStringLiteral("2"));
    EXPECT_EQ(model.index(0, PuskesmasTableModel::VillagesColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Kelapapati, Pedekik"));
    EXPECT_EQ(model.index(1, PuskesmasTableModel::KecamatanColumn).data().toString(),
              QStringLiteral("—"));
    EXPECT_EQ(model.rowOf(QStringLiteral("P1403010102")), 1);
    EXPECT_EQ(model.puskesmasAt(2), nullptr);
    model.setPuskesmas({}, {});
    EXPECT_EQ(model.rowCount(), 0);
}
