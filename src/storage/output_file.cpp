// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/output_file.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <filesystem>
#include <mutex>
#include <system_error>

namespace konvergensi::storage {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

/// The absolute path with the folder's symbolic links resolved, for files that may not exist.
QString canonicalOrAbsolute(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool sameFile(const QString &a, const QString &b)
{
    // The same file under another name (a hard link, a symlink, another spelling).
    // Compared by identity only when both can be reached; otherwise by their names.
    const std::filesystem::path pa = QFile::encodeName(a).toStdString();
    const std::filesystem::path pb = QFile::encodeName(b).toStdString();
    std::error_code code;
    if (std::filesystem::exists(pa, code) && !code && std::filesystem::exists(pb, code) && !code) {
        const bool same = std::filesystem::equivalent(pa, pb, code);
        if (!code)
            return same;
    }
    return canonicalOrAbsolute(a) == canonicalOrAbsolute(b);
}

bool startsLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

} // namespace

void checkOutputPath(const QString &path)
{
    if (path.trimmed().isEmpty())
        refuse(QCoreApplication::translate("OutputFile", "No file name was given."));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        refuse(QCoreApplication::translate("OutputFile", "The folder %1 does not exist.")
                   .arg(native(info.absolutePath())));
    if (info.isDir())
        refuse(QCoreApplication::translate("OutputFile", "%1 is a folder, not a file.")
                   .arg(native(path)));
    std::error_code code;
    const std::filesystem::file_status status = std::filesystem::status(
        QFile::encodeName(path).toStdString(), code);
    const bool exists = !code && std::filesystem::exists(status);
    if (exists && !std::filesystem::is_regular_file(status))
        refuse(QCoreApplication::translate(
                   "OutputFile", "%1 is not a regular file; Konvergensi does not write to it.")
                   .arg(native(path)));

    const auto workspaceRefused = [&path] {
        qCWarning(lcStorage) << "refused to write over a workspace:" << path;
        refuse(QCoreApplication::translate(
                   "OutputFile",
                   "%1 is a workspace or a database: Konvergensi never writes a document over "
                   "it. Choose another file name.")
                   .arg(native(path)));
    };
    for (const QString &workspace : Database::openWorkspacePaths()) {
        if (sameFile(path, workspace))
            workspaceRefused();
        for (const QString &suffix : companionSuffixes()) {
            if (sameFile(path, workspace + suffix))
                workspaceRefused();
        }
    }
    if (exists && startsLikeSqlite(path))
        workspaceRefused();
    for (const QString &suffix : companionSuffixes()) {
        if (path.endsWith(suffix)) {
            const QString base = path.chopped(suffix.size());
            if (startsLikeSqlite(base))
                workspaceRefused();
        }
    }
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (file.device()->write(bytes) != bytes.size())
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "OutputFile",
                               "The file %1 could not be written. Is the disk full, or the folder "
                               "read-only?")
                               .arg(native(path)));
    file.commit();
}

struct OutputFile::Private
{
    QString target;
    QSaveFile file;
    explicit Private(const QString &path)
        : target(path)
        , file(path)
    {
    }
};

OutputFile::OutputFile(const QString &path)
{
    checkOutputPath(path);
    d = std::make_unique<Private>(path);
    if (!d->file.open(QIODevice::WriteOnly)) {
        qCWarning(lcStorage) << "cannot open output" << path << d->file.errorString();
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "OutputFile",
                               "The file %1 could not be written. Is it open in another program, "
                               "or is the folder read-only?")
                               .arg(native(path)));
    }
}

OutputFile::~OutputFile()
{
    if (d && d->file.isOpen())
        d->file.cancelWriting();
}

QIODevice *OutputFile::device()
{
    return &d->file;
}

void OutputFile::commit()
{
    if (!d->file.commit()) {
        qCWarning(lcStorage) << "cannot commit output" << d->target << d->file.errorString();
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "OutputFile",
                               "The file %1 could not be written. Is the disk full, or the file "
                               "open in another program?")
                               .arg(native(d->target)));
    }
}

OutputPath::OutputPath(const QString &path)
    : m_target(path)
{
    checkOutputPath(path);
    const QFileInfo info(path);
    QTemporaryFile reserve(info.absoluteDir().filePath(QStringLiteral(".") + info.fileName()
                                                       + QStringLiteral(".XXXXXX.tmp")));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        throw StorageError(
            StorageError::Kind::CannotOpen,
            QCoreApplication::translate(
                "OutputFile", "The file %1 could not be written. Is the folder read-only?")
                .arg(native(path)));
    m_temporary = reserve.fileName();
    reserve.close();
}

OutputPath::~OutputPath()
{
    if (!m_committed && !m_temporary.isEmpty())
        QFile::remove(m_temporary);
}

void OutputPath::commit()
{
    // Checked again: the target may have become something else while the file was written.
    checkOutputPath(m_target);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_temporary).toStdString(),
                            QFile::encodeName(m_target).toStdString(), error);
    if (error) {
        qCWarning(lcStorage) << "cannot rename" << m_temporary << "to" << m_target
                             << QString::fromStdString(error.message());
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "OutputFile",
                               "The file %1 could not be written. Is it open in another program, "
                               "or is the folder read-only?")
                               .arg(native(m_target)));
    }
    m_committed = true;
}

namespace {
std::mutex g_temporaryMutex;
std::unique_ptr<QTemporaryDir> &temporaryDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}
} // namespace

QString privateTemporaryFolder()
{
    const std::lock_guard lock(g_temporaryMutex);
    auto &dir = temporaryDir();
    if (!dir) {
        // mkdtemp: a fresh name no one could plant beforehand, mode 0700.
        dir = std::make_unique<QTemporaryDir>(
            QDir::temp().filePath(QStringLiteral("konvergensi-XXXXXX")));
        if (!dir->isValid()) {
            qCWarning(lcStorage) << "cannot make a private temporary folder:" << dir->errorString();
            dir.reset();
            throw StorageError(
                StorageError::Kind::CannotOpen,
                QCoreApplication::translate("OutputFile",
                                            "A private temporary folder could not be made. Is the "
                                            "temporary folder full or read-only?"));
        }
        QFile::setPermissions(dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                               | QFileDevice::ExeOwner);
    }
    return dir->path();
}

void removePrivateTemporaryFolder()
{
    const std::lock_guard lock(g_temporaryMutex);
    temporaryDir().reset();
}

} // namespace konvergensi::storage
