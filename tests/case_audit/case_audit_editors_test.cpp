// SPDX-License-Identifier: GPL-3.0-or-later
// No lost work (issue #11) in the real main window with the demo workspace: the round dialog
// and the case dialog hold typed edits when the window is closed. Batal keeps the program and
// the edits exactly; Simpan semua stores them; Buang drops them. Both close themselves when
// another workspace is opened.
#include "gui_test_helpers.h"

#include "gui/application.h"
#include "gui/case_audit/audit_case_dialog.h"
#include "gui/case_audit/audit_round_dialog.h"
#include "gui/case_audit/case_audit_page.h"
#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
using Choice = Dialogs::UnsavedChoice;

namespace {

class CaseAuditEditorsTest : public ::testing::Test
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
        app->window()->show();
        ASSERT_TRUE(app->window()->showModule(QStringLiteral("caseAudit")));
        page = qobject_cast<CaseAuditPage *>(
            app->window()->modulePage(QStringLiteral("caseAudit")));
        ASSERT_NE(page, nullptr);
        ASSERT_NE(page->currentRoundId(), 0) << "the demo has a round";
        roundId = page->currentRoundId();
    }

    void TearDown() override
    {
        app.reset();
        LanguageSetup::install(QStringLiteral("en"));
    }

    storage::CaseAuditRepository repo() const
    {
        return storage::CaseAuditRepository(app->session().database());
    }

    /// Opens the round dialog and types into its title.
    AuditRoundDialog *editRoundTitle(const QString &typed)
    {
        AuditRoundDialog *dialog = page->editRound();
        EXPECT_NE(dialog, nullptr);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
        title->selectAll();
        QTest::keyClicks(title, typed);
        EXPECT_TRUE(dialog->hasUnsavedChanges());
        return dialog;
    }

    /// Opens the first case and types into its finding.
    AuditCaseDialog *editFinding(const QString &typed)
    {
        page->caseView()->selectRow(0);
        caseId = page->selectedCaseId();
        AuditCaseDialog *dialog = page->openSelectedCase();
        EXPECT_NE(dialog, nullptr);
        auto *finding = dialog->findChild<QPlainTextEdit *>(QStringLiteral("findingEdit"));
        finding->selectAll();
        QTest::keyClicks(finding, typed);
        EXPECT_TRUE(dialog->hasUnsavedChanges());
        return dialog;
    }

    /// Closes the main window answering `choice`; true when the window closed.
    bool quit(Choice choice)
    {
        const int asked = Dialogs::unsavedQuestionsAsked();
        Dialogs::setNextUnsavedChoice(choice);
        app->window()->close();
        QApplication::processEvents();
        EXPECT_EQ(Dialogs::unsavedQuestionsAsked(), asked + 1) << "asked once";
        return !app->window()->isVisible();
    }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 1, 15));
    QTemporaryDir dir;
    std::unique_ptr<Application> app;
    CaseAuditPage *page = nullptr;
    std::int64_t roundId = 0;
    std::int64_t caseId = 0;
};

const QString kTitle = QStringLiteral("AKS judul yang diketik");
const QString kFinding = QStringLiteral("Temuan yang diketik");

} // namespace

TEST_F(CaseAuditEditorsTest, RoundDialogCancelKeepsTheProgramAndTheEdits)
{
    QPointer<AuditRoundDialog> dialog = editRoundTitle(kTitle);
    EXPECT_FALSE(quit(Choice::Cancel));
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->text(), kTitle);
    EXPECT_NE(repo().findRound(roundId)->title, ss(kTitle));
}

TEST_F(CaseAuditEditorsTest, RoundDialogSaveAllStoresTheEdits)
{
    editRoundTitle(kTitle);
    EXPECT_TRUE(quit(Choice::SaveAll));
    EXPECT_EQ(repo().findRound(roundId)->title, ss(kTitle));
}

TEST_F(CaseAuditEditorsTest, RoundDialogDiscardDropsTheEdits)
{
    const auto before = repo().findRound(roundId)->title;
    QPointer<AuditRoundDialog> dialog = editRoundTitle(kTitle);
    EXPECT_TRUE(quit(Choice::Discard));
    QApplication::processEvents();
    EXPECT_TRUE(dialog.isNull() || !dialog->isVisible());
    EXPECT_EQ(repo().findRound(roundId)->title, before);
}

TEST_F(CaseAuditEditorsTest, CaseDialogCancelKeepsTheProgramAndTheEdits)
{
    QPointer<AuditCaseDialog> dialog = editFinding(kFinding);
    EXPECT_FALSE(dialog->windowTitle().isEmpty());
    EXPECT_FALSE(quit(Choice::Cancel));
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QPlainTextEdit *>(QStringLiteral("findingEdit"))->toPlainText(),
              kFinding);
    EXPECT_NE(repo().findCase(caseId)->finding, ss(kFinding));
}

TEST_F(CaseAuditEditorsTest, CaseDialogSaveAllStoresTheEdits)
{
    editFinding(kFinding);
    EXPECT_TRUE(quit(Choice::SaveAll));
    EXPECT_EQ(repo().findCase(caseId)->finding, ss(kFinding));
}

TEST_F(CaseAuditEditorsTest, CaseDialogDiscardDropsTheEdits)
{
    QPointer<AuditCaseDialog> dialog = editFinding(kFinding);
    const auto stored = repo().findCase(caseId)->finding;
    EXPECT_TRUE(quit(Choice::Discard));
    QApplication::processEvents();
    EXPECT_TRUE(dialog.isNull() || !dialog->isVisible());
    EXPECT_EQ(repo().findCase(caseId)->finding, stored);
}

TEST_F(CaseAuditEditorsTest, EditorsCloseWhenAnotherWorkspaceIsOpened)
{
    QPointer<AuditRoundDialog> round = page->editRound();
    QPointer<AuditCaseDialog> newCase = page->newCase();
    ASSERT_FALSE(round.isNull());
    ASSERT_FALSE(newCase.isNull());
    app->session().create(dir.filePath(QStringLiteral("other.kvg")), io::WorkspaceTemplate::Empty);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(round.isNull() || !round->isVisible());
    EXPECT_TRUE(newCase.isNull() || !newCase->isVisible());
    EXPECT_EQ(page->currentRoundId(), 0) << "the other workspace has no round";
}
