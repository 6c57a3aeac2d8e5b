// SPDX-License-Identifier: GPL-3.0-or-later
// Other users' changes and a lost server connection (issue #17 item 4), on both engines: a
// second connection to the same workspace writes, the watcher of the first says so (by
// table on a server, "something" in a file); the window's own writes are not news; a server
// connection killed by the server is noticed, refused with one sentence, and reconnected.
#include "storage_test_util.h"

#include "storage/query.h"
#include "storage/sql_dialect.h"
#include "storage/workspace_watcher.h"
#include "usecases/changes.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace konvergensi;
using namespace konvergensi::test;
using storage::WorkspaceWatcher;

namespace {

/// Two connections to one workspace: a file in a temporary folder, or one server database.
struct TwoConnections
{
    QTemporaryDir folder;
    std::unique_ptr<TestServerDatabase> server;
    std::unique_ptr<storage::Database> mine;
    std::unique_ptr<storage::Database> theirs;

    TwoConnections()
    {
        if (testOnPostgres()) {
            server = std::make_unique<TestServerDatabase>();
            mine = server->open();
            theirs = server->open();
        } else {
            const QString path = folder.filePath(QStringLiteral("kantor.kvg"));
            mine = storage::Database::createSqlite(path);
            theirs = storage::Database::openSqlite(path);
        }
    }
    ~TwoConnections()
    {
        mine.reset();
        theirs.reset();
        server.reset();
    }
};

void addSetting(storage::Database &db, const QString &key)
{
    exec(db, QStringLiteral("INSERT INTO workspace_setting (key, text_value, created_at, "
                            "created_by, updated_at, updated_by) VALUES ('%1', 'x', "
                            "'2023-12-05T09:30:00', 't', '2023-12-05T09:30:00', 't')")
                 .arg(key));
}

/// Waits for the next signal of a server's notice (they come through the event loop).
bool waitFor(QSignalSpy &spy, int ms = 5000)
{
    return !spy.isEmpty() || spy.wait(ms);
}

} // namespace

TEST(WorkspaceWatcher, AnotherConnectionsWriteIsAnnounced)
{
    TwoConnections workspace;
    WorkspaceWatcher watcher(*workspace.mine, 0);
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changedElsewhere);

    watcher.check();
    QCoreApplication::processEvents();
    EXPECT_TRUE(changed.isEmpty()) << "nothing happened yet";

    exec(*workspace.theirs,
         QStringLiteral("INSERT INTO opd (name, short_name, created_at, created_by, "
                        "updated_at, updated_by) VALUES ('Dinas Kesehatan', "
                        "'Dinkes', '2023-12-05', 't', '2023-12-05', 't')"));
    watcher.check();
    ASSERT_TRUE(waitFor(changed));
    ASSERT_EQ(changed.size(), 1);
    const QStringList tables = changed.takeFirst().at(0).toStringList();
    if (workspace.mine->isPostgres()) {
        EXPECT_EQ(tables, QStringList{QStringLiteral("opd")}) << "the server names the table";
        EXPECT_EQ(usecases::topicsOfTables(tables), usecases::Topics(usecases::Topic::Directory));
    } else {
        EXPECT_TRUE(tables.isEmpty()) << "a file only knows that something changed";
        EXPECT_EQ(usecases::topicsOfTables(tables), usecases::allTopics());
    }

    // Announced once.
    watcher.check();
    QTest::qWait(400);
    EXPECT_TRUE(changed.isEmpty());
}

TEST(WorkspaceWatcher, OwnWritesAndAcknowledgedOnesAreNotNews)
{
    TwoConnections workspace;
    WorkspaceWatcher watcher(*workspace.mine, 0);
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changedElsewhere);

    addSetting(*workspace.mine, QStringLiteral("own"));
    watcher.check();
    QTest::qWait(400);
    EXPECT_TRUE(changed.isEmpty()) << "the window's own write";

    if (!workspace.mine->isPostgres()) {
        // A file: this program's background work on its other connection, acknowledged by
        // the window when the work said what it changed.
        addSetting(*workspace.theirs, QStringLiteral("background"));
        watcher.acknowledge();
        watcher.check();
        EXPECT_TRUE(changed.isEmpty());
    }
}

TEST(WorkspaceWatcher, TheProgramsOwnBackgroundWorkIsNotNews)
{
    TwoConnections workspace;
    WorkspaceWatcher watcher(*workspace.mine, 0);
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changedElsewhere);
    // A background task writes on its own connection while the watch is held.
    watcher.setHeld(true);
    addSetting(*workspace.theirs, QStringLiteral("import"));
    watcher.check();
    QTest::qWait(300);
    watcher.setHeld(false);
    watcher.check();
    QTest::qWait(400);
    EXPECT_TRUE(changed.isEmpty()) << "the program's own import";
    // Another user's change afterwards is news again.
    QTest::qWait(workspace.mine->isPostgres() ? 800 : 0);
    addSetting(*workspace.theirs, QStringLiteral("other-user"));
    watcher.check();
    ASSERT_TRUE(waitFor(changed));
}

