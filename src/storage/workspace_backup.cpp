// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspace_backup.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/output_file.h"
#include "storage/query.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace konvergensi::storage {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString reasonWord(WorkspaceBackup::Reason reason)
{
    switch (reason) {
    case WorkspaceBackup::Reason::Daily:
        return QStringLiteral("harian");
    case WorkspaceBackup::Reason::BeforeUpgrade:
        return QStringLiteral("sebelum-pembaruan");
    case WorkspaceBackup::Reason::BeforeRestore:
        return QStringLiteral("sebelum-pemulihan");
    }
    return QStringLiteral("cadangan");
}

/// "2023-12-05T09:30:00" -> "20231205-093000".
QString stamp(const QString &isoNow)
{
    QString digits;
    for (const QChar c : isoNow) {
        if (c.isDigit())
            digits.append(c);
    }
    digits = digits.left(14).leftJustified(14, u'0');
    return digits.left(8) + u'-' + digits.mid(8, 6);
}

/// A fresh name in `folder` for a file that will be renamed into place.
QString reserveTemporary(const QString &folder, const QString &name)
{
    QTemporaryFile reserve(
        QDir(folder).filePath(QStringLiteral(".") + name + QStringLiteral(".XXXXXX.tmp")));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        throw StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("WorkspaceBackup", "The folder %1 cannot be written.")
                .arg(native(folder)));
    const QString path = reserve.fileName();
    reserve.close();
    QFile::remove(path); // VACUUM INTO wants a name that does not exist
    return path;
}

void renameInto(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(),
                            QFile::encodeName(to).toStdString(), error);
    if (error) {
        QFile::remove(from);
        qCWarning(lcStorage) << "rename failed" << from << to
                             << QString::fromStdString(error.message());
        throw StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("WorkspaceBackup", "The file %1 could not be written.")
                .arg(native(to)));
    }
}

void prune(const QString &workspacePath)
{
    const QStringList all = WorkspaceBackup::list(workspacePath);
    for (qsizetype i = WorkspaceBackup::kKeep; i < all.size(); ++i) {
        QFile::remove(all[i]);
        QFile::remove(all[i] + QStringLiteral("-wal"));
    }
}

} // namespace

QString WorkspaceBackup::folderFor(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral("-cadangan"));
}

QStringList WorkspaceBackup::list(const QString &workspacePath)
{
    const QDir folder(folderFor(workspacePath));
    QStringList out;
    const QStringList names = folder.entryList({QStringLiteral("*.kvg")}, QDir::Files,
                                               QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        out << folder.absoluteFilePath(name);
    return out;
}

void WorkspaceBackup::backupTo(Database &db, const QString &destination)
{
    const QFileInfo info(destination);
    if (info.exists() || info.isSymLink())
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "WorkspaceBackup",
                               "%1 already exists. A backup never overwrites a file: choose a new "
                               "name.")
                               .arg(native(destination)));
    checkOutputPath(destination);
    const QString temporary = reserveTemporary(info.absolutePath(), info.fileName());
    try {
        Query(db, QStringLiteral("VACUUM INTO :target"))
            .bind(QStringLiteral(":target"), temporary)
            .exec();
    } catch (const StorageError &) {
        QFile::remove(temporary);
        throw;
    }
    if (QFileInfo::exists(destination)) {
        QFile::remove(temporary);
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "WorkspaceBackup",
                               "%1 already exists. A backup never overwrites a file: choose a new "
                               "name.")
                               .arg(native(destination)));
    }
    renameInto(temporary, destination);
    qCInfo(lcStorage) << "backup written:" << destination;
}

QString WorkspaceBackup::automatic(Database &db, Reason reason)
{
    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder))
        throw StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("WorkspaceBackup", "The backup folder %1 cannot be made.")
                .arg(native(folder)));
    const QString base = stamp(db.nowText()) + u'-' + reasonWord(reason);
    QString path = QDir(folder).filePath(base + QStringLiteral(".kvg"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(base + QStringLiteral("-%1.kvg").arg(n));
    backupTo(db, path);
    prune(db.path());
    return path;
}

bool WorkspaceBackup::hasBackupOfDay(const QString &workspacePath, const QString &isoNow)
{
    const QString day = stamp(isoNow).left(8);
    const QStringList all = list(workspacePath);
    for (const QString &path : all) {
        if (QFileInfo(path).fileName().startsWith(day))
            return true;
    }
    return false;
}

WorkspaceBackup::CheckResult WorkspaceBackup::check(Database &db)
{
    CheckResult result;
    QSqlQuery integrity(db.connection());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
        result.details << integrity.lastError().text();
        qCWarning(lcStorage) << "integrity_check failed to run:" << integrity.lastError().text();
    } else {
        QStringList lines;
        while (integrity.next())
            lines << integrity.value(0).toString();
        result.integrityOk = lines == QStringList{QStringLiteral("ok")};
        if (!result.integrityOk)
            result.details << lines;
    }
    QSqlQuery keys(db.connection());
    if (!keys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        result.details << keys.lastError().text();
        result.integrityOk = false;
    } else {
        while (keys.next()) {
            ++result.foreignKeyProblems;
            result.details << QStringLiteral("foreign key: %1 row %2 -> %3")
                                  .arg(keys.value(0).toString(), keys.value(1).toString(),
                                       keys.value(2).toString());
        }
    }
    for (const QString &line : std::as_const(result.details))
        qCWarning(lcStorage) << "check:" << line;
    return result;
}

