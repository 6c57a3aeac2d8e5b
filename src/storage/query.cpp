// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/query.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/statement_counter.h"
#include "storage/storage_error.h"

#include <QSqlError>

namespace konvergensi::storage {

namespace {
[[noreturn]] void fail(const Database &db, const QString &sql, const QSqlError &error)
{
    qCWarning(lcStorage).noquote() << "statement failed:" << error.text() << "in" << sql;
    const QString native = error.nativeErrorCode();
    // SQLITE_CONSTRAINT_FOREIGNKEY (787) / PostgreSQL 23503: still referred to elsewhere.
    if (native == QLatin1String("787") || native == QLatin1String("23503")
        || error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed")))
        throw StorageError::stillInUse();
    if (db.isPostgres()) {
        // libpq's own failures carry no SQLSTATE: "server closed the connection
        // unexpectedly", "no connection to the server".
        if (native.isEmpty()
            && (error.type() == QSqlError::ConnectionError
                || error.text().contains(QLatin1String("connection"), Qt::CaseInsensitive)))
            throw StorageError::fromPostgres(QStringLiteral("08006"));
        throw StorageError::fromPostgres(native);
    }
    bool ok = false;
    const int code = native.toInt(&ok);
    // SQLite's own words ("database is locked") stay in the log; the user gets a sentence.
    throw StorageError::fromSqlite(ok ? code : 1);
}
} // namespace

Query::Query(Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    if (!m_query.prepare(sql))
        fail(m_db, sql, m_query.lastError());
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // Booleans are stored as 0/1 on both engines (PostgreSQL would not take TRUE for an
    // integer column).
    if (value.typeId() == QMetaType::Bool)
        m_query.bindValue(placeholder, value.toBool() ? 1 : 0);
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::bind(int position, const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        m_query.bindValue(position, value.toBool() ? 1 : 0);
    else
        m_query.bindValue(position, value);
    return *this;
}

Query &Query::exec()
{
    StatementCounter::add();
    if (!m_query.exec())
        fail(m_db, m_sql, m_query.lastError());
    return *this;
}

QVariant Query::lastInsertId() const
{
    if (!m_db.isPostgres())
        return m_query.lastInsertId();
    // The id the row's identity column took: lastval() of this session (no trigger inserts
    // into another table with an identity).
    StatementCounter::add();
    QSqlQuery last(m_db.connection());
    if (!last.exec(QStringLiteral("SELECT lastval()")) || !last.next())
        fail(m_db, QStringLiteral("SELECT lastval()"), last.lastError());
    return last.value(0);
}

void Query::run(Database &db, const QString &sql)
{
    StatementCounter::add();
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        fail(db, sql, query.lastError());
}

} // namespace konvergensi::storage
