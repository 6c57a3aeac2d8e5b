// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/logging.h"
#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/workspace_backup.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace konvergensi::storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("konvergensi-%1").arg(counter.fetchAndAddRelaxed(1));
}

QMutex g_openMutex;
QStringList g_openPaths; // one entry per open Database (a file may be open twice)

void registerOpen(const QString &path)
{
    const QMutexLocker lock(&g_openMutex);
    g_openPaths.append(QFileInfo(path).absoluteFilePath());
}

void unregisterOpen(const QString &path)
{
    const QMutexLocker lock(&g_openMutex);
    g_openPaths.removeOne(QFileInfo(path).absoluteFilePath());
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
    if (m_registered)
        unregisterOpen(m_path);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList Database::openWorkspacePaths()
{
    const QMutexLocker lock(&g_openMutex);
    return g_openPaths;
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

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void notAWorkspace(const QString &message)
{
    throw StorageError(StorageError::Kind::NotAWorkspace, message);
}

StorageError damaged(const QString &path)
{
    return StorageError(StorageError::Kind::Damaged,
                        QCoreApplication::translate(
                            "Storage",
                            "The workspace %1 is damaged (the database check found errors). "
                            "Nothing was changed and nothing will be written to it. Restore a "
                            "backup from %2 (Berkas > Pulihkan dari cadangan, or konvergensi-cli "
                            "workspace restore).")
                            .arg(native(path), native(WorkspaceBackup::folderFor(path))));
}

/// What can be told about the file before SQLite opens it.
void preflight(const QString &path, Database::OpenOptions::Mode mode)
{
    const QFileInfo info(path);
    if (!info.dir().exists())
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Storage", "The folder %1 does not exist.")
                               .arg(native(info.absolutePath())));
    std::error_code code;
    const std::filesystem::file_status status = std::filesystem::status(
        QFile::encodeName(path).toStdString(), code);
    const bool exists = !code && std::filesystem::exists(status);
    if (mode == Database::OpenOptions::Mode::Create) {
        if (exists || info.isSymLink())
            throw StorageError(
                StorageError::Kind::CannotOpen,
                QCoreApplication::translate(
                    "Storage", "%1 already exists. A new workspace never overwrites a file.")
                    .arg(native(path)));
        return;
    }
    if (!exists)
        notAWorkspace(QCoreApplication::translate("Storage", "The workspace %1 does not exist.")
                          .arg(native(path)));
    if (!std::filesystem::is_regular_file(status))
        notAWorkspace(
            QCoreApplication::translate("Storage", "%1 is not a file.").arg(native(path)));
    if (info.size() == 0)
        notAWorkspace(QCoreApplication::translate(
                          "Storage",
                          "%1 is empty (0 bytes): it holds no workspace. Nothing was changed. "
                          "Open another file, or restore a backup.")
                          .arg(native(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "Storage",
                               "The workspace %1 cannot be read: you have no permission to "
                               "read it.")
                               .arg(native(path)));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        notAWorkspace(QCoreApplication::translate(
                          "Storage",
                          "%1 is not a Konvergensi workspace (it is not a database file). It "
                          "has not been changed.")
                          .arg(native(path)));
    // SQLite needs to write the file and, for its log, the folder.
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate(
                               "Storage",
                               "The workspace %1 is in a read-only place (the file or its folder "
                               "cannot be written). The workspace itself is fine: copy it to a "
                               "folder you can write to, or ask for write permission.")
                               .arg(native(path)));
}

/// A failure of the first statements, as the user should hear it.
StorageError openFailure(const QSqlError &error, const QString &path)
{
    qCWarning(lcStorage) << "opening" << path << "failed:" << error.text()
                         << error.nativeErrorCode();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const int primary = ok ? (code & 0xFF) : 1;
    if (primary == 11 || primary == 26)
        return damaged(path);
    if (primary == 5 || primary == 6 || primary == 8 || primary == 13 || primary == 14)
        return StorageError::fromSqlite(code, native(path));
    return StorageError(StorageError::Kind::CannotOpen,
                        QCoreApplication::translate(
                            "Storage", "The workspace %1 cannot be opened. Nothing was changed.")
                            .arg(native(path)));
}

QSqlQuery runOrThrow(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        throw openFailure(query.lastError(), db.path());
    return query;
}

bool quickCheckPasses(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        const StorageError error = openFailure(query.lastError(), db.path());
        if (error.kind() == StorageError::Kind::Damaged)
            return false;
        throw error;
    }
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    if (lines == QStringList{QStringLiteral("ok")})
        return true;
    qCWarning(lcStorage) << "quick_check of" << db.path() << "found:" << lines.mid(0, 10);
    return false;
}

} // namespace

std::unique_ptr<Database> Database::createSqlite(const QString &path,
                                                 std::shared_ptr<const core::Clock> clock)
{
    OpenOptions options;
    options.mode = OpenOptions::Mode::Create;
    options.dailyBackup = false;
    return openSqlite(path, std::move(clock), options);
}

