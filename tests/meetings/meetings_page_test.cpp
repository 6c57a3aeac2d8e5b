// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the "Rapat TPPS" page through its real widgets, headless: a meeting made with
// agenda, attendance (from the directory and typed in), a decision and a follow-up through
// the editor and its dialogs, undo, finding it again by text, ticking its follow-up done on
// the board (the date is asked) and clearing the tick (the status before comes back),
// printing the minutes to PDF (read back with pdftotext), the messages inside the editor,
// the length limits and the question about a date far from today, and the short question
// before removing a meeting with a long title.
#include "gui_test_helpers.h"
#include "meetings_gui_helpers.h"

#include "gui/common/date_edit.h"
#include "gui/common/file_export.h"
#include "gui/meetings/follow_up_board_model.h"
#include "gui/meetings/follow_up_board_panel.h"
#include "gui/meetings/meeting_editor_dialog.h"
#include "gui/meetings/meeting_list_model.h"
#include "gui/meetings/meeting_register_panel.h"
#include "gui/meetings/meetings_page.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "usecases/meetings/meeting_saving.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace konvergensi;
using namespace konvergensi::gui;
using namespace konvergensi::test;
using boost::gregorian::date;

namespace {

class MeetingsPageTest : public MeetingsGuiTest
{};

QString pdfText(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    EXPECT_FALSE(pdftotext.isEmpty()) << "poppler-utils is needed";
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int boardRowOf(MeetingsPage &page, const QString &action)
{
    auto *proxy = page.boardPanel()->proxy();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, FollowUpBoardModel::ActionColumn).data().toString() == action)
            return r;
    }
    return -1;
}

} // namespace

