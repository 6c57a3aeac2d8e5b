// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the server benchmarks share: timing several runs, and a fresh database on a local
// PostgreSQL server (KONVERGENSI_BENCH_POSTGRES, else KONVERGENSI_TEST_POSTGRES: a superuser's
// URL, as scripts/lib/test-postgres.sh's kv_pg_start exports it) prepared by `server init`.

#include "bench_timing.h"
#include "storage/database.h"
#include "storage/server_admin.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <vector>

namespace konvergensi::bench {

/// The superuser URL of the local server; exits 2 with a message when none is given.
inline storage::ServerConnection benchServer()
{
    QString url = qEnvironmentVariable("KONVERGENSI_BENCH_POSTGRES");
    if (url.isEmpty())
        url = qEnvironmentVariable("KONVERGENSI_TEST_POSTGRES");
    storage::ServerConnection server;
    QString error;
    if (url.isEmpty() || !storage::ServerConnection::parse(url, &server, &error)) {
        std::fprintf(stderr,
                     "No PostgreSQL server: set KONVERGENSI_BENCH_POSTGRES to a superuser's URL, "
                     "or run `source scripts/lib/test-postgres.sh; kv_pg_start` first. %s\n",
                     qPrintable(error));
        std::exit(2);
    }
    return server;
}

/// Drops and creates `name` on the server (as its superuser), then `server init` on it.
/// Returns the connection to the new database.
inline storage::ServerConnection freshServerDatabase(const storage::ServerConnection &admin,
                                                     const QString &name)
{
    const QString connection = QStringLiteral("kvg-bench-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setDatabaseName(admin.database);
        if (!db.open())
            throw std::runtime_error("server: " + db.lastError().text().toStdString());
        QSqlQuery query(db);
        const QStringList statements = {QStringLiteral("DROP DATABASE IF EXISTS ") + name,
                                        QStringLiteral("CREATE DATABASE ") + name};
        for (const QString &sql : statements)
            if (!query.exec(sql))
                throw std::runtime_error("server: " + query.lastError().text().toStdString());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    storage::ServerConnection server = admin;
    server.database = name;
    storage::ServerAdmin::init(server);
    return server;
}

/// The size of the server database in bytes (pg_database_size).
inline qint64 serverDatabaseSize(const storage::ServerConnection &server)
{
    const QString connection = QStringLiteral("kvg-bench-size");
    qint64 size = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(server.database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT pg_database_size(current_database())"))
                && query.next())
                size = query.value(0).toLongLong();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return size;
}

} // namespace konvergensi::bench
