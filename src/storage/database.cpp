// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/logging.h"
#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/storage_error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace konvergensi::storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("konvergensi-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("pengguna") : name;
}

} // namespace

Database::Database(QString connectionName, QString path, std::shared_ptr<const core::Clock> clock)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_actor(loginName())
    , m_clock(clock ? std::move(clock) : std::make_shared<core::SystemClock>())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::setClock(std::shared_ptr<const core::Clock> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

QString Database::nowText() const
{
    return QString::fromStdString(core::toIsoDateTime(m_clock->now()));
}

std::unique_ptr<Database> Database::openSqlite(const QString &path,
                                               std::shared_ptr<const core::Clock> clock)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!info.dir().exists())
            throw StorageError(
                StorageError::Kind::CannotOpen,
                QCoreApplication::translate("Storage", "The folder %1 does not exist.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (info.exists() && !info.isFile())
            throw StorageError(StorageError::Kind::CannotOpen,
                               QCoreApplication::translate("Storage", "%1 is not a file.")
                                   .arg(QDir::toNativeSeparators(path)));
    }

    std::unique_ptr<Database> db(new Database(nextConnectionName(), path, std::move(clock)));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            db->m_connectionName);
        connection.setDatabaseName(path);
        if (!connection.open()) {
            qCWarning(lcStorage) << "cannot open" << path << connection.lastError().text();
            throw StorageError(
                StorageError::Kind::CannotOpen,
                QCoreApplication::translate("Storage", "The workspace %1 cannot be opened: %2")
                    .arg(QDir::toNativeSeparators(path), connection.lastError().databaseText()));
        }
    }

    // Read before anything writes: a file that is not SQLite, or a newer schema, must be
    // left byte for byte as it was.
    int current = 0;
    bool foreign = false;
    try {
        current = Migrations::currentVersion(*db);
        if (current == 0) {
            // No schema history: only an empty database may become a workspace. A SQLite file
            // of another program (it has tables of its own) is refused, not extended.
            Query objects(*db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            objects.exec();
            foreign = objects.next() && objects.integer(0) > 0;
        }
    } catch (const StorageError &) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "Storage",
                               "%1 is not a Konvergensi workspace (not a SQLite database, or "
                               "damaged).")
                               .arg(QDir::toNativeSeparators(path)));
    }
    if (foreign) {
        qCWarning(lcStorage) << "refusing a database without schema history:" << path;
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Storage",
                                                       "%1 is not a Konvergensi workspace (it is "
                                                       "a database of another program). It has "
                                                       "not been changed.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    if (current > Migrations::latestVersion()) {
        qCWarning(lcStorage) << "refusing schema version" << current << "newer than"
                             << Migrations::latestVersion();
        throw StorageError(StorageError::Kind::SchemaTooNew,
                           QCoreApplication::translate(
                               "Storage",
                               "This workspace was saved by a newer version of Konvergensi "
                               "(database version %1; this program knows up to %2). It has not "
                               "been changed. Please update Konvergensi to open it.")
                               .arg(current)
                               .arg(Migrations::latestVersion()));
    }

    Query::run(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Query::run(*db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!inMemory) {
        Query::run(*db, QStringLiteral("PRAGMA journal_mode = WAL"));
        Query::run(*db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    }

    Migrations::apply(*db);
    db->m_schemaVersion = Migrations::currentVersion(*db);
    qCInfo(lcStorage) << "opened workspace" << path << "schema" << db->m_schemaVersion;
    return db;
}

} // namespace konvergensi::storage
