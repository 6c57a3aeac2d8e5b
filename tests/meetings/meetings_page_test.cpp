// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the "Rapat TPPS" page through its real widgets, headless: a meeting made with
// agenda, attendance (from the directory and typed in), a decision and a follow-up through
// the editor and its dialogs, undo, the unsaved-changes question, finding it again by text,
// marking the follow-up done on the board (with the overdue count), printing the minutes to
// PDF (read back with pdftotext), and the validation messages.
#include "gui_test_helpers.h"

#include "gui/common/dialogs.h"
#include "gui/language.h"
#include "gui/meetings/meeting_editor_dialog.h"
#include "gui/meetings/meeting_models.h"
#include "gui/meetings/meetings_page.h"
#include "gui/workspace/workspace_session.h"
#include "io/meetings/demo_meetings.h"
#include "io/workspace_setup.h"
#include "reports/meetings/meeting_reports.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "usecases/meetings/meeting_documents.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;
using boost::gregorian::date;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void click(QWidget *parent, const char *buttonName)
{
    auto *button = child<QPushButton>(parent, buttonName);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled()) << buttonName;
    QTest::mouseClick(button, Qt::LeftButton);
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << data.toString().toStdString();
    combo->setCurrentIndex(index);
}

int indexContaining(QComboBox *combo, const QString &text)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).contains(text))
            return i;
    }
    return -1;
}

class MeetingsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Dialogs::resetForTests();
        LanguageSetup::install(QStringLiteral("id"));
        // The demo's regions and OPD, without its meetings: the counts below are this test's.
        session.create(dir.filePath(QStringLiteral("base.kvg")), io::WorkspaceTemplate::Empty);
        io::populateDemo(session.database());
        session.notifyContentChanged();
        ASSERT_TRUE(session.isOpen());
    }

    void TearDown() override { LanguageSetup::install(QStringLiteral("en")); }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(date(2024, 5, 21));
    QTemporaryDir dir;
    WorkspaceSession session{clock};
};

} // namespace

