// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace konvergensi::storage {

class Database;

/// The change history every repository writes inside its own transaction: who, when, which
/// table and row, and the row before and after as JSON. Personal data (NIK, names of
/// children) is never put here by the repositories that hold it.
class AuditLog
{
public:
    enum class Action { Insert, Update, Delete, View };

    struct Entry
    {
        qint64 id = 0;
        QString at;
        QString actor;
        QString table;
        QString rowKey;
        Action action = Action::Insert;
        QJsonObject before;
        QJsonObject after;
    };

    static void record(Database &db, const QString &table, const QString &rowKey, Action action,
                       const QJsonObject &before, const QJsonObject &after);

    /// Entries, newest first; optionally for one table (and one row).
    static std::vector<Entry> entries(Database &db, const QString &table = {},
                                      const QString &rowKey = {}, int limit = 500);
};

} // namespace konvergensi::storage
