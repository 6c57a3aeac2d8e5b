// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #15: on a 1366×768 screen (the offscreen platform's screen, set by
// screen-1366x768.json in CMakeLists.txt) the main window with the case audit page and every
// dialog of the module fit: each dialog's frame lies inside the screen's available area, its
// Simpan/Batal buttons are visible and inside the screen, and no button of the page is cut
// off. The case dialog is the one whose buttons fell off the screen before.
#include "dialog_fit.h"
#include "gui_test_helpers.h"

#include "gui/application.h"
#include "gui/case_audit/audit_case_dialog.h"
#include "gui/case_audit/audit_round_dialog.h"
#include "gui/case_audit/case_audit_page.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/workspace/workspace_session.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

using test::kTaskBar;
using test::kTitleBar;

class CaseAuditFitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        const QRect screen = QGuiApplication::primaryScreen()->geometry();
        ASSERT_EQ(screen.size(), QSize(1366, 768))
            << "the test runs on the 1366×768 offscreen screen (see CMakeLists.txt)";
        app = std::make_unique<Application>(clock);
        app->start({}, dir.filePath(QStringLiteral("konvergensi.kvg")));
        ASSERT_NE(app->window(), nullptr);
        ASSERT_TRUE(app->session().isOpen());
        app->window()->showMaximized();
        ASSERT_TRUE(app->window()->showModule(QStringLiteral("caseAudit")));
        page = qobject_cast<CaseAuditPage *>(
            app->window()->modulePage(QStringLiteral("caseAudit")));
        ASSERT_NE(page, nullptr);
        QTest::qWait(50);
    }

    void TearDown() override
    {
        app.reset();
        LanguageSetup::install(QStringLiteral("en"));
    }

    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    /// The dialog fits (tests/support/dialog_fit.h), its Simpan and Batal buttons among those
    /// shown.
    void expectFits(QDialog *dialog)
    {
        ASSERT_NE(dialog, nullptr);
        test::expectDialogFits(dialog, dialog->objectName());
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        ASSERT_NE(buttons, nullptr);
        for (auto which : {QDialogButtonBox::Save, QDialogButtonBox::Cancel}) {
            QPushButton *button = buttons->button(which);
            ASSERT_NE(button, nullptr);
            EXPECT_TRUE(button->isVisible());
        }
    }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 1, 15));
    QTemporaryDir dir;
    std::unique_ptr<Application> app;
    CaseAuditPage *page = nullptr;
};

} // namespace

TEST_F(CaseAuditFitTest, ThePageFitsWithEveryButtonShown)
{
    auto *window = app->window();
    EXPECT_TRUE(available().contains(window->frameGeometry()));
    // The page needs no more than what a maximised window leaves it on a real desktop: the
    // sidebar (230 px) beside it, the title bar, the menu and the status bar above and below.
    const QSize room(available().width() - 230,
                     available().height() - kTaskBar - kTitleBar - 2 * 28);
    EXPECT_LE(page->minimumSizeHint().width(), room.width());
    EXPECT_LE(page->minimumSizeHint().height(), room.height());
    const QRect pageRect(page->mapTo(window, QPoint(0, 0)), page->size());
    EXPECT_TRUE(window->rect().contains(pageRect));
    const auto buttons = page->findChildren<QPushButton *>();
    ASSERT_GE(buttons.size(), 8);
    for (const auto *button : buttons) {
        if (!button->isVisibleTo(page))
            continue;
        const QRect inWindow(button->mapTo(window, QPoint(0, 0)), button->size());
        EXPECT_TRUE(pageRect.contains(inWindow)) << button->objectName().toStdString();
        // Its text is not cut: the button got at least the room it asks for.
        EXPECT_GE(button->width(), button->minimumSizeHint().width())
            << button->objectName().toStdString();
    }
}

TEST_F(CaseAuditFitTest, TheCaseDialogFitsOnEveryTab)
{
    page->caseView()->selectRow(0);
    AuditCaseDialog *dialog = page->openSelectedCase();
    ASSERT_NE(dialog, nullptr);
    dialog->revealIdentity(); // the tallest state of the first tab
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        SCOPED_TRACE(tabs->tabText(i).toStdString());
        tabs->setCurrentIndex(i);
        expectFits(dialog);
    }
    dialog->reject();
}

TEST_F(CaseAuditFitTest, TheNewCaseDialogFits)
{
    AuditCaseDialog *dialog = page->newCase();
    expectFits(dialog);
    dialog->reject();
}

TEST_F(CaseAuditFitTest, TheRoundDialogFitsOnEveryTab)
{
    for (AuditRoundDialog *dialog : {page->editRound(), page->newRound()}) {
        ASSERT_NE(dialog, nullptr);
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("roundTabs"));
        ASSERT_NE(tabs, nullptr);
        for (int i = 0; i < tabs->count(); ++i) {
            SCOPED_TRACE(tabs->tabText(i).toStdString());
            tabs->setCurrentIndex(i);
            expectFits(dialog);
        }
        dialog->reject();
        QApplication::processEvents();
    }
}