TEST(WorkspaceWatcher, ManyStatementsOfOneChangeAreOneNotice)
{
    if (!testOnPostgres())
        GTEST_SKIP() << "PostgreSQL only: notices by table";
    TwoConnections workspace;
    WorkspaceWatcher watcher(*workspace.mine, 0);
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changedElsewhere);
    exec(*workspace.theirs, QStringLiteral("BEGIN"));
    for (int i = 0; i < 20; ++i)
        addSetting(*workspace.theirs, QStringLiteral("key%1").arg(i));
    exec(*workspace.theirs,
         QStringLiteral("INSERT INTO opd (name, short_name, created_at, created_by, updated_at, "
                        "updated_by) VALUES ('Bappeda', 'Bappeda', '2023-12-05', 't', "
                        "'2023-12-05', 't')"));
    QTest::qWait(300);
    EXPECT_TRUE(changed.isEmpty()) << "nothing is announced before the commit";
    exec(*workspace.theirs, QStringLiteral("COMMIT"));
    ASSERT_TRUE(waitFor(changed));
    QTest::qWait(400);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toStringList(),
              (QStringList{QStringLiteral("opd"), QStringLiteral("workspace_setting")}));
}

TEST(WorkspaceWatcher, EveryTableIsWatchedAndBelongsToATopic)
{
    TestDb db;
    const QStringList tables = storage::sql::tableNames(*db);
    ASSERT_GT(tables.size(), 30);
    for (const QString &table : tables) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        const auto topics = usecases::topicsOfTable(table);
        EXPECT_TRUE(topics.has_value()) << table.toStdString() << " has no topic (changes.cpp)";
        if (!db->isPostgres())
            continue;
        const bool quiet = topics && !*topics;
        const qint64 triggers =
            scalar(*db, QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON "
                                       "c.oid = t.tgrelid WHERE c.relname = '%1' AND t.tgname = "
                                       "'konvergensi_change'")
                            .arg(table))
                .toLongLong();
        EXPECT_EQ(triggers, quiet ? 0 : 1) << table.toStdString();
    }
    EXPECT_EQ(usecases::topicsOfTable(QStringLiteral("table_of_a_newer_program")), std::nullopt);
    EXPECT_EQ(
        usecases::topicsOfTables({QStringLiteral("meeting_decision"), QStringLiteral("follow_up")}),
        usecases::Topic::Meetings | usecases::Topic::FollowUps);
}

TEST(WorkspaceWatcher, ALostServerConnectionIsNoticedRefusedAndReconnected)
{
    if (!testOnPostgres())
        GTEST_SKIP() << "PostgreSQL only: a file has no connection to lose";
    TwoConnections workspace;
    WorkspaceWatcher watcher(*workspace.mine, 0);
    QSignalSpy lost(&watcher, &WorkspaceWatcher::connectionLost);
    QSignalSpy restored(&watcher, &WorkspaceWatcher::connectionRestored);
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changedElsewhere);

    const qint64 pid =
        scalar(*workspace.mine, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    exec(*workspace.theirs, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));

    // A write now fails with one sentence and changes nothing.
    try {
        storage::Query(*workspace.mine,
                       QStringLiteral("INSERT INTO workspace_setting (key, text_value, created_at, "
                                      "created_by, updated_at, updated_by) VALUES ('lost', 'x', "
                                      "'2023-12-05', 't', '2023-12-05', 't')"))
            .exec();
        ADD_FAILURE() << "a write on a lost connection succeeded";
    } catch (const storage::StorageError &error) {
        EXPECT_EQ(error.kind(), storage::StorageError::Kind::Disconnected)
            << error.message().toStdString();
        EXPECT_FALSE(error.message().contains(QLatin1String("terminating")))
            << "the server's own words stay in the log";
    }

    watcher.check();
    EXPECT_EQ(lost.size(), 1);
    EXPECT_FALSE(watcher.isConnected());
    ASSERT_TRUE(waitFor(restored, 15000)) << "reconnects on its own";
    EXPECT_TRUE(watcher.isConnected());
    EXPECT_EQ(lost.size(), 1);
    EXPECT_EQ(count(*workspace.mine, QStringLiteral("workspace_setting WHERE key = 'lost'")), 0);

    // Listening again: another user's change after the reconnection is heard.
    addSetting(*workspace.theirs, QStringLiteral("after"));
    ASSERT_TRUE(waitFor(changed));
    EXPECT_EQ(changed.at(0).at(0).toStringList(), QStringList{QStringLiteral("workspace_setting")});
    // And the window writes again.
    addSetting(*workspace.mine, QStringLiteral("mine-again"));
    EXPECT_EQ(count(*workspace.theirs, QStringLiteral("workspace_setting WHERE key = "
                                                      "'mine-again'")),
              1);
}
