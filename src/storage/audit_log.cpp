// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/audit_log.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QJsonDocument>

namespace konvergensi::storage {

namespace {

QString actionText(AuditLog::Action action)
{
    switch (action) {
    case AuditLog::Action::Insert:
        return QStringLiteral("insert");
    case AuditLog::Action::Update:
        return QStringLiteral("update");
    case AuditLog::Action::Delete:
        return QStringLiteral("delete");
    case AuditLog::Action::View:
        return QStringLiteral("view");
    }
    return QStringLiteral("update");
}

AuditLog::Action actionFromText(const QString &text)
{
    if (text == QLatin1String("insert"))
        return AuditLog::Action::Insert;
    if (text == QLatin1String("delete"))
        return AuditLog::Action::Delete;
    if (text == QLatin1String("view"))
        return AuditLog::Action::View;
    return AuditLog::Action::Update;
}

QVariant jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

void AuditLog::record(Database &db, const QString &table, const QString &rowKey, Action action,
                      const QJsonObject &before, const QJsonObject &after)
{
    Query(db, QStringLiteral("INSERT INTO audit_log (at, actor, table_name, row_key, action, "
                             "before_json, after_json) VALUES (:at, :actor, :table, :key, "
                             ":action, :before, :after)"))
        .bind(QStringLiteral(":at"), db.nowText())
        .bind(QStringLiteral(":actor"), db.actor())
        .bind(QStringLiteral(":table"), table)
        .bind(QStringLiteral(":key"), rowKey)
        .bind(QStringLiteral(":action"), actionText(action))
        .bind(QStringLiteral(":before"), jsonText(before))
        .bind(QStringLiteral(":after"), jsonText(after))
        .exec();
}

std::vector<AuditLog::Entry> AuditLog::entries(Database &db, const QString &table,
                                               const QString &rowKey, int limit)
{
    QString sql = QStringLiteral("SELECT id, at, actor, table_name, row_key, action, before_json, "
                                 "after_json FROM audit_log WHERE 1 = 1");
    if (!table.isEmpty())
        sql += QStringLiteral(" AND table_name = :table");
    if (!rowKey.isEmpty())
        sql += QStringLiteral(" AND row_key = :key");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    Query query(db, sql);
    if (!table.isEmpty())
        query.bind(QStringLiteral(":table"), table);
    if (!rowKey.isEmpty())
        query.bind(QStringLiteral(":key"), rowKey);
    query.bind(QStringLiteral(":limit"), limit).exec();
    std::vector<Entry> out;
    while (query.next()) {
        out.push_back({query.integer(0), query.text(1), query.text(2), query.text(3), query.text(4),
                       actionFromText(query.text(5)), parseJson(query.text(6)),
                       parseJson(query.text(7))});
    }
    return out;
}

} // namespace konvergensi::storage
