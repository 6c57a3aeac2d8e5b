// SPDX-License-Identifier: GPL-3.0-or-later
// No lost work (issue #11) for every editor of Rapat TPPS: the meeting editor, an attendance
// row and a follow-up within it, a follow-up edited on the board, and the date asked when a
// follow-up is ticked done. Each is opened, changed, and then the program is asked to quit
// (UnsavedWork::resolveBeforeLeaving, or closing the real main window): Batal keeps the
// program and the edits exactly, Simpan semua stores them, Buang drops them. Editors close
// when another workspace is opened.
#include "gui_test_helpers.h"
#include "meetings_gui_helpers.h"

#include "gui/application.h"
#include "gui/common/date_edit.h"
#include "gui/common/unsaved_work.h"
#include "gui/main_window.h"
#include "gui/meetings/follow_up_board_panel.h"
#include "gui/meetings/meeting_editor_dialog.h"
#include "gui/meetings/meeting_register_panel.h"
#include "gui/meetings/meetings_page.h"
#include "qtsupport/text.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "usecases/meetings/meeting_saving.h"

#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>

using namespace konvergensi;
using namespace konvergensi::gui;
using namespace konvergensi::test;
using boost::gregorian::date;
using Choice = Dialogs::UnsavedChoice;

namespace {

class MeetingsUnsavedTest : public MeetingsGuiTest
{
protected:
    /// A stored meeting of 14 May 2024 with one decision and one follow-up, due 30 June 2024.
    core::Meeting storedMeeting()
    {
        core::Meeting meeting = usecases::meetings::blankMeeting(session.database());
        meeting.title = "Rakor TPPS Mei";
        meeting.date = date(2024, 5, 14); // a week before today
        core::Decision decision;
        decision.text = "Pendampingan baduta";
        core::FollowUp followUp;
        followUp.action = "Kunjungan rumah";
        followUp.responsibleOther = "Puskesmas Bantan";
        followUp.dueDate = date(2024, 6, 30);
        decision.followUps = {followUp};
        meeting.decisions = {decision};
        return usecases::meetings::saveMeeting(session.database(), meeting, {});
    }

    storage::MeetingRepository meetings() { return storage::MeetingRepository(session.database()); }
};

} // namespace

