// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace konvergensi::storage {

class Database;

/// A prepared statement that throws StorageError instead of returning false, and logs the
/// SQL and the driver's message under konvergensi.storage.
class Query
{
public:
    Query(Database &db, const QString &sql);

    Query &bind(const QString &placeholder, const QVariant &value);
    /// Binds the `position`-th (0-based) `?` placeholder: for statements of many values,
    /// where finding a named placeholder among thousands would cost more than the insert.
    Query &bind(int position, const QVariant &value);
    /// Runs the statement; throws on failure.
    Query &exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    QString text(int index) const { return m_query.value(index).toString(); }
    qint64 integer(int index) const { return m_query.value(index).toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    /// The id of the row the INSERT made (SQLite's rowid, PostgreSQL's identity value).
    QVariant lastInsertId() const;

    /// Runs a statement without parameters.
    static void run(Database &db, const QString &sql);

private:
    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace konvergensi::storage
