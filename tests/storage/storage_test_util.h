// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the storage tests: a database on a fixed clock, raw SQL reads.

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storage_error.h"
#include "test_engine.h"

#include "core/clock.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>
#include <vector>

namespace konvergensi::test {

/// 5 December 2023, 09:30:00: the time every test database starts at.
inline boost::posix_time::ptime testStart()
{
    return {boost::gregorian::date(2023, 12, 5), boost::posix_time::time_duration(9, 30, 0)};
}

/// An in-memory workspace on a clock the test holds, written by "tester". When the test runs
/// on PostgreSQL (KONVERGENSI_TEST_ENGINE=postgresql, see test_engine.h), ":memory:" gives a
/// fresh database of its own on the test server instead, dropped again at the end.
struct TestDb
{
    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(testStart());
    std::unique_ptr<TestServerDatabase> server;
    std::unique_ptr<storage::Database> db;

    explicit TestDb(const QString &path = QStringLiteral(":memory:"))
    {
        if (path == QLatin1String(":memory:") && testOnPostgres()) {
            server = std::make_unique<TestServerDatabase>();
            db = server->open(clock);
        } else {
            db = path == QLatin1String(":memory:") || QFileInfo::exists(path)
                     ? storage::Database::openSqlite(path, clock)
                     : storage::Database::createSqlite(path, clock);
        }
        db->setActor(QStringLiteral("tester"));
    }
    ~TestDb()
    {
        db.reset(); // closed before the server database is dropped
        server.reset();
    }
    TestDb(const TestDb &) = delete;
    TestDb &operator=(const TestDb &) = delete;
    TestDb(TestDb &&) = default;
    TestDb &operator=(TestDb &&) = default;

    storage::Database &operator*() const { return *db; }
    storage::Database *operator->() const { return db.get(); }
};

/// Runs a statement and returns its first column of the first row; fails the test on error.
inline QVariant scalar(storage::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        ADD_FAILURE() << "SQL failed: " << sql.toStdString() << ": "
                      << query.lastError().text().toStdString();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

inline qint64 count(storage::Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

/// Runs a statement that returns no rows; fails the test on error.
inline void exec(storage::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        ADD_FAILURE() << "SQL failed: " << sql.toStdString() << ": "
                      << query.lastError().text().toStdString();
}

/// Names of the tables, sorted.
inline QStringList tables(storage::Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(db.isPostgres() ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname "
                                                "= current_schema() ORDER BY tablename")
                               : QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                "'table' ORDER BY name"));
    QStringList out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}

/// Audit entries in the order they were written (AuditLog::entries gives newest first).
inline std::vector<storage::AuditLog::Entry> auditInOrder(storage::Database &db,
                                                          const QString &table = {})
{
    auto entries = storage::AuditLog::entries(db, table);
    std::reverse(entries.begin(), entries.end());
    return entries;
}

/// Runs `body` and returns the kind of StorageError it throws; fails when it throws nothing.
template<typename Body>
std::optional<storage::StorageError::Kind> errorKind(Body &&body, QString *message = nullptr)
{
    try {
        body();
    } catch (const storage::StorageError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    ADD_FAILURE() << "expected a StorageError";
    return std::nullopt;
}

/// A workspace file at schema `version` (older than the program's), made by the migration
/// scripts themselves without Database (which would upgrade it), with `rows` run on it
/// afterwards: the starting point of a migration test.
inline void makeOldWorkspace(const QString &path, int version, const QStringList &rows)
{
    const QString name = QStringLiteral("old-workspace");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        for (const auto &step : storage::Migrations::steps()) {
            if (step.version > version)
                break;
            QFile file(step.resourcePath);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << step.resourcePath.toStdString();
            for (const QString &statement :
                 storage::Migrations::splitStatements(QString::fromUtf8(file.readAll())))
                ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
            ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                                  "applied_at) VALUES (%1, '%2', "
                                                  "'2024-01-01T00:00:00')")
                                       .arg(step.version)
                                       .arg(step.name)))
                << query.lastError().text().toStdString();
        }
        for (const QString &row : rows)
            ASSERT_TRUE(query.exec(row))
                << row.toStdString() << ": " << query.lastError().text().toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace konvergensi::test

// Readable test output for QString values.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE
