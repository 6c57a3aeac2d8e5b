// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server (issue #17): the connection URL, opening, the schema check.
#include "storage/database.h"

#include "storage/logging.h"
#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/sql_dialect.h"
#include "storage/storage_error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace konvergensi::storage {

namespace {

QString nextServerConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("konvergensi-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

/// Why the connection failed, in one sentence; libpq's words go to the log.
StorageError connectFailure(const ServerConnection &server, const QSqlError &error)
{
    const QString text = error.text();
    qCWarning(lcStorage) << "connecting to" << server.url() << "failed:" << text;
    const QString where = QStringLiteral("%1:%2")
                              .arg(server.host.isEmpty() ? QStringLiteral("localhost")
                                                         : server.host)
                              .arg(server.port);
    if (text.contains(QLatin1String("password")))
        return StorageError(
            StorageError::Kind::CannotOpen,
            QCoreApplication::translate(
                "Storage",
                "The server %1 did not accept the user %2: the password is wrong or missing "
                "(give it when asked, or in PGPASSWORD or ~/.pgpass).")
                .arg(where, server.user));
    if (text.contains(QLatin1String("does not exist")))
        return StorageError(
            StorageError::Kind::CannotOpen,
            QCoreApplication::translate(
                "Storage", "The server %1 has no database %2 or no user %3. Ask the administrator.")
                .arg(where, server.database, server.user));
    if (text.contains(QLatin1String("SSL")))
        return StorageError(StorageError::Kind::CannotOpen,
                            QCoreApplication::translate(
                                "Storage",
                                "The server %1 and this computer did not agree on an encrypted "
                                "connection (TLS mode %2).")
                                .arg(where, server.sslMode));
    return StorageError(StorageError::Kind::Disconnected,
                        QCoreApplication::translate(
                            "Storage",
                            "The server %1 cannot be reached. Check the network and that the "
                            "server is running, then try again.")
                            .arg(where));
}

} // namespace

bool ServerConnection::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool ServerConnection::parse(const QString &text, ServerConnection *out, QString *error)
{
    const auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!isUrl(text))
        return bad(QCoreApplication::translate(
            "Storage", "A server address starts with postgresql://, for example "
                       "postgresql://user@server:5432/konvergensi."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return bad(
            QCoreApplication::translate("Storage", "%1 is not a valid server address.").arg(text));
    ServerConnection result;
    result.host = url.host(); // empty: libpq's default (the local socket)
    result.port = url.port(5432);
    if (result.port <= 0 || result.port > 65535)
        return bad(QCoreApplication::translate("Storage",
                                               "The port of %1 is not a number from 1 to 65535.")
                       .arg(text));
    result.database = url.path().mid(1);
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        return bad(
            QCoreApplication::translate("Storage", "%1 names no database (…/name at the end).")
                .arg(text));
    result.user = url.userName();
    if (result.user.isEmpty()) {
        result.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    }
    result.password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return bad(QCoreApplication::translate(
                               "Storage", "The TLS mode %1 is unknown; use one of: %2.")
                               .arg(value, sslModes().join(QStringLiteral(", "))));
            result.sslMode = value;
        } else {
            return bad(QCoreApplication::translate("Storage",
                                                   "The server address has an unknown option %1.")
                           .arg(key));
        }
    }
    *out = result;
    return true;
}

QString ServerConnection::url() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (!host.isEmpty()) {
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        text += QStringLiteral(":%1").arg(port);
    }
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (sslMode != QLatin1String("prefer"))
        text += QStringLiteral("?sslmode=") + sslMode;
    return text;
}

std::unique_ptr<Database> Database::open(const QString &location,
                                         std::shared_ptr<const core::Clock> clock,
                                         const OpenOptions &options)
{
    if (!ServerConnection::isUrl(location))
        return openSqlite(location, std::move(clock), options);
    ServerConnection server;
    QString error;
    if (!ServerConnection::parse(location, &server, &error))
        throw StorageError(StorageError::Kind::CannotOpen, error);
    return openPostgres(server, std::move(clock));
}

