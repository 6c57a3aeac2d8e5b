// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine a test process runs its workspaces on (issue #17). ctest runs the storage and
// use-case tests twice: as they are (SQLite), and as `<name>_postgresql` with
// KONVERGENSI_TEST_ENGINE=postgresql. Those need a server: KONVERGENSI_TEST_POSTGRES holds a
// superuser's URL (scripts/test starts a throw-away server and sets it). Without one the
// PostgreSQL variants skip with a message (test_main's environment), unless
// KONVERGENSI_TEST_POSTGRES_REQUIRED=1 (scripts/test), where they fail.
//
// Every TestServerDatabase is a new database made from a template (the schema at this
// program's version, made once per set of migrations under an advisory lock), dropped again
// when the test ends.

#include "storage/database.h"
#include "storage/migrations.h"

#include "core/clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <vector>

namespace konvergensi::test {

inline bool testOnPostgres()
{
    return qEnvironmentVariable("KONVERGENSI_TEST_ENGINE") == QLatin1String("postgresql");
}

/// The superuser URL of the test server, or empty.
inline QString testServerUrl()
{
    return qEnvironmentVariable("KONVERGENSI_TEST_POSTGRES");
}

/// "SQLite only" for a test that looks at what only SQLite has (files, PRAGMAs).
#define KONVERGENSI_SQLITE_ONLY(why)                                                               \
    do {                                                                                           \
        if (::konvergensi::test::testOnPostgres())                                                 \
            GTEST_SKIP() << "SQLite only: " << (why);                                              \
    } while (false)

/// A raw superuser connection to one database of the test server (for setup and checks).
class TestServerAdmin
{
public:
    explicit TestServerAdmin(const QString &database = {})
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("kvg-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        storage::ServerConnection server;
        QString error;
        if (!storage::ServerConnection::parse(testServerUrl(), &server, &error))
            throw std::runtime_error("KONVERGENSI_TEST_POSTGRES: " + error.toStdString());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(database.isEmpty() ? server.database : database);
        if (!db.open())
            throw std::runtime_error("test server: " + db.lastError().text().toStdString());
        m_server = server;
        if (!database.isEmpty())
            m_server.database = database;
    }
    ~TestServerAdmin()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    TestServerAdmin(const TestServerAdmin &) = delete;
    TestServerAdmin &operator=(const TestServerAdmin &) = delete;

    /// Runs a statement; throws with the server's message when it fails.
    QSqlQuery run(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            throw std::runtime_error("test server: " + query.lastError().text().toStdString()
                                     + " in " + sql.toStdString());
        return query;
    }
    bool exists(const QString &database) const
    {
        QSqlQuery query = run(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '")
                              + database + QLatin1Char('\''));
        return query.next() && query.value(0).toInt() > 0;
    }
    /// The server, as a ServerConnection to this admin connection's database.
    const storage::ServerConnection &server() const { return m_server; }

private:
    QString m_name;
    storage::ServerConnection m_server;
};

/// The template database for this program's migrations (made once, under an advisory lock).
/// Besides the schema it keeps, in the schema kvg_seed, a copy of every row the migrations
/// put in (the risk-factor checklist), so that a pooled database can be reset quickly.
inline QString testTemplateDatabase()
{
    static const QString name = [] {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const auto &step : storage::Migrations::steps())
            hash.addData(storage::Migrations::scriptFor(step, storage::Engine::Postgres).toUtf8());
        const QString templateName = QStringLiteral("kvg_template_%1_%2_s2")
                                         .arg(storage::Migrations::latestVersion())
                                         .arg(QString::fromLatin1(hash.result().toHex().left(10)));
        TestServerAdmin admin;
        admin.run(QStringLiteral("SELECT pg_advisory_lock(1707)"));
        if (!admin.exists(templateName)) {
            const QString building = templateName + QStringLiteral("_building");
            admin.run(QStringLiteral("DROP DATABASE IF EXISTS ") + building);
            admin.run(QStringLiteral("CREATE DATABASE ") + building);
            {
                storage::ServerConnection server = admin.server();
                server.database = building;
                auto db = storage::Database::openPostgres(server, {},
                                                          storage::ServerSchema::Upgrade);
            }
            {
                TestServerAdmin seed(building);
                seed.run(QStringLiteral("CREATE SCHEMA kvg_seed"));
                QSqlQuery tables = seed.run(
                    QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                   "AND tablename <> 'schema_migrations'"));
                QStringList names;
                while (tables.next())
                    names << tables.value(0).toString();
                for (const QString &table : names) {
                    QSqlQuery rows = seed.run(QStringLiteral("SELECT count(*) FROM ") + table);
                    if (rows.next() && rows.value(0).toLongLong() > 0)
                        seed.run(QStringLiteral("CREATE TABLE kvg_seed.%1 AS SELECT * FROM %1")
                                     .arg(table));
                }
            }
            admin.run(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, templateName));
        }
        admin.run(QStringLiteral("SELECT pg_advisory_unlock(1707)"));
        return templateName;
    }();
    return name;
}

/// The databases of this process on the test server: made from the template once, then
/// emptied and given back for the next test (a new database costs seconds on a busy machine,
/// emptying one a few milliseconds).
struct TestServerPool
{
    struct Entry
    {
        QString name;
        bool inUse = false;
    };
    std::vector<Entry> entries;

    static TestServerPool &instance()
    {
        static TestServerPool pool;
        return pool;
    }

