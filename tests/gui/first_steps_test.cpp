// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15.7: a new, empty workspace says what to do first; each step ticks itself when the
// workspace has it, whoever did it; the region import takes Indonesian column names.
#include "gui_test_helpers.h"

#include "core/clock.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/regions/region_import_dialog.h"
#include "gui/workspace/first_steps_panel.h"
#include "gui/workspace/workspace_session.h"
#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/workspace_repository.h"
#include "usecases/workspace/first_steps.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
namespace ws = konvergensi::usecases::workspace;

namespace {

const char *kIndonesianRegions = "kode;nama;tingkat;jenis\n"
                                 "14;Riau;provinsi;\n"
                                 "14.03;Kabupaten Bengkalis;kabupaten;\n"
                                 "14.03.01;Bengkalis;kecamatan;\n"
                                 "14.03.01.1001;Bengkalis Kota;desa/kelurahan;kelurahan\n"
                                 "14.03.01.2004;Kelapapati;desa/kelurahan;desa\n";

class FirstStepsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        session = std::make_unique<WorkspaceSession>(clock);
    }

    QString writeRegions()
    {
        const QString path = dir.filePath(QStringLiteral("wilayah.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kIndonesianRegions);
        return path;
    }

    static std::vector<bool> doneFlags(storage::Database &db)
    {
        std::vector<bool> flags;
        for (const auto &step : ws::firstSteps(db))
            flags.push_back(step.done);
        return flags;
    }

    QTemporaryDir dir;
    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 3, 12));
    std::unique_ptr<WorkspaceSession> session;
};

} // namespace

TEST_F(FirstStepsTest, UseCaseTicksEachStepFromWhatTheWorkspaceHolds)
{
    auto empty = io::createWorkspace(dir.filePath(QStringLiteral("kosong.kvg")),
                                     io::WorkspaceTemplate::Empty, clock);
    EXPECT_TRUE(ws::isEmptyWorkspace(*empty));
    EXPECT_EQ(doneFlags(*empty), std::vector<bool>(5, false));
    EXPECT_TRUE(ws::showFirstSteps(*empty));

    core::Opd opd;
    opd.shortName = "Bappeda";
    opd.name = "Badan Perencanaan Pembangunan Daerah";
    storage::DirectoryRepository(*empty).addOpd(opd);
    EXPECT_EQ(doneFlags(*empty), std::vector<bool>({false, false, true, false, false}));

    core::Letterhead letterhead = storage::WorkspaceRepository(*empty).letterhead();
    letterhead.agency = "Badan Perencanaan Pembangunan Daerah";
    EXPECT_FALSE(doneFlags(*empty)[1]);
    letterhead.signatoryName = "Ir. H. Contoh, M.Si.";
    storage::WorkspaceRepository(*empty).saveLetterhead(letterhead);
    EXPECT_TRUE(doneFlags(*empty)[1]) << "agency and signatory make the letterhead";

    ws::hideFirstSteps(*empty);
    EXPECT_FALSE(ws::showFirstSteps(*empty));

    auto demo = io::createWorkspace(dir.filePath(QStringLiteral("demo.kvg")),
                                    io::WorkspaceTemplate::Demo, clock);
    EXPECT_FALSE(ws::isEmptyWorkspace(*demo));
    EXPECT_EQ(doneFlags(*demo), std::vector<bool>(5, true));
    EXPECT_FALSE(ws::showFirstSteps(*demo)) << "the demo has everything: no panel";
}

TEST_F(FirstStepsTest, PanelInTheWindowTicksStepsOpensPagesAndHides)
{
    ASSERT_TRUE(LanguageSetup::install(QStringLiteral("id")));
    session->create(dir.filePath(QStringLiteral("baru.kvg")), io::WorkspaceTemplate::Empty);
    MainWindow window(*session);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    FirstStepsPanel *panel = window.firstStepsPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->isVisible());
    QStringList texts = panel->stepTexts();
    ASSERT_EQ(texts.size(), 5);
    for (const QString &text : texts)
        EXPECT_TRUE(text.startsWith(QStringLiteral("\u25cb"))) << text.toStdString();
    EXPECT_TRUE(texts[0].contains(QStringLiteral("Impor wilayah"))) << texts[0].toStdString();
    const auto *progress = panel->findChild<QLabel *>(QStringLiteral("firstStepsProgressLabel"));
    EXPECT_EQ(progress->text(), QStringLiteral("0 dari 5 selesai"));
    // With the panel above the pages, the window still fits a 1366x768 laptop (less a 40 px
    // task bar): no page may ask for more height than is left (the Mutu data chart did).
    EXPECT_LE(window.minimumSizeHint().height(), 768 - 40);
    EXPECT_LE(window.minimumSizeHint().width(), 1366);

    // Step 1 opens Wilayah; the region import (Indonesian column names) ticks it.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("firstStepButton1")),
                      Qt::LeftButton);
    EXPECT_EQ(window.currentModule(), QStringLiteral("regions"));
    {
        RegionImportDialog dialog(*session, &window);
        EXPECT_TRUE(dialog.findChild<QLabel *>()->text().contains(QStringLiteral("kode")));
        dialog.checkFile(writeRegions());
        ASSERT_TRUE(dialog.lastReport().ok()) << dialog.summaryLabel()->text().toStdString();
        EXPECT_EQ(dialog.lastReport().added, 5);
        Dialogs::setNextAnswer(true);
        ASSERT_TRUE(dialog.importChecked());
    }
    texts = panel->stepTexts();
    ASSERT_EQ(texts.size(), 5);
    EXPECT_TRUE(texts[0].startsWith(QStringLiteral("\u2713"))) << texts[0].toStdString();
    EXPECT_EQ(progress->text(), QStringLiteral("1 dari 5 selesai"));
    EXPECT_EQ(panel->findChild<QPushButton *>(QStringLiteral("firstStepButton1")), nullptr)
        << "a done step has nothing to open";

    // Step 2 opens Pengaturan.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("firstStepButton2")),
                      Qt::LeftButton);
    EXPECT_EQ(window.currentModule(), QStringLiteral("settings"));

    // Hidden for good in this workspace.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("hideFirstStepsButton")),
                      Qt::LeftButton);
    EXPECT_FALSE(panel->isVisible());
    session->open(session->path());
    EXPECT_FALSE(panel->isVisible());
    LanguageSetup::install(QStringLiteral("en"));
}
