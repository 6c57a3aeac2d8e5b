// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/sql_dialect.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace konvergensi::storage {

namespace {
/// The version from which a PostgreSQL workspace's tables NOTIFY their changes.
constexpr int kChangeNoticesVersion = 15;
} // namespace

const std::vector<Migrations::Step> &Migrations::steps()
{
    static const std::vector<Step> all = [] {
        std::vector<Step> out;
        const QDir dir(QStringLiteral(":/migrations"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const auto names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : names) {
            const auto match = pattern.match(file);
            if (!match.hasMatch()) {
                qCCritical(lcStorage) << "migration file with a bad name:" << file;
                continue;
            }
            out.push_back({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
        }
        // Versions must run 1, 2, 3, ... without gaps: a gap would be a lost migration.
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (out[i].version != static_cast<int>(i) + 1)
                qFatal("migrations are not numbered 1..N without gaps");
        }
        return out;
    }();
    return all;
}

int Migrations::latestVersion()
{
    return steps().empty() ? 0 : steps().back().version;
}

int Migrations::currentVersion(Database &db)
{
    if (!sql::tableExists(db, QStringLiteral("schema_migrations")))
        return 0;
    Query version(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    version.exec();
    return version.next() ? static_cast<int>(version.integer(0)) : 0;
}

QString Migrations::scriptFor(const Step &step, Engine engine)
{
    const auto read = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("migration resource missing");
        return QString::fromUtf8(file.readAll());
    };
    if (engine == Engine::Sqlite)
        return read(step.resourcePath);
    // PostgreSQL: the migration's own file when SQLite's words do not translate, else the
    // shared one translated.
    const QString own = QStringLiteral(":/migrations/postgresql/%1_%2.sql")
                            .arg(step.version, 4, 10, QLatin1Char('0'))
                            .arg(step.name);
    if (QFile::exists(own))
        return read(own);
    return sql::postgresSchema(read(step.resourcePath));
}

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    // Inside a dollar-quoted body ($$ ... $$ of a PostgreSQL function) semicolons end the
    // body's own statements, not the script's.
    bool inBody = false;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || (!inBody && line.startsWith(QLatin1String("--"))))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

void Migrations::apply(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    int current = currentVersion(db);
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        const QString script = scriptFor(step, db.engine());
        qCInfo(lcStorage) << "applying migration" << step.version << step.name;
        try {
            Transaction transaction(db);
            for (const QString &statement : splitStatements(script))
                Query::run(db, statement);
            // Tables made after version 15 announce their changes too (see
            // postgresql/0015_change_notices.sql).
            if (db.isPostgres() && step.version >= kChangeNoticesVersion)
                Query::run(db, QStringLiteral("SELECT konvergensi_watch_tables()"));
            Query(db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                     "VALUES (:version, :name, :at)"))
                .bind(QStringLiteral(":version"), step.version)
                .bind(QStringLiteral(":name"), step.name)
                .bind(QStringLiteral(":at"), db.nowText())
                .exec();
            transaction.commit();
        } catch (const StorageError &error) {
            throw StorageError(StorageError::Kind::Migration,
                               QCoreApplication::translate("Storage",
                                                           "The workspace could not be upgraded "
                                                           "to version %1 (%2): %3")
                                   .arg(step.version)
                                   .arg(step.name, error.message()));
        }
        current = step.version;
    }
}

} // namespace konvergensi::storage