    /// The tables the migrations make (schema_migrations left out).
    static QStringList knownTables()
    {
        static const QStringList tables = [] {
            static const QRegularExpression create(QStringLiteral("CREATE TABLE (\\w+)"));
            QStringList out;
            for (const auto &step : storage::Migrations::steps()) {
                const QString script = storage::Migrations::scriptFor(step,
                                                                      storage::Engine::Sqlite);
                for (auto it = create.globalMatch(script); it.hasNext();) {
                    const QString table = it.next().captured(1);
                    if (table != QLatin1String("schema_migrations") && !out.contains(table))
                        out << table;
                }
            }
            return out;
        }();
        return tables;
    }

    static void create(TestServerAdmin &admin, const QString &name)
    {
        admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        admin.run(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, testTemplateDatabase()));
    }

    /// Empties a used database back to the template's content; makes it again when a test
    /// changed its schema (dropped tables, removed migration rows).
    static void reset(TestServerAdmin &admin, const QString &name)
    {
        bool remake = false;
        {
            TestServerAdmin db(name);
            // A lock still held somewhere fails the reset with a message instead of hanging
            // the test until ctest's timeout.
            db.run(QStringLiteral("SET lock_timeout = '30s'"));
            // Other connections a test left open would hold locks.
            db.run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                  "datname = current_database() AND pid <> pg_backend_pid()"));
            QSqlQuery version = db.run(QStringLiteral(
                "SELECT CASE WHEN to_regclass('public.schema_migrations') IS NULL THEN -1 ELSE "
                "(SELECT count(*) FROM public.schema_migrations) END"));
            remake = !version.next()
                     || version.value(0).toInt() != storage::Migrations::latestVersion();
            if (!remake) {
                QSqlQuery tables = db.run(QStringLiteral(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename "
                    "<> 'schema_migrations'"));
                QStringList names;
                while (tables.next())
                    names << tables.value(0).toString();
                const QStringList known = knownTables();
                for (const QString &table : names)
                    if (!known.contains(table))
                        db.run(QStringLiteral("DROP TABLE public.%1 CASCADE").arg(table));
                for (const QString &table : known)
                    remake = remake || !names.contains(table);
                if (!remake) {
                    db.run(QStringLiteral("TRUNCATE ") + known.join(QStringLiteral(", "))
                           + QStringLiteral(" RESTART IDENTITY CASCADE"));
                    QSqlQuery seeds = db.run(QStringLiteral(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'kvg_seed'"));
                    QStringList seeded;
                    while (seeds.next())
                        seeded << seeds.value(0).toString();
                    for (const QString &table : seeded) {
                        db.run(QStringLiteral("INSERT INTO public.%1 SELECT * FROM kvg_seed.%1")
                                   .arg(table));
                        db.run(QStringLiteral(
                                   "SELECT setval(pg_get_serial_sequence('public.%1', 'id'), "
                                   "max(id)) FROM public.%1 WHERE pg_get_serial_sequence("
                                   "'public.%1', 'id') IS NOT NULL")
                                   .arg(table));
                    }
                }
            }
        }
        if (remake)
            create(admin, name);
    }

    QString acquire()
    {
        TestServerAdmin admin;
        for (Entry &entry : entries) {
            if (!entry.inUse) {
                reset(admin, entry.name);
                entry.inUse = true;
                return entry.name;
            }
        }
        const QString name = QStringLiteral("kvg_t_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(entries.size());
        create(admin, name);
        entries.push_back({name, true});
        return name;
    }
    void release(const QString &name)
    {
        for (Entry &entry : entries)
            if (entry.name == name)
                entry.inUse = false;
    }
    /// Drops every database of the pool (the engine environment's TearDown).
    void dropAll()
    {
        if (entries.empty())
            return;
        TestServerAdmin admin;
        for (const Entry &entry : entries)
            admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(entry.name));
        entries.clear();
    }
};

/// A database on the test server with the schema at this program's version and nothing else
/// (from the pool of this process), for one test.
class TestServerDatabase
{
public:
    TestServerDatabase()
    {
        m_name = TestServerPool::instance().acquire();
        TestServerAdmin admin;
        m_server = admin.server();
        m_server.database = m_name;
    }
    ~TestServerDatabase() { TestServerPool::instance().release(m_name); }
    TestServerDatabase(const TestServerDatabase &) = delete;
    TestServerDatabase &operator=(const TestServerDatabase &) = delete;

    /// Another connection to this database (as the test server's superuser, or `user`).
    std::unique_ptr<storage::Database> open(std::shared_ptr<const core::Clock> clock = {},
                                            const QString &user = {}) const
    {
        storage::ServerConnection server = m_server;
        if (!user.isEmpty())
            server.user = user;
        return storage::Database::openPostgres(server, std::move(clock));
    }
    const QString &name() const { return m_name; }
    QString url() const { return m_server.url(); }
    const storage::ServerConnection &server() const { return m_server; }

private:
    QString m_name;
    storage::ServerConnection m_server;
};

/// The databases openTestWorkspace made on the server; dropped when the tests end (the
/// engine environment's TearDown).
inline std::vector<std::unique_ptr<TestServerDatabase>> &testServerDatabasesToDrop()
{
    static std::vector<std::unique_ptr<TestServerDatabase>> databases;
    return databases;
}

/// A fresh workspace on the test engine, for fixtures that hold the Database themselves:
/// SQLite in memory, or a new database on the test server (see TestDb for tests that can
/// hold a TestDb).
inline std::unique_ptr<storage::Database> openTestWorkspace(
    std::shared_ptr<const core::Clock> clock = {})
{
    if (!testOnPostgres())
        return storage::Database::openSqlite(QStringLiteral(":memory:"), std::move(clock));
    testServerDatabasesToDrop().push_back(std::make_unique<TestServerDatabase>());
    return testServerDatabasesToDrop().back()->open(std::move(clock));
}

} // namespace konvergensi::test