TEST_F(MeetingsPageTest, AMeetingMadeInTheEditorIsFoundTickedDoneWithADateAndPrinted)
{
    MeetingsPage page(session);
    page.resize(1130, 700);
    page.show();
    const int overdueBefore = page.boardPanel()->overdueCount();

    click(page.registerPanel(), "newMeetingButton");
    MeetingEditorDialog *editor = page.editor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->meeting().date, date(2024, 5, 21)) << "a new meeting is dated today";

    // Details.
    chooseData(child<QComboBox>(editor, "kindComboBox"),
               static_cast<int>(core::MeetingKind::AksDissemination));
    QTest::keyClicks(child<QLineEdit>(editor, "titleLineEdit"),
                     QStringLiteral("Diseminasi AKS Semester I Kecamatan Bantan"));
    EXPECT_EQ(child<QLabel>(editor, "titleLineEditCounter")->text(), QStringLiteral("42/200"));
    QTest::keyClicks(child<QLineEdit>(editor, "startTimeLineEdit"), QStringLiteral("09:00"));
    QTest::keyClicks(child<QLineEdit>(editor, "endTimeLineEdit"), QStringLiteral("12:30"));
    QTest::keyClicks(child<QLineEdit>(editor, "venueLineEdit"),
                     QStringLiteral("Aula Kantor Camat Bantan"));
    QTest::keyClicks(child<QLineEdit>(editor, "chairLineEdit"), QStringLiteral("Camat Bantan"));
    QTest::keyClicks(child<QLineEdit>(editor, "representativePositionLineEdit"),
                     QStringLiteral("Sekretaris Kecamatan"));

    // Agenda.
    auto *agendaEdit = child<QLineEdit>(editor, "agendaLineEdit");
    QTest::keyClicks(agendaEdit, QStringLiteral("Paparan hasil audit kasus"));
    click(editor, "addAgendaButton");
    QTest::keyClicks(agendaEdit, QStringLiteral("Rencana tindak lanjut"));
    click(editor, "addAgendaButton");
    EXPECT_EQ(child<QListWidget>(editor, "agendaListWidget")->count(), 2);

    // Attendance: a person from the directory, represented ...
    bool sawAttendee = false;
    whenModal([&](QWidget *modal) {
        sawAttendee = true;
        auto *opd = child<QComboBox>(modal, "opdComboBox");
        opd->setCurrentIndex(indexContaining(opd, QStringLiteral("Dinkes")));
        auto *person = child<QComboBox>(modal, "personComboBox");
        ASSERT_GT(person->count(), 1);
        person->setCurrentIndex(1);
        EXPECT_FALSE(child<QLineEdit>(modal, "nameLineEdit")->text().isEmpty());
        chooseData(child<QComboBox>(modal, "statusComboBox"),
                   static_cast<int>(core::AttendanceStatus::Represented));
        click(modal, "saveButton");
        EXPECT_TRUE(modal->isVisible()) << "represented needs a name";
        EXPECT_EQ(errorOf(modal), QStringLiteral("Sebutkan siapa yang hadir mewakili."));
        QTest::keyClicks(child<QLineEdit>(modal, "representedByLineEdit"),
                         QStringLiteral("Andi Saputra"));
        click(modal, "saveButton");
    });
    click(editor, "addAttendeeButton");
    EXPECT_TRUE(sawAttendee);
    // ... and a body typed in, absent.
    whenModal([&](QWidget *modal) {
        QTest::keyClicks(child<QLineEdit>(modal, "institutionLineEdit"),
                         QStringLiteral("Puskesmas Bantan"));
        chooseData(child<QComboBox>(modal, "statusComboBox"),
                   static_cast<int>(core::AttendanceStatus::Absent));
        click(modal, "saveButton");
    });
    click(editor, "addAttendeeButton");
    ASSERT_EQ(editor->meeting().attendees.size(), 2U);
    EXPECT_TRUE(editor->meeting().attendees[0].opdId.has_value());
    EXPECT_TRUE(editor->meeting().attendees[0].personId.has_value());
    EXPECT_EQ(editor->meeting().attendees[0].representedBy, "Andi Saputra");
    EXPECT_FALSE(editor->meeting().attendees[1].opdId.has_value());

    // A decision with a follow-up; the dialog refuses a missing OPD and an early due date.
    click(editor, "addDecisionButton");
    QTest::keyClicks(child<QPlainTextEdit>(editor, "decisionTextEdit"),
                     QStringLiteral("Kasus baduta hasil audit didampingi puskesmas"));
    bool sawFollowUp = false;
    whenModal([&](QWidget *modal) {
        sawFollowUp = true;
        QTest::keyClicks(child<QLineEdit>(modal, "actionLineEdit"),
                         QStringLiteral("Kunjungan rumah kasus baduta"));
        child<DateEdit>(modal, "dueDateEdit")->setDate(QDate(2024, 5, 1));
        click(modal, "saveButton");
        EXPECT_TRUE(modal->isVisible()) << "no responsible OPD";
        const QString noOpd = errorOf(modal);
        EXPECT_TRUE(noOpd.startsWith(QStringLiteral("Pilih OPD penanggung jawab")))
            << noOpd.toStdString();
        auto *opd = child<QComboBox>(modal, "opdComboBox");
        opd->setCurrentIndex(indexContaining(opd, QStringLiteral("Dinkes")));
        click(modal, "saveButton");
        EXPECT_TRUE(modal->isVisible()) << "due before the meeting";
        EXPECT_EQ(errorOf(modal), QStringLiteral("Tenggat jatuh sebelum tanggal rapatnya."));
        child<DateEdit>(modal, "dueDateEdit")->setDate(QDate(2024, 6, 30));
        click(modal, "saveButton");
    });
    click(editor, "addFollowUpButton");
    EXPECT_TRUE(sawFollowUp);
    ASSERT_EQ(editor->meeting().decisions.size(), 1U);
    ASSERT_EQ(editor->meeting().decisions[0].followUps.size(), 1U);
    EXPECT_EQ(editor->meeting().decisions[0].followUps[0].dueDate, date(2024, 6, 30));

    // Undo takes back the last edit, redo brings it back.
    auto *venue = child<QLineEdit>(editor, "venueLineEdit");
    QTest::keyClicks(venue, QStringLiteral(" lama"));
    EXPECT_EQ(editor->meeting().venue, "Aula Kantor Camat Bantan lama");
    auto *undo = editor->findChild<QAction *>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    EXPECT_EQ(venue->text(), QStringLiteral("Aula Kantor Camat Bantan"));
    editor->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(venue->text(), QStringLiteral("Aula Kantor Camat Bantan lama"));
    undo->trigger();
    EXPECT_TRUE(editor->hasUnsavedChanges());
    EXPECT_TRUE(editor->windowTitle().endsWith(QStringLiteral(" *")));

    // Closing with unsaved changes asks; "no" keeps the editor open.
    Dialogs::setNextAnswer(false);
    click(editor, "closeMeetingButton");
    EXPECT_TRUE(editor->isVisible());

    // Simpan stores and keeps the editor open.
    click(editor, "saveMeetingButton");
    EXPECT_TRUE(editor->errorText().isEmpty()) << editor->errorText().toStdString();
    EXPECT_FALSE(editor->hasUnsavedChanges());
    EXPECT_TRUE(editor->isVisible());
    const std::int64_t id = editor->meeting().id;
    ASSERT_GT(id, 0);
    EXPECT_EQ(editor->windowTitle(),
              QStringLiteral("Rapat: Diseminasi AKS Semester I Kecamatan Bantan"));
    const auto stored = storage::MeetingRepository(session.database()).find(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->title, "Diseminasi AKS Semester I Kecamatan Bantan");
    EXPECT_EQ(stored->agenda.size(), 2U);
    EXPECT_EQ(stored->startMinute, 9 * 60);
    EXPECT_EQ(stored->endMinute, 12 * 60 + 30);
    EXPECT_EQ(stored->decisions[0].followUps[0].action, "Kunjungan rumah kasus baduta");
    EXPECT_EQ(page.registerPanel()->selectedMeetingId(), id) << "the register shows it";
    click(editor, "closeMeetingButton");
    EXPECT_TRUE(!page.editor() || !page.editor()->isVisible()) << "closed without asking";

    // Find it again by text search in the register.
    auto *search = child<QLineEdit>(&page, "meetingSearchLineEdit");
    QTest::keyClicks(search, QStringLiteral("semester i kecamatan"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(page.registerPanel()->proxy()->rowCount(), 1);
    EXPECT_EQ(
        page.registerPanel()->proxy()->index(0, MeetingListModel::TitleColumn).data().toString(),
        QStringLiteral("Diseminasi AKS Semester I Kecamatan Bantan"));
    EXPECT_EQ(page.registerPanel()->selectedMeetingId(), id);

    // The follow-up becomes overdue when the clock passes its due date.
    clock->set(boost::posix_time::ptime(date(2024, 8, 1)));
    session.notifyChanged(usecases::Topic::FollowUps);
    EXPECT_EQ(page.boardPanel()->overdueCount(), overdueBefore + 1);
    EXPECT_EQ(page.tabs()->tabText(1),
              QStringLiteral("Papan tindak lanjut (%1 terlambat)").arg(overdueBefore + 1));

    // Ticking it done on the board asks the date it was done (issue #15).
    page.tabs()->setCurrentIndex(1);
    const QString action = QStringLiteral("Kunjungan rumah kasus baduta");
    int row = boardRowOf(page, action);
    ASSERT_GE(row, 0);
    auto *proxy = page.boardPanel()->proxy();
    EXPECT_TRUE(proxy->index(row, 0).data(FollowUpBoardModel::OverdueRole).toBool());
    bool askedDate = false;
    whenModal([&](QWidget *modal) {
        askedDate = true;
        auto *done = child<DateEdit>(modal, "doneDateEdit");
        EXPECT_EQ(done->date(), QDate(2024, 8, 1)) << "today unless changed";
        done->lineEdit()->clear();
        QTest::keyClicks(done->lineEdit(), QStringLiteral("28/7/2024"));
        click(modal, "saveButton");
    });
    proxy->setData(proxy->index(row, FollowUpBoardModel::DoneColumn), Qt::Checked,
                   Qt::CheckStateRole);
    QTRY_VERIFY(askedDate);
    const std::int64_t followUpId = stored->decisions[0].followUps[0].id;
    QTRY_VERIFY(storage::FollowUpRepository(session.database()).find(followUpId)->status
                == core::FollowUpStatus::Done);
    EXPECT_EQ(storage::FollowUpRepository(session.database()).find(followUpId)->doneDate,
              date(2024, 7, 28));
    EXPECT_EQ(page.boardPanel()->overdueCount(), overdueBefore);
    row = boardRowOf(page, action);
    EXPECT_EQ(proxy->index(row, FollowUpBoardModel::StatusColumn).data().toString(),
              QStringLiteral("Selesai 28 Jul 2024"));

    // Clearing the tick gives back the status it had (not started), not "in progress".
    proxy->setData(proxy->index(row, FollowUpBoardModel::DoneColumn), Qt::Unchecked,
                   Qt::CheckStateRole);
    QTRY_VERIFY(storage::FollowUpRepository(session.database()).find(followUpId)->status
                == core::FollowUpStatus::Open);
    EXPECT_EQ(page.boardPanel()->overdueCount(), overdueBefore + 1);

    // Print the minutes to PDF and read the facts back: what was agreed, not today's status.
    page.tabs()->setCurrentIndex(0);
    const QString pdf = dir.filePath(QStringLiteral("notulen.pdf"));
    Dialogs::setNextFileName(pdf);
    EXPECT_EQ(page.registerPanel()->saveMinutesPdf(), pdf) << Dialogs::lastMessage().toStdString();
    ASSERT_TRUE(QFile::exists(pdf));
    EXPECT_TRUE(FileExport::lastAnnouncement().contains(QStringLiteral("notulen.pdf")))
        << FileExport::lastAnnouncement().toStdString();
    const QString text = pdfText(pdf);
    for (const QString &fact :
         {QStringLiteral("Diseminasi AKS Semester I Kecamatan Bantan"),
          QStringLiteral("Selasa, 21 Mei 2024"), QStringLiteral("Aula Kantor Camat Bantan"),
          QStringLiteral("Camat Bantan"), QStringLiteral("Sekretaris Kecamatan"),
          QStringLiteral("Paparan hasil audit kasus"), QStringLiteral("Andi Saputra"),
          QStringLiteral("Puskesmas Bantan"), QStringLiteral("Kunjungan rumah kasus baduta"),
          QStringLiteral("30 Juni 2024"), QStringLiteral("Kabupaten Bengkalis")})
        EXPECT_TRUE(text.contains(fact)) << fact.toStdString() << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("erlambat"))) << text.toStdString();

    // The register exported as CSV, through the same use case as the CLI.
    const QString csv = dir.filePath(QStringLiteral("rapat.csv"));
    Dialogs::setNextFileName(csv);
    EXPECT_EQ(page.registerPanel()->exportMeetings(), csv);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(file.readAll())
                    .contains(QStringLiteral("Diseminasi AKS Semester I Kecamatan Bantan")));
}

