// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17, item 4 in the window: another user's change appears in an open window without
// restarting, and the status bar says so in one line; a dropped server connection says so in
// one line, keeps what was typed in an open editor, and reconnects (the _postgresql variant
// works on a database of the test server, the other on a workspace file opened twice).
#include "test_engine.h"

#include "core/meetings/meeting.h"
#include "gui/common/date_edit.h"
#include "gui/common/dialogs.h"
#include "gui/main_window.h"
#include "gui/meetings/meeting_editor_dialog.h"
#include "gui/meetings/meetings_page.h"
#include "gui/workspace/workspace_session.h"
#include "storage/meetings/meeting_repository.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::gui;

namespace {

/// Lets the event loop run until `done` holds or `ms` passed.
bool eventually(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

class LiveChangesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QSettings().clear();
        Dialogs::resetForTests();
        if (test::testOnPostgres()) {
            server = std::make_unique<test::TestServerDatabase>();
            session.openServer(server->server());
            other = server->open();
        } else {
            const QString file = dir.filePath(QStringLiteral("kantor.kvg"));
            session.create(file, io::WorkspaceTemplate::Empty);
            other = storage::Database::openSqlite(file);
        }
        other->setActor(QStringLiteral("siti"));
        window = std::make_unique<MainWindow>(session);
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(window->showModule(QStringLiteral("meetings")));
        QCoreApplication::processEvents();
    }
    void TearDown() override
    {
        window.reset();
        other.reset();
    }

    int registerRows() const
    {
        auto *panel = window->findChild<QWidget *>(QStringLiteral("meetingRegisterPanel"));
        auto *view = panel ? panel->findChild<QTableView *>() : nullptr;
        return view ? view->model()->rowCount() : -1;
    }
    static core::Meeting meeting(const std::string &title)
    {
        core::Meeting m;
        m.kind = core::MeetingKind::RakorTpps;
        m.title = title;
        m.date = boost::gregorian::date(2024, 3, 12);
        return m;
    }

    QTemporaryDir dir;
    WorkspaceSession session; // checks only when told (checkNow), as the timer would
    std::unique_ptr<test::TestServerDatabase> server;
    std::unique_ptr<storage::Database> other;
    std::unique_ptr<MainWindow> window;
};

TEST_F(LiveChangesTest, AnotherUsersMeetingAppearsInTheOpenRegister)
{
    QSignalSpy elsewhere(&session, &WorkspaceSession::changedElsewhere);
    const int before = registerRows();
    ASSERT_GE(before, 0);
    EXPECT_TRUE(window->liveStatusLabel()->isHidden());

    storage::MeetingRepository(*other).add(meeting("Rakor TPPS dari PC Dinkes"));
    session.checkNow();
    ASSERT_TRUE(eventually([&] { return registerRows() == before + 1; }))
        << "the register shows the other user's meeting without a restart";
    ASSERT_EQ(elsewhere.size(), 1);
    const auto topics = elsewhere.at(0).at(0).value<usecases::Topics>();
    EXPECT_TRUE(topics & usecases::Topic::Meetings);
    if (session.database().isPostgres())
        EXPECT_FALSE(topics & usecases::Topic::Locus) << "a server names what changed";
    EXPECT_FALSE(window->liveStatusLabel()->isHidden());
    EXPECT_FALSE(window->liveStatusLabel()->text().isEmpty());

    // The window's own change is not news from elsewhere.
    elsewhere.clear();
    (void)storage::MeetingRepository(session.database()).add(meeting("Rakor dari sini"));
    session.notifyChanged(usecases::Topic::Meetings);
    session.checkNow();
    QTest::qWait(500);
    EXPECT_TRUE(elsewhere.isEmpty());
    EXPECT_EQ(registerRows(), before + 2);
}

TEST_F(LiveChangesTest, ADroppedConnectionKeepsTypedWorkAndReconnects)
{
    if (!test::testOnPostgres())
        GTEST_SKIP() << "needs the test server (the _postgresql variant)";
    QSignalSpy lost(&session, &WorkspaceSession::connectionLost);
    QSignalSpy restored(&session, &WorkspaceSession::connectionRestored);

    auto *page = window->findChild<MeetingsPage *>();
    ASSERT_NE(page, nullptr);
    QPointer<MeetingEditorDialog> editor = page->newMeeting();
    ASSERT_FALSE(editor.isNull());
    QCoreApplication::processEvents();
    ASSERT_TRUE(editor->isVisible());
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
    ASSERT_NE(title, nullptr);
    QTest::keyClicks(title, QStringLiteral("Rapat koordinasi yang diketik saat jaringan putus"));
    auto *when = editor->findChild<DateEdit *>(QStringLiteral("dateEdit"));
    ASSERT_NE(when, nullptr);
    when->setDate(QDate(2024, 3, 12));

    // The server drops the window's connection (as a restarted server or a cut cable would).
    {
        QSqlQuery kill(other->connection());
        ASSERT_TRUE(kill.exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                           "current_database() AND pid <> pg_backend_pid()")));
    }

    // Saving now fails with one sentence; the editor and what was typed stay.
    ASSERT_TRUE(editor);
    auto *save = editor->findChild<QAbstractButton *>(QStringLiteral("saveMeetingButton"));
    ASSERT_NE(save, nullptr);
    save->click();
    QCoreApplication::processEvents();
    ASSERT_TRUE(editor) << "the editor stays open";
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(title->text(), QStringLiteral("Rapat koordinasi yang diketik saat jaringan putus"));
    EXPECT_FALSE(editor->errorText().isEmpty());
    EXPECT_FALSE(editor->errorText().contains(QLatin1String("terminating")))
        << editor->errorText().toStdString();

    // The status bar says so in one line, then the program reconnects on its own.
    session.checkNow();
    EXPECT_EQ(lost.size(), 1);
    EXPECT_FALSE(session.isConnected());
    EXPECT_FALSE(window->liveStatusLabel()->isHidden());
    const QString lostLine = window->liveStatusLabel()->text();
    EXPECT_FALSE(lostLine.contains(QLatin1Char('\n')));
    ASSERT_TRUE(eventually(
        [&] {
            session.checkNow();
            return !restored.isEmpty();
        },
        20000));
    EXPECT_TRUE(session.isConnected());
    EXPECT_NE(window->liveStatusLabel()->text(), lostLine);

    // Saved once the server answers; the other user sees it.
    save->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(editor->errorText().isEmpty()) << editor->errorText().toStdString();
    QSqlQuery stored(other->connection());
    ASSERT_TRUE(stored.exec(QStringLiteral(
        "SELECT count(*) FROM meeting WHERE title = 'Rapat koordinasi yang diketik saat "
        "jaringan putus'")));
    ASSERT_TRUE(stored.next());
    EXPECT_EQ(stored.value(0).toInt(), 1);
    if (editor)
        editor->close();
}

} // namespace
