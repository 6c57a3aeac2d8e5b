// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace konvergensi::storage {

class Database;
class Query;
class SqliteStatement;

/// Writes many rows of one table with multi-row INSERT statements of up to `batchRows` rows
/// each: one statement (one round trip to a server) for many rows, the way large imports stay
/// fast on PostgreSQL. Same on both engines. Rows are written when a batch is full and at
/// flush(); call flush() before anything reads them (and before commit). On SQLite the
/// statements run through SQLite's own interface when it can (SqliteStatement): binding
/// through QtSql costs more than SQLite's insert.
class BatchInsert
{
public:
    /// `head` is "INSERT INTO t (a, b, c)", `tail` what follows the VALUES list (an ON CONFLICT
    /// clause) or empty. Every row gives one value per column.
    BatchInsert(Database &db, QString head, int columns, QString tail = {}, int batchRows = 100);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    /// Adds a row (booleans are bound as 0/1, as Query::bind does).
    void add(const std::vector<QVariant> &values);
    /// Adds a row whose `key` must not meet a row of the same key in one statement (an
    /// ON CONFLICT DO UPDATE cannot touch a row twice): the pending rows are written first.
    void add(const std::vector<QVariant> &values, qint64 key);
    /// Writes the pending rows. Throws StorageError.
    void flush();

private:
    QString sql(int rows) const;

    Database &m_db;
    QString m_head;
    int m_columns;
    QString m_tail;
    int m_batchRows;
    std::vector<QVariant> m_values;
    QSet<qint64> m_keys;
    bool m_native = false;         ///< through SqliteStatement
    std::unique_ptr<Query> m_full; ///< the statement of a full batch, prepared once
    std::unique_ptr<SqliteStatement> m_nativeFull;
};

} // namespace konvergensi::storage
