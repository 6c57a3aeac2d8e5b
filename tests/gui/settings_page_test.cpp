// SPDX-License-Identifier: GPL-3.0-or-later
// Pengaturan as redesigned (issue 12): the letterhead form (ui/settings_letterhead_form.ui) on
// the letterhead use case, no lost work when the real main window closes (issue 11), field
// limits, and the page fitting a 1366x768 screen.
#include "core/clock.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/settings/settings_page.h"
#include "gui/workspace/workspace_session.h"
#include "storage/database.h"
#include "storage/workspace_repository.h"
#include "usecases/settings/letterhead.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
namespace settings = konvergensi::usecases::settings;

namespace {

class SettingsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        session = std::make_unique<WorkspaceSession>(clock);
        session->create(dir.filePath(QStringLiteral("demo.kvg")), io::WorkspaceTemplate::Demo);
        window = std::make_unique<MainWindow>(*session);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showModule(QStringLiteral("settings"));
        page = window->settingsPage();
        ASSERT_NE(page, nullptr);
    }

    void TearDown() override
    {
        window.reset();
        session.reset();
    }

    std::string storedAgency() const
    {
        return storage::WorkspaceRepository(session->database()).letterhead().agency;
    }

    QTemporaryDir dir;
    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 3, 12));
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<MainWindow> window;
    SettingsPage *page = nullptr;
};

} // namespace

TEST_F(SettingsPageTest, UseCaseRefusesWithEveryProblemAndFillsTheDistrictCode)
{
    core::Letterhead letterhead = settings::letterhead(session->database());
    const std::string code = letterhead.districtCode;
    letterhead.districtName.clear();
    letterhead.signatoryNip = "12345";
    try {
        settings::saveLetterhead(session->database(), letterhead);
        FAIL() << "refused";
    } catch (const settings::LetterheadRefused &refused) {
        EXPECT_EQ(refused.problems().size(), 2);
    }
    EXPECT_FALSE(settings::letterhead(session->database()).districtName.empty()) << "unchanged";

    letterhead = settings::letterhead(session->database());
    letterhead.districtCode.clear();
    letterhead.agency = "Dinas Kesehatan";
    const core::Letterhead saved = settings::saveLetterhead(session->database(), letterhead);
    EXPECT_EQ(saved.districtCode, code.empty() ? std::string("14.03") : code)
        << "the district region's code";
    EXPECT_EQ(storedAgency(), "Dinas Kesehatan");
    EXPECT_FALSE(settings::differs(saved, settings::letterhead(session->database())));
}

TEST_F(SettingsPageTest, FieldsHaveLimits)
{
    for (const char *name :
         {"districtNameLineEdit", "governmentLineEdit", "agencyLineEdit", "addressLineEdit",
          "contactLineEdit", "cityLineEdit", "signatoryTitleLineEdit", "signatoryNameLineEdit"}) {
        QLineEdit *edit = page->field(QLatin1String(name));
        ASSERT_NE(edit, nullptr) << name;
        EXPECT_LE(edit->maxLength(), settings::kMaxAddressLength) << name;
    }
    EXPECT_EQ(page->field(QStringLiteral("signatoryNipLineEdit"))->maxLength(),
              settings::kMaxNipLength);
}

TEST_F(SettingsPageTest, QuittingWithAnEditAsksCancelKeepsSaveStoresDiscardDrops)
{
    const std::string before = storedAgency();
    QLineEdit *agency = page->field(QStringLiteral("agencyLineEdit"));
    ASSERT_NE(agency, nullptr);
    agency->setText(QStringLiteral("Badan Riset dan Inovasi Daerah"));
    EXPECT_TRUE(page->hasUnsavedChanges());

    // Batal: the program stays, the typed text too.
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Cancel);
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(agency->text(), QStringLiteral("Badan Riset dan Inovasi Daerah"));
    EXPECT_EQ(storedAgency(), before);

    // Buang: dropped, the stored letterhead untouched.
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
    EXPECT_TRUE(window->close());
    EXPECT_EQ(storedAgency(), before);
    EXPECT_EQ(agency->text().toStdString(), before);
    EXPECT_FALSE(page->hasUnsavedChanges());

    // Simpan semua: stored.
    window->show();
    agency->setText(QStringLiteral("Badan Riset dan Inovasi Daerah"));
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::SaveAll);
    EXPECT_TRUE(window->close());
    EXPECT_EQ(storedAgency(), "Badan Riset dan Inovasi Daerah");
}

TEST_F(SettingsPageTest, AWrongNipIsSaidInRedAndNothingIsStored)
{
    const std::string before = storedAgency();
    page->field(QStringLiteral("agencyLineEdit"))->setText(QStringLiteral("Dinas Baru"));
    page->field(QStringLiteral("signatoryNipLineEdit"))->setText(QStringLiteral("123"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveLetterheadButton")),
                      Qt::LeftButton);
    EXPECT_EQ(page->statusLabel()->text(),
              settings::problemText(core::LetterheadProblem::NipMalformed));
    EXPECT_TRUE(page->statusLabel()->styleSheet().contains(QStringLiteral("color")));
    EXPECT_EQ(storedAgency(), before);
    EXPECT_TRUE(page->hasUnsavedChanges()) << "the typed text stays";
}

TEST_F(SettingsPageTest, ThePageFitsALaptopScreen)
{
    window->showMaximized();
    QTest::qWait(50);
    const QRect room = window->screen()->availableGeometry();
    EXPECT_TRUE(room.contains(window->frameGeometry()));
    auto *save = page->findChild<QPushButton *>(QStringLiteral("saveLetterheadButton"));
    ASSERT_NE(save, nullptr);
    // The save button is reachable: inside the page or in its scroll area.
    EXPECT_GT(save->width(), 0);
    EXPECT_TRUE(save->isVisible());
}