std::unique_ptr<Database> Database::openPostgres(const ServerConnection &server,
                                                 std::shared_ptr<const core::Clock> clock,
                                                 ServerSchema schema)
{
    std::unique_ptr<Database> db(
        new Database(nextServerConnectionName(), server.url(), std::move(clock)));
    db->m_engine = Engine::Postgres;
    db->m_server = server;
    db->m_server.password.clear();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                            db->m_connectionName);
        if (!connection.isValid())
            throw StorageError(StorageError::Kind::CannotOpen,
                               QCoreApplication::translate(
                                   "Storage",
                                   "This computer lacks Qt's PostgreSQL driver (Debian package "
                                   "libqt6sql6-psql), so no server workspace can be opened."));
        if (!server.host.isEmpty())
            connection.setHostName(server.host);
        connection.setPort(server.port);
        connection.setDatabaseName(server.database);
        connection.setUserName(server.user);
        if (!server.password.isEmpty())
            connection.setPassword(server.password);
        connection.setConnectOptions(
            // Keep-alives and a send timeout: a connection whose network went away fails
            // within about half a minute instead of hanging on TCP's own timeouts.
            QStringLiteral("sslmode=%1;connect_timeout=10;application_name=Konvergensi;"
                           "keepalives=1;keepalives_idle=30;keepalives_interval=10;"
                           "keepalives_count=3;tcp_user_timeout=30000")
                .arg(server.sslMode));
        if (!connection.open())
            throw connectFailure(server, connection.lastError());
    }
    db->openServerSchema(schema);
    return db;
}

bool Database::reconnect()
{
    if (!isPostgres())
        return true;
    QSqlDatabase connection = this->connection();
    connection.close();
    m_transactionDepth = 0; // the server rolled back whatever was open
    if (!connection.open()) {
        qCInfo(lcStorage) << "reconnecting to" << m_server.url()
                          << "failed:" << connection.lastError().text();
        return false;
    }
    try {
        Query::run(*this, QStringLiteral("SET client_min_messages = warning"));
    } catch (const StorageError &) {
        return false;
    }
    qCInfo(lcStorage) << "reconnected to" << m_server.url();
    return true;
}

void Database::openServerSchema(ServerSchema schema)
{
    Query::run(*this, QStringLiteral("SET client_min_messages = warning"));
    {
        Query who(*this, QStringLiteral("SELECT session_user"));
        who.exec();
        if (who.next())
            m_actor = who.text(0);
    }
    const int current = Migrations::currentVersion(*this);
    m_schemaVersion = current;
    if (schema == ServerSchema::Unchecked)
        return;
    if (current == 0 && !sql::tableNames(*this).isEmpty())
        throw StorageError(StorageError::Kind::NotAWorkspace,
                           QCoreApplication::translate(
                               "Storage", "The database %1 holds tables of another program, not a "
                                          "Konvergensi workspace. Nothing was changed.")
                               .arg(m_server.url()));
    if (current > Migrations::latestVersion())
        throw StorageError(StorageError::Kind::SchemaTooNew,
                           QCoreApplication::translate(
                               "Storage",
                               "The server's workspace was made by a newer version of Konvergensi "
                               "(database version %1; this program knows up to %2). Nothing was "
                               "changed. Please update Konvergensi to open it.")
                               .arg(current)
                               .arg(Migrations::latestVersion()));
    if (current < Migrations::latestVersion()) {
        if (schema != ServerSchema::Upgrade) {
            throw StorageError(
                StorageError::Kind::Migration,
                current == 0
                    ? QCoreApplication::translate(
                          "Storage",
                          "The database %1 holds no workspace yet. The administrator prepares it "
                          "with: konvergensi-cli --database %1 server init")
                          .arg(m_server.url())
                    : QCoreApplication::translate(
                          "Storage",
                          "The server's workspace is at version %1 and this program needs %2. "
                          "The administrator upgrades it with: konvergensi-cli --database %3 "
                          "server upgrade")
                          .arg(current)
                          .arg(Migrations::latestVersion())
                          .arg(m_server.url()));
        }
        Migrations::apply(*this);
    }
    m_schemaVersion = Migrations::currentVersion(*this);
    qCInfo(lcStorage) << "opened server workspace" << m_server.url() << "schema" << m_schemaVersion
                      << "as" << m_actor;
}

} // namespace konvergensi::storage
