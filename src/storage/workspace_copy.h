// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace konvergensi::storage {

class Database;

/// Copies a whole workspace from one database to another, on either engine (issue #17:
/// SQLite → PostgreSQL to move to the office server, and back for a backup or to leave it).
class WorkspaceCopy
{
public:
    /// One table: its rows and a checksum of its content (SHA-256 over every value in
    /// primary-key order, written the same way whatever the engine), on both sides.
    struct TableCheck
    {
        QString table;
        qint64 rows = 0;
        QString checksum;
    };

    /// What every table holds, in the order of the schema (schema_migrations left out).
    static std::vector<TableCheck> summarise(Database &db);

    /// Copies everything `from` holds into `to`, which must be at the same schema version and
    /// hold no data yet (a new file, or a database after `server init`). One transaction on
    /// `to`: it ends with the same rows as `from`, or stays as it was. Compares every
    /// table's rows and checksum on both sides afterwards (inside the transaction) and throws
    /// StorageError when one differs. Returns the comparison.
    static std::vector<TableCheck> copy(Database &from, Database &to);
};

} // namespace konvergensi::storage
