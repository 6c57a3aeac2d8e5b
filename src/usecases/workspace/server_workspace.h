// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/workspace_copy.h"

#include <QString>

#include <memory>
#include <vector>

// A workspace on the office's PostgreSQL server (issue #17): connecting from the window,
// what the login may do there, and moving a workspace file up to a server.
namespace konvergensi::usecases::workspace {

/// Checks the fields of a connection before connecting: empty when they are fine, else one
/// translated sentence naming the field.
QString checkServerConnection(const storage::ServerConnection &server);

/// "budi@192.168.1.10/konvergensi": how a server workspace is named in the title bar and
/// the recent list (the port only when it is not 5432).
QString serverLabel(const storage::ServerConnection &server);

/// Connects to a server workspace whose schema is at this program's version. Throws
/// storage::StorageError with one translated sentence (wrong password, no such database,
/// unreachable server, TLS refused, older schema).
std::unique_ptr<storage::Database> connectToServer(const storage::ServerConnection &server,
                                                   std::shared_ptr<const core::Clock> clock = {});

/// The tables and what they hold after a move, with the new workspace's label.
struct MoveResult
{
    std::vector<storage::WorkspaceCopy::TableCheck> tables;
    qint64 totalRows = 0;
};

/// Copies the open workspace `from` into the server database `to`, which must have been
/// prepared with `server init` and hold no data yet. One transaction on the server; the rows
/// and checksum of every table are compared on both sides before it commits. Throws
/// storage::StorageError (nothing is written on the server then).
MoveResult moveToServer(storage::Database &from, const storage::ServerConnection &to);

} // namespace konvergensi::usecases::workspace
