// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspace_copy.h"

#include "storage/batch_insert.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/sql_dialect.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>

namespace konvergensi::storage {

namespace {

/// The tables in the order the migrations make them: a table refers only to tables made
/// before it, so copying in this order and emptying in the reverse keeps every foreign key.
QStringList tablesInSchemaOrder(Database &db)
{
    static const QRegularExpression create(QStringLiteral("CREATE TABLE (\\w+)"));
    QStringList ordered;
    for (const auto &step : Migrations::steps()) {
        const QString script = Migrations::scriptFor(step, Engine::Sqlite);
        for (auto it = create.globalMatch(script); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!ordered.contains(name))
                ordered << name;
        }
    }
    const QStringList present = sql::tableNames(db);
    QStringList out;
    for (const QString &name : ordered)
        if (present.contains(name) && name != QLatin1String("schema_migrations"))
            out << name;
    return out;
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    if (db.isPostgres()) {
        Query query(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                       "table_schema = current_schema() AND table_name = :t "
                                       "ORDER BY ordinal_position"));
        query.bind(QStringLiteral(":t"), table).exec();
        while (query.next())
            columns << query.text(0);
    } else {
        Query query(db, QStringLiteral("SELECT name FROM pragma_table_info(:t) ORDER BY cid"));
        query.bind(QStringLiteral(":t"), table).exec();
        while (query.next())
            columns << query.text(0);
    }
    return columns;
}

QStringList primaryKeyOf(Database &db, const QString &table)
{
    QStringList key;
    if (db.isPostgres()) {
        Query query(db, QStringLiteral(
                            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = "
                            "i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = "
                            "to_regclass(:t) AND i.indisprimary ORDER BY array_position(i.indkey, "
                            "a.attnum)"));
        query.bind(QStringLiteral(":t"), table).exec();
        while (query.next())
            key << query.text(0);
    } else {
        Query query(db, QStringLiteral("SELECT name FROM pragma_table_info(:t) WHERE pk > 0 "
                                       "ORDER BY pk"));
        query.bind(QStringLiteral(":t"), table).exec();
        while (query.next())
            key << query.text(0);
    }
    return key;
}

/// The rows in a fixed order: by primary key (text keys compare byte by byte on both
/// engines); regions parents first, since a region refers to its parent.
QString orderBy(Database &db, const QString &table, const QStringList &columns)
{
    if (table == QLatin1String("region"))
        return QStringLiteral(" ORDER BY length(code), code");
    const QStringList key = primaryKeyOf(db, table);
    return QStringLiteral(" ORDER BY ")
           + (key.isEmpty() ? columns : key).join(QStringLiteral(", "));
}

/// A value as the checksum reads it, the same on both engines.
void addValue(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData(QByteArrayView("\\N"));
    } else if (value.typeId() == QMetaType::QByteArray) {
        hash.addData(QByteArrayView("x"));
        hash.addData(value.toByteArray().toHex());
    } else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        hash.addData(QString::number(value.toDouble(), 'g', 17).toUtf8());
    } else {
        hash.addData(value.toString().toUtf8());
    }
    hash.addData(QByteArrayView("\x1f"));
}

WorkspaceCopy::TableCheck summariseTable(Database &db, const QString &table)
{
    const QStringList columns = columnsOf(db, table);
    Query query(db, QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
                        + QStringLiteral(" FROM ") + table + orderBy(db, table, columns));
    query.exec();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    WorkspaceCopy::TableCheck check{table, 0, {}};
    while (query.next()) {
        for (int i = 0; i < columns.size(); ++i)
            addValue(hash, query.value(i));
        hash.addData(QByteArrayView("\x1e"));
        ++check.rows;
    }
    check.checksum = QString::fromLatin1(hash.result().toHex());
    return check;
}

} // namespace