void WorkspaceBackup::restore(const QString &backup, const QString &target, bool replace)
{
    const QFileInfo source(backup);
    const QFileInfo into(target);
    if (!source.isFile())
        throw StorageError(
            StorageError::Kind::NotAWorkspace,
            QCoreApplication::translate("WorkspaceBackup", "The backup %1 does not exist.")
                .arg(native(backup)));
    if (!into.absoluteDir().exists())
        throw StorageError(
            StorageError::Kind::CannotOpen,
            QCoreApplication::translate("WorkspaceBackup", "The folder %1 does not exist.")
                .arg(native(into.absolutePath())));
    const bool exists = into.exists() || into.isSymLink();
    if (exists && !replace)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "WorkspaceBackup",
                               "%1 already exists. A restore goes into a new file; replacing an "
                               "existing workspace must be asked for explicitly.")
                               .arg(native(target)));
    const QString canonicalTarget = into.absoluteFilePath();
    for (const QString &open : Database::openWorkspacePaths()) {
        if (QFileInfo(open).absoluteFilePath() == canonicalTarget)
            throw StorageError(
                StorageError::Kind::Locked,
                QCoreApplication::translate("WorkspaceBackup",
                                            "%1 is open: close it before restoring over it.")
                    .arg(native(target)));
    }
    if (source.absoluteFilePath() == canonicalTarget)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "WorkspaceBackup", "The backup and the target are the same file."));

    // A scratch copy beside the target, checked and upgraded there: the backup stays as it was.
    const QString scratch = reserveTemporary(into.absolutePath(), into.fileName());
    const auto dropScratch = [&scratch] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(scratch + suffix);
    };
    if (!QFile::copy(backup, scratch)) {
        dropScratch();
        throw StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("WorkspaceBackup", "The backup could not be copied to %1.")
                .arg(native(into.absolutePath())));
    }
    QFile::setPermissions(scratch, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    try {
        Database::OpenOptions options;
        options.dailyBackup = false;
        options.upgradeBackup = false;
        auto db = Database::openSqlite(scratch, {}, options);
        if (db->schemaVersion() == 0)
            throw StorageError(
                StorageError::Kind::NotAWorkspace,
                QCoreApplication::translate("WorkspaceBackup", "%1 holds no workspace.")
                    .arg(native(backup)));
        const CheckResult checked = check(*db);
        if (!checked.ok())
            throw StorageError(
                StorageError::Kind::Damaged,
                QCoreApplication::translate("WorkspaceBackup",
                                            "The backup %1 is damaged; choose another one.")
                    .arg(native(backup)));
        Query::run(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        Query::run(*db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    } catch (...) {
        dropScratch();
        throw;
    }
    if (exists) {
        // The workspace being replaced is kept too: a restore can be undone.
        const QString folder = folderFor(target);
        QDir().mkpath(folder);
        QString keep;
        {
            QString base = stamp(QDateTime::currentDateTime().toString(Qt::ISODate))
                           + QStringLiteral("-sebelum-pemulihan");
            keep = QDir(folder).filePath(base + QStringLiteral(".kvg"));
            for (int n = 2; QFileInfo::exists(keep); ++n)
                keep = QDir(folder).filePath(base + QStringLiteral("-%1.kvg").arg(n));
        }
        if (!QFile::copy(target, keep)) {
            dropScratch();
            throw StorageError(StorageError::Kind::ReadOnly,
                               QCoreApplication::translate(
                                   "WorkspaceBackup",
                                   "A copy of %1 could not be kept in %2; nothing was restored.")
                                   .arg(native(target), native(folder)));
        }
        if (QFileInfo::exists(target + QStringLiteral("-wal")))
            QFile::copy(target + QStringLiteral("-wal"), keep + QStringLiteral("-wal"));
        qCInfo(lcStorage) << "kept the replaced workspace as" << keep;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!suffix.isEmpty())
            QFile::remove(scratch + suffix);
    }
    renameInto(scratch, target);
    // The old workspace's log must never be applied to the restored file.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QFile::remove(target + QStringLiteral("-journal"));
    qCInfo(lcStorage) << "restored" << backup << "as" << target;
}

} // namespace konvergensi::storage
