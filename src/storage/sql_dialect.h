// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

} // namespace sql
} // namespace konvergensi::storage