std::vector<WorkspaceCopy::TableCheck> WorkspaceCopy::summarise(Database &db)
{
    std::vector<TableCheck> out;
    for (const QString &table : tablesInSchemaOrder(db))
        out.push_back(summariseTable(db, table));
    return out;
}

std::vector<WorkspaceCopy::TableCheck> WorkspaceCopy::copy(Database &from, Database &to)
{
    const int fromVersion = Migrations::currentVersion(from);
    const int toVersion = Migrations::currentVersion(to);
    if (fromVersion != toVersion)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Storage",
                               "The two workspaces are at different versions (%1 and %2); open "
                               "both with this program first so that both are at version %3.")
                               .arg(fromVersion)
                               .arg(toVersion)
                               .arg(Migrations::latestVersion()));
    const QStringList tables = tablesInSchemaOrder(from);
    // Only what the schema itself put there (the risk-factor checklist) may be in the target.
    for (const QString &table : tablesInSchemaOrder(to)) {
        if (table == QLatin1String("case_audit_risk_factor"))
            continue;
        Query rows(to, QStringLiteral("SELECT count(*) FROM ") + table);
        rows.exec();
        if (rows.next() && rows.integer(0) > 0)
            throw StorageError(StorageError::Kind::Invalid,
                               QCoreApplication::translate(
                                   "Storage",
                                   "%1 already holds data (table %2), and a copy never mixes two "
                                   "workspaces. Copy into a new file, or into a database just "
                                   "prepared with server init.")
                                   .arg(to.path(), table));
    }

    Transaction transaction(to);
    // On a prepared server the audit log's actor is set to the login by a trigger; the copy
    // keeps the history's own actors (only the schema's owner may do this, in this
    // transaction).
    bool actorTrigger = false;
    if (to.isPostgres()) {
        Query trigger(to,
                      QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                     "'audit_log_actor' AND tgrelid = to_regclass('audit_log')"));
        trigger.exec();
        actorTrigger = trigger.next() && trigger.integer(0) > 0;
        if (actorTrigger)
            Query::run(to, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_actor"));
    }
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        Query::run(to, QStringLiteral("DELETE FROM ") + *it);
    for (const QString &table : tables) {
        const QStringList columns = columnsOf(from, table);
        Query read(from, QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
                             + QStringLiteral(" FROM ") + table + orderBy(from, table, columns));
        read.exec();
        // Many rows a statement: one round trip to the server per hundred rows, not per row.
        BatchInsert write(to,
                          QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                              + columns.join(QStringLiteral(", ")) + QLatin1Char(')'),
                          static_cast<int>(columns.size()));
        qint64 rows = 0;
        std::vector<QVariant> values(static_cast<size_t>(columns.size()));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                values[static_cast<size_t>(i)] = read.value(i);
            write.add(values);
            ++rows;
        }
        write.flush();
        qCInfo(lcStorage) << "copied" << rows << "rows of" << table;
        // Identity columns go on after the highest id copied.
        if (to.isPostgres() && columns.contains(QStringLiteral("id"))) {
            Query::run(to, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                          "coalesce(max(id), 0) + 1, false) FROM %1 WHERE "
                                          "pg_get_serial_sequence('%1', 'id') IS NOT NULL")
                               .arg(table));
        }
    }
    const auto source = summarise(from);
    const auto target = summarise(to);
    for (std::size_t i = 0; i < source.size(); ++i) {
        const bool same = i < target.size() && source[i].table == target[i].table
                          && source[i].rows == target[i].rows
                          && source[i].checksum == target[i].checksum;
        if (!same)
            throw StorageError(StorageError::Kind::Query,
                               QCoreApplication::translate(
                                   "Storage",
                                   "The copy of table %1 does not match the original (rows or "
                                   "checksum differ), so nothing was copied.")
                                   .arg(source[i].table));
    }
    if (actorTrigger)
        Query::run(to, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_actor"));
    transaction.commit();
    return source;
}

} // namespace konvergensi::storage
