// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace konvergensi::storage {

/// Every file the program writes (PDF, XLSX, CSV, PNG, backups, opened attachments) goes
/// through here. A target is refused (StorageError, Kind::Invalid, a translated sentence)
/// when it is a workspace open in this program or one of its -wal/-shm/-journal files, any
/// SQLite database (a workspace open in another program), a folder or not a regular file;
/// its folder must exist. The new content is written to a temporary file in the same folder
/// and renamed over the target only when complete, so an existing file is never truncated
/// before the new one is whole.
void checkOutputPath(const QString &path);

/// Writes `bytes` to `path` as described above; throws StorageError.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

/// A target being written through a QIODevice (QPdfWriter, QImageWriter): device() is a
/// temporary file beside the target; commit() renames it over the target. Not committed, the
/// temporary file is removed and the target is left as it was.
class OutputFile
{
public:
    /// Checks the target (checkOutputPath) and opens the temporary file; throws StorageError.
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    QIODevice *device();
    /// Renames the complete file over the target; throws StorageError.
    void commit();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// For writers that only take a file name (libxlsxwriter): temporaryPath() is a fresh name in
/// the target's folder; commit() renames it over the target; otherwise it is removed.
class OutputPath
{
public:
    /// Checks the target (checkOutputPath); throws StorageError.
    explicit OutputPath(const QString &path);
    ~OutputPath();
    OutputPath(const OutputPath &) = delete;
    OutputPath &operator=(const OutputPath &) = delete;

    const QString &temporaryPath() const { return m_temporary; }
    const QString &target() const { return m_target; }
    /// Renames the finished temporary file over the target; throws StorageError.
    void commit();

private:
    QString m_target;
    QString m_temporary;
    bool m_committed = false;
};

/// The private folder (mode 0700, made fresh for this run, removed when the program ends)
/// where opened attachments are written. Throws StorageError when it cannot be made.
QString privateTemporaryFolder();
/// Removes the private folder now (also done at exit).
void removePrivateTemporaryFolder();

} // namespace konvergensi::storage
