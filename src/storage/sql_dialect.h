// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace konvergensi::storage {

class Database;

/// The few places where SQLite and PostgreSQL are written differently. Everything else in
/// storage is SQL both engines read the same way.
namespace sql {

/// A schema script written for SQLite (resources/migrations/NNNN_name.sql) as PostgreSQL
/// reads it: `id INTEGER PRIMARY KEY` becomes an identity column, INTEGER → BIGINT (SQLite's
/// integers have 64 bits), REAL → DOUBLE PRECISION, BLOB → BYTEA, and every TEXT column
/// takes COLLATE "C", so text compares and sorts byte by byte as on SQLite (region codes are
/// searched as ranges: '14.03' <= code < '14.03/'). A migration that needs more has its own
/// file in resources/migrations/postgresql/ with the same name.
QString postgresSchema(const QString &sqliteScript);

/// Whether a table exists (sqlite_master / to_regclass).
bool tableExists(Database &db, const QString &table);

/// The tables of the workspace schema (schema_migrations included), sorted by name.
QStringList tableNames(Database &db);

/// Ids for new rows of a table written with explicit ids (many rows in one statement, where
/// the database cannot hand back each row's id), inside the caller's write transaction:
/// SQLite counts on from the table's largest id (nobody else writes while the transaction
/// holds the lock); PostgreSQL takes them from the identity sequence, a block at a time, so
/// other connections never get the same.
class NewIds
{
public:
    NewIds(Database &db, QString table, int block = 1000);

    qint64 next();

private:
    Database &m_db;
    QString m_table;
    int m_block;
    std::vector<qint64> m_ids; ///< reserved, not yet handed out (PostgreSQL), in reverse
    qint64 m_next = 0;         ///< SQLite: the next id; 0 before the first
};

} // namespace sql
} // namespace konvergensi::storage
