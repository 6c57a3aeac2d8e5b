// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace konvergensi::storage {

class Database;

/// Backups of a workspace: copies made with SQLite's VACUUM INTO (a consistent snapshot, even
/// while the workspace is in use), checks, and restoring into a new file.
///
/// Automatic backups live in a folder beside the workspace, "<file name>-cadangan" (for
/// kabupaten.kvg: kabupaten.kvg-cadangan/), named by time and reason
/// ("20231205-093000-harian.kvg"); the newest kKeep are kept. One is made before every
/// upgrade of the workspace (required: no backup, no upgrade) and once a day on opening.
class WorkspaceBackup
{
public:
    static constexpr int kKeep = 10;

    enum class Reason {
        Daily,         ///< "harian"
        BeforeUpgrade, ///< "sebelum-pembaruan"
        BeforeRestore, ///< "sebelum-pemulihan": the workspace a restore replaced
    };

    /// The automatic backup folder of the workspace at `workspacePath`.
    static QString folderFor(const QString &workspacePath);
    /// The automatic backups of a workspace, newest first (absolute paths).
    static QStringList list(const QString &workspacePath);

    /// Copies the open workspace to `destination`, which must not exist (and is never the
    /// workspace): written under a temporary name in the same folder and renamed when whole.
    /// Throws StorageError.
    static void backupTo(Database &db, const QString &destination);
    /// An automatic backup into folderFor(); older ones beyond kKeep are removed. Returns the
    /// new file. Throws StorageError.
    static QString automatic(Database &db, Reason reason);
    /// True when the folder already holds a backup made on the day of `isoNow` (the clock's
    /// "now" as ISO text).
    static bool hasBackupOfDay(const QString &workspacePath, const QString &isoNow);

    struct CheckResult
    {
        bool integrityOk = false;
        int foreignKeyProblems = 0;
        QStringList details; ///< SQLite's findings, for the log and --verbose
        bool ok() const { return integrityOk && foreignKeyProblems == 0; }
    };
    /// PRAGMA integrity_check (the full check) and PRAGMA foreign_key_check.
    static CheckResult check(Database &db);

    /// Restores the backup at `backup` as `target`. The backup is copied, checked (a damaged
    /// or foreign file is refused) and upgraded as a copy; the backup itself is not changed.
    /// An existing target is replaced only with `replace` (after a copy of it is put in its
    /// backup folder), and never while this program has it open. Throws StorageError.
    static void restore(const QString &backup, const QString &target, bool replace);
};

} // namespace konvergensi::storage
