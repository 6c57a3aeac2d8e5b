// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace konvergensi::storage {

class Database;
enum class Engine;

/// The numbered schema migrations in resources/migrations (NNNN_name.sql). Version N is
/// applied with its row in schema_migrations in one transaction, so a failed step leaves the
/// database at version N-1, never half way.
class Migrations
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    /// Every migration the program carries, in version order.
    static const std::vector<Step> &steps();
    /// The newest version this program knows.
    static int latestVersion();
    /// The version a database is at: 0 when it has no schema yet. Only reads.
    static int currentVersion(Database &db);
    /// Brings the database up to `target` (default: the latest).
    static void apply(Database &db, int target = -1);

    /// The script of a step for an engine: the shared file, on PostgreSQL translated
    /// (sql::postgresSchema) unless resources/migrations/postgresql/ has its own file.
    static QString scriptFor(const Step &step, Engine engine);

    /// The statements of a migration script: split at semicolons that end a line (not inside
    /// a $$-quoted function body), comment lines dropped.
    static QStringList splitStatements(const QString &script);
};

} // namespace konvergensi::storage