void Database::verifyBeforeWrite()
{
    if (isPostgres() || m_path == QLatin1String(":memory:"))
        return;
    if (m_damaged || !quickCheckPasses(*this)) {
        m_damaged = true;
        throw damaged(m_path);
    }
}

std::unique_ptr<Database> Database::openSqlite(const QString &path,
                                               std::shared_ptr<const core::Clock> clock,
                                               const OpenOptions &options)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory)
        preflight(path, options.mode);

    std::unique_ptr<Database> db(new Database(nextConnectionName(), path, std::move(clock)));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            db->m_connectionName);
        connection.setDatabaseName(path);
        // The busy timeout holds from the first statement on: a workspace another program is
        // writing is waited for, then reported as in use, never as damaged.
        connection.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(std::max(0, options.busyTimeoutMs)));
        if (!connection.open())
            throw openFailure(connection.lastError(), path);
    }
    if (!inMemory) {
        registerOpen(path);
        db->m_registered = true;
    }

    // Read before anything writes: a file that is not a workspace, or a newer schema, must be
    // left byte for byte as it was.
    runOrThrow(*db,
               QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, options.busyTimeoutMs)));
    int current = 0;
    bool foreign = false;
    {
        QSqlQuery objects = runOrThrow(*db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const qint64 count = objects.next() ? objects.value(0).toLongLong() : 0;
        if (count > 0) {
            QSqlQuery history = runOrThrow(
                *db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                    "name = 'schema_migrations'"));
            if (history.next() && history.value(0).toLongLong() > 0) {
                QSqlQuery version = runOrThrow(
                    *db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
                current = version.next() ? version.value(0).toInt() : 0;
            } else {
                foreign = true;
            }
        }
    }
    if (foreign) {
        qCWarning(lcStorage) << "refusing a database without schema history:" << path;
        notAWorkspace(QCoreApplication::translate(
                          "Storage",
                          "%1 is not a Konvergensi workspace (it is a database of another "
                          "program). It has not been changed.")
                          .arg(native(path)));
    }
    if (!inMemory && options.mode == OpenOptions::Mode::Existing && current == 0)
        notAWorkspace(QCoreApplication::translate(
                          "Storage",
                          "%1 holds no Konvergensi workspace (an empty database). It has not been "
                          "changed.")
                          .arg(native(path)));
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
    if (!inMemory && current > 0 && !quickCheckPasses(*db)) {
        if (!options.allowDamaged)
            throw damaged(path);
        db->m_damaged = true;
        db->m_schemaVersion = current;
        qCWarning(lcStorage) << "opened a damaged workspace for checking:" << path;
        return db;
    }

    // An older workspace is copied before it is upgraded: no backup, no upgrade.
    if (!inMemory && current > 0 && current < Migrations::latestVersion()
        && options.upgradeBackup) {
        try {
            db->m_upgradeBackup = WorkspaceBackup::automatic(
                *db, WorkspaceBackup::Reason::BeforeUpgrade);
        } catch (const StorageError &error) {
            throw StorageError(StorageError::Kind::Migration,
                               QCoreApplication::translate(
                                   "Storage",
                                   "The workspace needs an upgrade, but a backup copy could not "
                                   "be made first, so it was not upgraded and nothing was "
                                   "changed: %1")
                                   .arg(error.message()));
        }
        qCInfo(lcStorage) << "backup before upgrade:" << db->m_upgradeBackup;
    }

    runOrThrow(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!inMemory) {
        runOrThrow(*db, QStringLiteral("PRAGMA journal_mode = WAL"));
        runOrThrow(*db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    // Up to 64 MB of pages kept in memory (SQLite's default is 2 MB): storing a round of
    // 100,000 children updates indexes all over the file, and with the default cache it spent
    // a third of its time writing and re-reading pages (docs/performance.md).
    runOrThrow(*db, QStringLiteral("PRAGMA cache_size = -65536"));
    // SQLite's passing files in memory, not in /var/tmp: each statement of many rows (a
    // hundred children at a time) keeps the pages it changes in a statement journal, so that
    // a failing row undoes its statement alone; on disk, storing 100,000 children wrote
    // 1.8 GB to that file, a quarter of the import's time (docs/performance.md). The journal
    // holds one statement's pages at a time; sorting and grouping of this program's queries
    // need a few MB at most.
    runOrThrow(*db, QStringLiteral("PRAGMA temp_store = MEMORY"));

    Migrations::apply(*db);
    db->m_schemaVersion = Migrations::currentVersion(*db);

    if (!inMemory && options.dailyBackup && current > 0
        && !WorkspaceBackup::hasBackupOfDay(path, db->nowText())) {
        try {
            db->m_dailyBackup = WorkspaceBackup::automatic(*db, WorkspaceBackup::Reason::Daily);
        } catch (const StorageError &error) {
            // A missed daily backup does not stop the work; it is tried again next time.
            qCWarning(lcStorage) << "daily backup not made:" << error.message();
        }
    }
    qCInfo(lcStorage) << "opened workspace" << path << "schema" << db->m_schemaVersion;
    return db;
}

} // namespace konvergensi::storage