TEST_F(MeetingsUnsavedTest, TheMeetingEditorAsksOnQuittingAndDoesWhatWasChosen)
{
    MeetingsPage page(session);
    page.show();
    const auto before = meetings().list().size();
    for (const Choice choice : {Choice::Cancel, Choice::SaveAll, Choice::Discard}) {
        MeetingEditorDialog *editor = page.newMeeting();
        ASSERT_NE(editor, nullptr);
        auto *title = child<QLineEdit>(editor, "titleLineEdit");
        const QString typed = QStringLiteral("Rakor %1").arg(static_cast<int>(choice));
        QTest::keyClicks(title, typed);
        ASSERT_EQ(UnsavedWork::pending().size(), 1U);
        EXPECT_EQ(UnsavedWork::pending().front()->unsavedWorkTitle(), QStringLiteral("Rapat baru"));
        const int asked = Dialogs::unsavedQuestionsAsked();
        Dialogs::setNextUnsavedChoice(choice);
        const bool leave = UnsavedWork::resolveBeforeLeaving(&page);
        EXPECT_EQ(Dialogs::unsavedQuestionsAsked(), asked + 1);
        switch (choice) {
        case Choice::Cancel:
            EXPECT_FALSE(leave);
            EXPECT_TRUE(editor->isVisible());
            EXPECT_EQ(title->text(), typed) << "the edits stay exactly";
            EXPECT_TRUE(editor->hasUnsavedChanges());
            EXPECT_EQ(meetings().list().size(), before);
            editor->discardUnsavedWork();
            break;
        case Choice::SaveAll:
            EXPECT_TRUE(leave);
            EXPECT_FALSE(editor->isVisible());
            ASSERT_EQ(meetings().list().size(), before + 1);
            EXPECT_EQ(meetings().list().front().title, ss(typed));
            break;
        case Choice::Discard:
            EXPECT_TRUE(leave);
            EXPECT_FALSE(editor->isVisible());
            EXPECT_EQ(meetings().list().size(), before + 1) << "nothing more stored";
            break;
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_TRUE(UnsavedWork::pending().empty());
    }
}

// An attendance row being typed when the program quits: Simpan semua stores it with the
// meeting; Batal keeps both dialogs; Buang drops both.
TEST_F(MeetingsUnsavedTest, AnAttendanceRowBeingTypedIsSavedWithItsMeeting)
{
    const core::Meeting stored = storedMeeting();
    MeetingsPage page(session);
    page.show();
    for (const Choice choice : {Choice::Cancel, Choice::SaveAll, Choice::Discard}) {
        MeetingEditorDialog *editor = page.openMeeting(stored.id);
        ASSERT_NE(editor, nullptr);
        editor->tabs()->setCurrentIndex(2);
        const auto attendeesBefore = meetings().find(stored.id)->attendees.size();
        bool handled = false;
        whenModal([&](QWidget *modal) {
            handled = true;
            auto *institution = child<QLineEdit>(modal, "institutionLineEdit");
            QTest::keyClicks(institution, QStringLiteral("Kodim 0303"));
            // The row and the meeting it goes into.
            ASSERT_EQ(UnsavedWork::pending().size(), 2U);
            Dialogs::setNextUnsavedChoice(choice);
            const bool leave = UnsavedWork::resolveBeforeLeaving(editor);
            if (choice == Choice::Cancel) {
                EXPECT_FALSE(leave);
                EXPECT_TRUE(modal->isVisible());
                EXPECT_EQ(institution->text(), QStringLiteral("Kodim 0303"));
                qobject_cast<SaveDialog *>(modal)->discardUnsavedWork();
            } else {
                EXPECT_TRUE(leave);
            }
        });
        click(editor, "addAttendeeButton");
        EXPECT_TRUE(handled);
        const auto after = meetings().find(stored.id)->attendees;
        if (choice == Choice::SaveAll) {
            ASSERT_EQ(after.size(), attendeesBefore + 1) << "stored with the meeting";
            EXPECT_EQ(after.back().institution, "Kodim 0303");
            EXPECT_TRUE(UnsavedWork::pending().empty());
        } else {
            EXPECT_EQ(after.size(), attendeesBefore);
            if (page.editor())
                page.editor()->discardUnsavedWork();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

TEST_F(MeetingsUnsavedTest, AFollowUpEditedOnTheBoardAsksOnQuitting)
{
    const core::Meeting stored = storedMeeting();
    const std::int64_t id = stored.decisions[0].followUps[0].id;
    MeetingsPage page(session);
    page.show();
    page.tabs()->setCurrentIndex(1);
    for (const Choice choice : {Choice::Cancel, Choice::Discard, Choice::SaveAll}) {
        page.boardPanel()->selectFollowUp(id);
        const QString typed = QStringLiteral(" (%1)").arg(static_cast<int>(choice));
        bool handled = false;
        whenModal([&](QWidget *modal) {
            handled = true;
            auto *action = child<QLineEdit>(modal, "actionLineEdit");
            const QString before = action->text();
            QTest::keyClicks(action, typed);
            Dialogs::setNextUnsavedChoice(choice);
            const bool leave = UnsavedWork::resolveBeforeLeaving(&page);
            EXPECT_EQ(leave, choice != Choice::Cancel);
            if (choice == Choice::Cancel) {
                EXPECT_TRUE(modal->isVisible());
                EXPECT_EQ(action->text(), before + typed);
                qobject_cast<SaveDialog *>(modal)->discardUnsavedWork();
            } else {
                EXPECT_FALSE(modal->isVisible());
            }
        });
        click(page.boardPanel(), "editFollowUpButton");
        EXPECT_TRUE(handled);
        const auto action = storage::FollowUpRepository(session.database()).find(id)->action;
        if (choice == Choice::SaveAll)
            EXPECT_EQ(action, "Kunjungan rumah" + ss(typed));
        else
            EXPECT_EQ(action, "Kunjungan rumah");
    }
}

TEST_F(MeetingsUnsavedTest, TheDateDoneBeingTypedAsksOnQuitting)
{
    const core::Meeting stored = storedMeeting();
    const std::int64_t id = stored.decisions[0].followUps[0].id;
    MeetingsPage page(session);
    page.show();
    page.tabs()->setCurrentIndex(1);
    for (const Choice choice : {Choice::Cancel, Choice::Discard, Choice::SaveAll}) {
        page.boardPanel()->selectFollowUp(id);
        bool handled = false;
        whenModal([&](QWidget *modal) {
            handled = true;
            auto *done = child<DateEdit>(modal, "doneDateEdit");
            done->lineEdit()->clear();
            QTest::keyClicks(done->lineEdit(), QStringLiteral("20/5/2024"));
            Dialogs::setNextUnsavedChoice(choice);
            const bool leave = UnsavedWork::resolveBeforeLeaving(&page);
            EXPECT_EQ(leave, choice != Choice::Cancel);
            if (choice == Choice::Cancel) {
                EXPECT_TRUE(modal->isVisible());
                EXPECT_EQ(done->date(), QDate(2024, 5, 20));
                qobject_cast<SaveDialog *>(modal)->discardUnsavedWork();
            }
        });
        click(page.boardPanel(), "markDoneButton");
        EXPECT_TRUE(handled);
        const auto followUp = *storage::FollowUpRepository(session.database()).find(id);
        if (choice == Choice::SaveAll) {
            EXPECT_EQ(followUp.status, core::FollowUpStatus::Done);
            EXPECT_EQ(followUp.doneDate, date(2024, 5, 20));
        } else {
            EXPECT_EQ(followUp.status, core::FollowUpStatus::Open);
        }
    }
}

// On the real main window: closing it with a meeting being edited asks; Batal ignores the
// close, Simpan semua stores the meeting and closes.
TEST(MeetingsMainWindowTest, ClosingTheWindowAsksAboutTheMeetingBeingEdited)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings().clear();
    Dialogs::resetForTests();
    auto clock = std::make_shared<core::FixedClock>(date(2024, 5, 21));
    Application app(clock);
    app.start({}, dir.filePath(QStringLiteral("konvergensi.kvg")));
    ASSERT_NE(app.window(), nullptr);
    MainWindow &window = *app.window();
    window.show();
    ASSERT_TRUE(window.showModule(QStringLiteral("meetings")));
    auto *page = qobject_cast<MeetingsPage *>(window.modulePage(QStringLiteral("meetings")));
    ASSERT_NE(page, nullptr);
    const auto before = storage::MeetingRepository(app.session().database()).list().size();
    MeetingEditorDialog *editor = page->newMeeting();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(child<QLineEdit>(editor, "titleLineEdit"), QStringLiteral("Rakor Juni"));

    Dialogs::setNextUnsavedChoice(Choice::Cancel);
    EXPECT_FALSE(window.close()) << "Batal keeps the program";
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(child<QLineEdit>(editor, "titleLineEdit")->text(), QStringLiteral("Rakor Juni"));

    Dialogs::setNextUnsavedChoice(Choice::SaveAll);
    EXPECT_TRUE(window.close());
    const auto after = storage::MeetingRepository(app.session().database()).list();
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_EQ(after.front().title, "Rakor Juni");
    LanguageSetup::install(QStringLiteral("en"));
}

TEST_F(MeetingsUnsavedTest, EditorsCloseWhenAnotherWorkspaceIsOpened)
{
    const core::Meeting stored = storedMeeting();
    MeetingsPage page(session);
    page.show();
    QPointer<MeetingEditorDialog> editor = page.openMeeting(stored.id);
    ASSERT_TRUE(editor);
    QTest::keyClicks(child<QLineEdit>(editor, "venueLineEdit"), QStringLiteral("Aula"));
    session.create(dir.filePath(QStringLiteral("other.kvg")), io::WorkspaceTemplate::Empty);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(!editor || !editor->isVisible());
    EXPECT_TRUE(UnsavedWork::pending().empty());
    EXPECT_EQ(page.registerPanel()->selectedMeetingId(), 0) << "the new workspace has none";
}