TEST_F(MeetingsPageTest, TheEditorSaysWhatIsWrongInsideAndKeepsTheMeetingOpen)
{
    LanguageSetup::install(QStringLiteral("en"));
    MeetingsPage page(session);
    page.show();
    const auto before = storage::MeetingRepository(session.database()).list().size();
    MeetingEditorDialog *editor = page.newMeeting();
    ASSERT_NE(editor, nullptr);
    click(editor, "saveMeetingButton");
    EXPECT_EQ(editor->errorText(), QStringLiteral("The meeting needs a title."));
    auto *title = child<QLineEdit>(editor, "titleLineEdit");
    QTest::keyClicks(title, QStringLiteral("Rakor TPPS"));
    QTest::keyClicks(child<QLineEdit>(editor, "startTimeLineEdit"), QStringLiteral("13:00"));
    QTest::keyClicks(child<QLineEdit>(editor, "endTimeLineEdit"), QStringLiteral("10:00"));
    click(editor, "saveMeetingButton");
    EXPECT_EQ(editor->errorText(), QStringLiteral("The meeting cannot end before it starts."));
    child<QLineEdit>(editor, "endTimeLineEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "endTimeLineEdit"), QStringLiteral("1x:00"));
    click(editor, "saveMeetingButton");
    EXPECT_TRUE(editor->errorText().contains(QStringLiteral("09:00")))
        << editor->errorText().toStdString();
    child<QLineEdit>(editor, "endTimeLineEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "endTimeLineEdit"), QStringLiteral("15:00"));

    // Issue #15: a title of 5,000 characters was taken; the field holds at most 200 and its
    // counter says so.
    title->selectAll();
    QTest::keyClicks(title, QString(5000, QLatin1Char('x')));
    EXPECT_EQ(title->text().size(), 200);
    EXPECT_EQ(child<QLabel>(editor, "titleLineEditCounter")->text(), QStringLiteral("200/200"));
    // A decision too long for its counter is refused on save, on the decisions tab.
    click(editor, "addDecisionButton");
    auto *decision = child<QPlainTextEdit>(editor, "decisionTextEdit");
    decision->setPlainText(QString(2001, QLatin1Char('k')));
    EXPECT_TRUE(child<QLabel>(editor, "decisionTextEditCounter")
                    ->text()
                    .startsWith(QStringLiteral("2001/2000")));
    click(editor, "saveMeetingButton");
    EXPECT_EQ(editor->errorText(),
              QStringLiteral("Decision 1: The text of the decision may be at most 2000 characters "
                             "long."));
    EXPECT_EQ(editor->tabs()->currentIndex(), 3);
    decision->setPlainText(QStringLiteral("Rekomendasi ditindaklanjuti"));

    // Issue #15: a meeting in 2099 was taken without a word; a date far from today asks.
    auto *date = child<DateEdit>(editor, "dateEdit");
    date->lineEdit()->clear();
    QTest::keyClicks(date->lineEdit(), QStringLiteral("21/5/2099"));
    EXPECT_EQ(editor->meeting().date, boost::gregorian::date(2099, 5, 21));
    Dialogs::setNextAnswer(false);
    click(editor, "saveMeetingButton");
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("21 May 2099")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(editor->errorText(),
              QStringLiteral("Check the date of the meeting, then save again."));
    EXPECT_EQ(editor->tabs()->currentIndex(), 0);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(storage::MeetingRepository(session.database()).list().size(), before);
    Dialogs::setNextAnswer(true);
    click(editor, "saveMeetingButton");
    EXPECT_TRUE(editor->errorText().isEmpty()) << editor->errorText().toStdString();
    const auto stored = storage::MeetingRepository(session.database()).find(editor->meeting().id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->date, boost::gregorian::date(2099, 5, 21)) << "meant, and so stored";
    EXPECT_EQ(stored->title.size(), 200U);
    // Closing without changes asks nothing.
    click(editor, "closeMeetingButton");
    EXPECT_TRUE(!page.editor() || !page.editor()->isVisible());
}

TEST_F(MeetingsPageTest, RemovingAMeetingWithALongTitleAsksAShortQuestion)
{
    core::Meeting meeting = usecases::meetings::blankMeeting(session.database());
    meeting.title = std::string("Rapat Koordinasi ") + std::string(183, 'x');
    const auto saved = usecases::meetings::saveMeeting(session.database(), meeting, {});
    MeetingsPage page(session);
    page.show();
    page.registerPanel()->selectMeeting(saved.id);
    Dialogs::setNextAnswer(false);
    click(page.registerPanel(), "removeMeetingButton");
    const QString question = Dialogs::lastMessage();
    EXPECT_TRUE(question.contains(QStringLiteral("Rapat Koordinasi xxx")))
        << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("…")));
    EXPECT_LT(question.size(), 260) << "the title is cut, the question stays short";
    EXPECT_TRUE(storage::MeetingRepository(session.database()).find(saved.id).has_value());
    Dialogs::setNextAnswer(true);
    click(page.registerPanel(), "removeMeetingButton");
    EXPECT_FALSE(storage::MeetingRepository(session.database()).find(saved.id).has_value());
    EXPECT_EQ(page.registerPanel()->model()->rowOf(saved.id), -1) << "the page reloaded";
}