TEST_F(MeetingsPageTest, AMeetingMadeThroughTheEditorIsFoundMarkedDoneAndPrinted)
{
    MeetingsPage page(session);
    page.resize(1200, 700);
    page.show();
    const int overdueBefore = page.overdueCount();
    QSignalSpy overdueSpy(&page, &MeetingsPage::overdueCountChanged);

    click(&page, "newMeetingButton");
    MeetingEditorDialog *editor = page.editor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(editor->isVisible());

    // Details.
    chooseData(child<QComboBox>(editor, "kindComboBox"),
               static_cast<int>(core::MeetingKind::AksDissemination));
    QTest::keyClicks(child<QLineEdit>(editor, "titleLineEdit"),
                     QStringLiteral("Diseminasi AKS Semester I Kecamatan Bantan"));
    child<QDateEdit>(editor, "dateEdit")->setDate(QDate(2024, 5, 21));
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
    test::whenModal([&](QWidget *modal) {
        sawAttendee = true;
        auto *opd = child<QComboBox>(modal, "opdComboBox");
        opd->setCurrentIndex(indexContaining(opd, QStringLiteral("Dinkes")));
        auto *person = child<QComboBox>(modal, "personComboBox");
        ASSERT_GT(person->count(), 1);
        person->setCurrentIndex(1);
        EXPECT_FALSE(child<QLineEdit>(modal, "nameLineEdit")->text().isEmpty());
        chooseData(child<QComboBox>(modal, "statusComboBox"),
                   static_cast<int>(core::AttendanceStatus::Represented));
        auto *buttons = child<QDialogButtonBox>(modal, "buttonBox");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        EXPECT_TRUE(modal->isVisible()) << "represented needs a name";
        EXPECT_FALSE(child<QLabel>(modal, "errorLabel")->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(modal, "representedByLineEdit"),
                         QStringLiteral("Andi Saputra"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    click(editor, "addAttendeeButton");
    EXPECT_TRUE(sawAttendee);
    // ... and a body typed in, absent.
    test::whenModal([&](QWidget *modal) {
        QTest::keyClicks(child<QLineEdit>(modal, "institutionLineEdit"),
                         QStringLiteral("Puskesmas Bantan"));
        chooseData(child<QComboBox>(modal, "statusComboBox"),
                   static_cast<int>(core::AttendanceStatus::Absent));
        QTest::mouseClick(
            child<QDialogButtonBox>(modal, "buttonBox")->button(QDialogButtonBox::Save),
            Qt::LeftButton);
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
    test::whenModal([&](QWidget *modal) {
        sawFollowUp = true;
        auto *buttons = child<QDialogButtonBox>(modal, "buttonBox");
        auto *error = child<QLabel>(modal, "errorLabel");
        QTest::keyClicks(child<QLineEdit>(modal, "actionLineEdit"),
                         QStringLiteral("Kunjungan rumah kasus baduta"));
        child<QDateEdit>(modal, "dueDateEdit")->setDate(QDate(2024, 5, 1));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        EXPECT_TRUE(modal->isVisible()) << "no responsible OPD";
        const QString noOpd = error->text();
        EXPECT_FALSE(noOpd.isEmpty());
        auto *opd = child<QComboBox>(modal, "opdComboBox");
        opd->setCurrentIndex(indexContaining(opd, QStringLiteral("Dinkes")));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        EXPECT_TRUE(modal->isVisible()) << "due before the meeting";
        EXPECT_NE(error->text(), noOpd);
        child<QDateEdit>(modal, "dueDateEdit")->setDate(QDate(2024, 6, 30));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
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
    EXPECT_EQ(editor->meeting().venue, "Aula Kantor Camat Bantan");
    EXPECT_EQ(venue->text(), QStringLiteral("Aula Kantor Camat Bantan"));
    editor->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(venue->text(), QStringLiteral("Aula Kantor Camat Bantan lama"));
    undo->trigger();
    EXPECT_TRUE(editor->hasUnsavedChanges());

    // Closing with unsaved changes asks; "no" keeps the editor open.
    Dialogs::setNextAnswer(false);
    click(editor, "closeMeetingButton");
    EXPECT_TRUE(editor->isVisible());

    click(editor, "saveMeetingButton");
    EXPECT_FALSE(editor->hasUnsavedChanges()) << Dialogs::lastMessage().toStdString();
    const std::int64_t id = editor->meeting().id;
    ASSERT_GT(id, 0);
    const auto stored = storage::MeetingRepository(session.database()).find(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->title, "Diseminasi AKS Semester I Kecamatan Bantan");
    EXPECT_EQ(stored->agenda.size(), 2U);
    EXPECT_EQ(stored->startMinute, 9 * 60);
    EXPECT_EQ(stored->endMinute, 12 * 60 + 30);
    EXPECT_EQ(stored->decisions[0].followUps[0].action, "Kunjungan rumah kasus baduta");
    click(editor, "closeMeetingButton");
    EXPECT_TRUE(!page.editor() || !page.editor()->isVisible()) << "closed without asking";

    // Find it again by text search in the register.
    auto *search = child<QLineEdit>(&page, "meetingSearchLineEdit");
    QTest::keyClicks(search, QStringLiteral("semester i kecamatan"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(page.meetingProxy()->rowCount(), 1);
    EXPECT_EQ(page.meetingProxy()->index(0, MeetingListModel::TitleColumn).data().toString(),
              QStringLiteral("Diseminasi AKS Semester I Kecamatan Bantan"));
    EXPECT_EQ(page.selectedMeetingId(), id);

    // The follow-up becomes overdue when the clock passes its due date.
    clock->set(boost::posix_time::ptime(date(2024, 8, 1)));
    page.reload();
    EXPECT_EQ(page.overdueCount(), overdueBefore + 1);
    ASSERT_FALSE(overdueSpy.isEmpty());
    EXPECT_EQ(overdueSpy.last().at(0).toInt(), overdueBefore + 1);

    // Mark it done on the board.
    page.tabs()->setCurrentIndex(1);
    auto *board = page.followUpView();
    int row = -1;
    for (int r = 0; r < page.followUpProxy()->rowCount(); ++r) {
        if (page.followUpProxy()->index(r, FollowUpBoardModel::ActionColumn).data().toString()
            == QStringLiteral("Kunjungan rumah kasus baduta"))
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_TRUE(page.followUpProxy()->index(row, 0).data(FollowUpBoardModel::OverdueRole).toBool());
    board->setCurrentIndex(page.followUpProxy()->index(row, FollowUpBoardModel::ActionColumn));
    click(&page, "markDoneButton");
    EXPECT_EQ(page.overdueCount(), overdueBefore);
    EXPECT_EQ(overdueSpy.last().at(0).toInt(), overdueBefore);
    const auto done =
        storage::FollowUpRepository(session.database()).find(stored->decisions[0].followUps[0].id);
    ASSERT_TRUE(done.has_value());
    EXPECT_EQ(done->status, core::FollowUpStatus::Done);
    EXPECT_EQ(done->doneDate, date(2024, 8, 1));

    // Print the minutes to PDF and read the facts back.
    page.tabs()->setCurrentIndex(0);
    const QString pdf = dir.filePath(QStringLiteral("notulen.pdf"));
    Dialogs::setNextFileName(pdf);
    click(&page, "minutesPdfButton");
    ASSERT_TRUE(QFile::exists(pdf)) << Dialogs::lastMessage().toStdString();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "poppler-utils is needed";
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const QString &fact :
         {QStringLiteral("Diseminasi AKS Semester I Kecamatan Bantan"),
          QStringLiteral("Selasa, 21 Mei 2024"), QStringLiteral("Aula Kantor Camat Bantan"),
          QStringLiteral("Camat Bantan"), QStringLiteral("Sekretaris Kecamatan"),
          QStringLiteral("Paparan hasil audit kasus"), QStringLiteral("Andi Saputra"),
          QStringLiteral("Puskesmas Bantan"), QStringLiteral("Kunjungan rumah kasus baduta"),
          QStringLiteral("Kabupaten Bengkalis")})
        EXPECT_TRUE(text.contains(fact)) << fact.toStdString() << "\n" << text.toStdString();
}

TEST_F(MeetingsPageTest, TheEditorSaysWhatIsWrongAndKeepsTheMeetingOpen)
{
    LanguageSetup::install(QStringLiteral("en"));
    MeetingsPage page(session);
    page.show();
    const auto before = storage::MeetingRepository(session.database()).list().size();
    MeetingEditorDialog *editor = page.newMeeting();
    ASSERT_NE(editor, nullptr);
    click(editor, "saveMeetingButton");
    EXPECT_EQ(Dialogs::lastMessage(), QStringLiteral("The meeting needs a title."));
    QTest::keyClicks(child<QLineEdit>(editor, "titleLineEdit"), QStringLiteral("Rakor TPPS"));
    QTest::keyClicks(child<QLineEdit>(editor, "startTimeLineEdit"), QStringLiteral("13:00"));
    QTest::keyClicks(child<QLineEdit>(editor, "endTimeLineEdit"), QStringLiteral("10:00"));
    click(editor, "saveMeetingButton");
    EXPECT_EQ(Dialogs::lastMessage(), QStringLiteral("The meeting cannot end before it starts."));
    child<QLineEdit>(editor, "endTimeLineEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "endTimeLineEdit"), QStringLiteral("1x:00"));
    click(editor, "saveMeetingButton");
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("09:00")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(storage::MeetingRepository(session.database()).list().size(), before);
    // Closing and confirming the loss.
    Dialogs::setNextAnswer(true);
    click(editor, "closeMeetingButton");
    EXPECT_TRUE(!page.editor() || !page.editor()->isVisible());
}

// Pictures of the page for the user guide and for review: runs only when
// KONVERGENSI_SCREENSHOT_DIR names a folder (under xvfb-run for real fonts), e.g.
//   KONVERGENSI_SCREENSHOT_DIR=/tmp/shots xvfb-run -a meetings_gui_test
//   --gtest_filter=*Screenshots*
// KONVERGENSI_EXTRA_QM may name a compiled translation to load over the built-in one.
TEST(MeetingsScreenshots, Screenshots)
{
    const QString folder = qEnvironmentVariable("KONVERGENSI_SCREENSHOT_DIR");
    if (folder.isEmpty())
        GTEST_SKIP() << "KONVERGENSI_SCREENSHOT_DIR is not set";
    Dialogs::resetForTests();
    LanguageSetup::install(QStringLiteral("id"));
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("KONVERGENSI_EXTRA_QM"); !qm.isEmpty()) {
        ASSERT_TRUE(extra.load(qm));
        QCoreApplication::installTranslator(&extra);
    }
    QTemporaryDir dir;
    WorkspaceSession session;
    session.create(dir.filePath(QStringLiteral("demo.kvg")), io::WorkspaceTemplate::Demo);
    if (storage::MeetingRepository(session.database()).list().empty())
        io::meetings::addDemo(session.database());
    MeetingsPage page(session);
    page.resize(1240, 720);
    page.show();
    page.reload();
    QTest::qWait(200);
    page.grab().save(folder + QStringLiteral("/meetings-register.png"));
    page.tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    page.grab().save(folder + QStringLiteral("/meetings-board.png"));
    page.tabs()->setCurrentIndex(0);
    page.meetingView()->selectRow(0);
    MeetingEditorDialog *editor = page.openSelectedMeeting();
    ASSERT_NE(editor, nullptr);
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("meetingEditorTabs"));
    const QStringList names{QStringLiteral("details"),    QStringLiteral("agenda"),
                            QStringLiteral("attendance"), QStringLiteral("decisions"),
                            QStringLiteral("minutes"),    QStringLiteral("documents")};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100);
        editor->grab().save(folder + QStringLiteral("/meeting-editor-") + names.value(i)
                            + QStringLiteral(".png"));
    }
    editor->close();
    Dialogs::setNextFileName(folder + QStringLiteral("/notulen.pdf"));
    page.saveMinutesPdf();
    const auto id = storage::MeetingRepository(session.database()).list().front().id;
    usecases::meetings::attendanceSheet(session.database(), id, core::Language::Indonesian)
        .writePdf(folder + QStringLiteral("/daftar-hadir.pdf"));
    usecases::meetings::followUpReport(session.database(),
                                       {date(2024, 1, 1), date(2026, 12, 31), std::nullopt},
                                       core::Language::Indonesian)
        .writePdf(folder + QStringLiteral("/status-tindak-lanjut.pdf"));
    QCoreApplication::removeTranslator(&extra);
}
