// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/workspace/server_workspace.h"

#include "storage/storage_error.h"

#include <QCoreApplication>

namespace konvergensi::usecases::workspace {

namespace {
bool hasBadCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == u'/' || c == u'@' || c == u'?' || c == u'#')
            return true;
    }
    return false;
}
} // namespace

QString checkServerConnection(const storage::ServerConnection &server)
{
    if (server.host.trimmed().isEmpty())
        return QCoreApplication::translate(
            "ServerWorkspace", "Give the server's name or address (e.g. 192.168.1.10).");
    if (hasBadCharacters(server.host.trimmed()))
        return QCoreApplication::translate(
            "ServerWorkspace", "The server's name or address may not contain spaces or / @ ? #.");
    if (server.port < 1 || server.port > 65535)
        return QCoreApplication::translate(
            "ServerWorkspace", "The port must be a number from 1 to 65535 (usually 5432).");
    if (server.database.trimmed().isEmpty())
        return QCoreApplication::translate(
            "ServerWorkspace", "Give the name of the database (ask the administrator).");
    if (server.user.trimmed().isEmpty())
        return QCoreApplication::translate("ServerWorkspace", "Give your user name on the server.");
    if (hasBadCharacters(server.user.trimmed()))
        return QCoreApplication::translate("ServerWorkspace",
                                           "The user name may not contain spaces or / @ ? #.");
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-full")};
    if (!modes.contains(server.sslMode))
        return QCoreApplication::translate(
            "ServerWorkspace", "Choose a TLS mode: disable, prefer, require or verify-full.");
    return {};
}

QString serverLabel(const storage::ServerConnection &server)
{
    QString host = server.host.isEmpty() ? QStringLiteral("localhost") : server.host;
    if (server.port != 5432)
        host += QStringLiteral(":%1").arg(server.port);
    return QStringLiteral("%1@%2/%3").arg(server.user, host, server.database);
}

std::unique_ptr<storage::Database> connectToServer(const storage::ServerConnection &server,
                                                   std::shared_ptr<const core::Clock> clock)
{
    const QString problem = checkServerConnection(server);
    if (!problem.isEmpty())
        throw storage::StorageError(storage::StorageError::Kind::Invalid, problem);
    storage::ServerConnection trimmed = server;
    trimmed.host = trimmed.host.trimmed();
    trimmed.database = trimmed.database.trimmed();
    trimmed.user = trimmed.user.trimmed();
    return storage::Database::openPostgres(trimmed, std::move(clock),
                                           storage::ServerSchema::Current);
}

MoveResult moveToServer(storage::Database &from, const storage::ServerConnection &to)
{
    const auto target = connectToServer(to, from.clockPointer());
    MoveResult result;
    result.tables = storage::WorkspaceCopy::copy(from, *target);
    for (const auto &table : result.tables)
        result.totalRows += table.rows;
    return result;
}

} // namespace konvergensi::usecases::workspace
