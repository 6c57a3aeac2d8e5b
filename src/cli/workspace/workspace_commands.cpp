// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/workspace/workspace_commands.h"

#include "cli/cli_app.h"
#include "cli/logging.h"

#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/workspace_backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace konvergensi::cli {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void requireWorkspaceFile(const CliContext &context)
{
    if (!QFileInfo::exists(context.databasePath))
        throw CliError(QCoreApplication::translate("Cli", "the workspace %1 does not exist.")
                           .arg(native(context.databasePath)),
                       ExitFailure);
}

int backup(CliContext &context, const CommandLine &line)
{
    requireWorkspaceFile(context);
    // A damaged workspace can still be copied (a copy is better than nothing, and the check
    // says what it is).
    storage::Database::OpenOptions options;
    options.allowDamaged = true;
    options.dailyBackup = false;
    const auto db = storage::Database::openSqlite(context.databasePath, {}, options);
    const QString destination = line.positional.first();
    storage::WorkspaceBackup::backupTo(*db, destination);
    context.out << QCoreApplication::translate("Cli", "Backed up %1 to %2.")
                       .arg(native(context.databasePath), native(destination))
                << '\n';
    if (db->isDamaged())
        context.err << QCoreApplication::translate(
            "Cli", "Warning: the workspace is damaged, and so is this copy. Run "
                   "konvergensi-cli workspace check.")
                    << '\n';
    return ExitSuccess;
}

int check(CliContext &context, const CommandLine &)
{
    requireWorkspaceFile(context);
    storage::Database::OpenOptions options;
    options.allowDamaged = true;
    options.dailyBackup = false;
    std::unique_ptr<storage::Database> db;
    try {
        db = storage::Database::openSqlite(context.databasePath, {}, options);
    } catch (const storage::StorageError &error) {
        if (error.kind() != storage::StorageError::Kind::Damaged)
            throw;
        context.out << QCoreApplication::translate("Cli", "DAMAGED: %1").arg(error.message())
                    << '\n';
        return ExitFailure;
    }
    const auto result = storage::WorkspaceBackup::check(*db);
    if (result.ok() && !db->isDamaged()) {
        context.out << QCoreApplication::translate(
                           "Cli", "OK: %1 passed the integrity and foreign-key checks.")
                           .arg(native(context.databasePath))
                    << '\n';
        return ExitSuccess;
    }
    const QStringList backups = storage::WorkspaceBackup::list(context.databasePath);
    context.out << QCoreApplication::translate(
                       "Cli",
                       "DAMAGED: %1 failed the check (%2 problems). Do not keep working in it. "
                       "Restore the newest good backup: konvergensi-cli workspace restore BACKUP "
                       "--to NEW.kvg.")
                       .arg(native(context.databasePath))
                       .arg(std::max<qsizetype>(result.details.size(), 1))
                << '\n';
    if (!backups.isEmpty())
        context.out << QCoreApplication::translate("Cli", "Backups: %1")
                           .arg(native(storage::WorkspaceBackup::folderFor(context.databasePath)))
                    << '\n';
    qCInfo(lcCli) << "workspace check failed:" << result.details;
    return ExitFailure;
}

int restore(CliContext &context, const CommandLine &line)
{
    const QString backupPath = line.positional.first();
    const QString target = line.value(QStringLiteral("--to")).value_or(context.databasePath);
    const bool replace = line.flag(QStringLiteral("--replace"));
    if (QFileInfo::exists(target) && !replace)
        throw CliError(
            QCoreApplication::translate(
                "Cli", "%1 exists; a restore never replaces a workspace unless asked. Restore "
                       "into a new file with --to NEW.kvg, or add --replace (the current "
                       "workspace is then kept in %2).")
                .arg(native(target), native(storage::WorkspaceBackup::folderFor(target))),
            ExitFailure);
    storage::WorkspaceBackup::restore(backupPath, target, replace);
    context.out << QCoreApplication::translate("Cli", "Restored %1 as %2.")
                       .arg(native(backupPath), native(target))
                << '\n';
    return ExitSuccess;
}

int listBackups(CliContext &context, const CommandLine &)
{
    const QStringList backups = storage::WorkspaceBackup::list(context.databasePath);
    for (const QString &path : backups)
        context.out << native(path) << '\n';
    context.out << QCoreApplication::translate("Cli", "Backups: %1 in %2")
                       .arg(backups.size())
                       .arg(native(storage::WorkspaceBackup::folderFor(context.databasePath)))
                << '\n';
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> workspaceMaintenanceCommands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("workspace"), QStringLiteral("backup")},
         {},
         {},
         1,
         1,
         QStringLiteral("workspace backup DEST.kvg"),
         QCoreApplication::translate(
             "Cli", "Copy the workspace to a new file (a consistent copy even while it is in "
                    "use). An existing file is never overwritten."),
         backup});
    specs.push_back(
        {{QStringLiteral("workspace"), QStringLiteral("check")},
         {},
         {},
         0,
         0,
         QStringLiteral("workspace check"),
         QCoreApplication::translate(
             "Cli", "Check the workspace (integrity and foreign keys) and say OK or DAMAGED; "
                    "exit status 0 or 1."),
         check});
    specs.push_back(
        {{QStringLiteral("workspace"), QStringLiteral("restore")},
         {QStringLiteral("--to")},
         {QStringLiteral("--replace")},
         1,
         1,
         QStringLiteral("workspace restore BACKUP.kvg [--to NEW.kvg] [--replace]"),
         QCoreApplication::translate(
             "Cli", "Restore a backup into a new file (--to), or over the workspace only with "
                    "--replace (the replaced one is kept in its backup folder)."),
         restore});
    specs.push_back(
        {{QStringLiteral("workspace"), QStringLiteral("backups")},
         {},
         {},
         0,
         0,
         QStringLiteral("workspace backups"),
         QCoreApplication::translate(
             "Cli", "List the automatic backups kept beside the workspace, newest first."),
         listBackups});
    return specs;
}

} // namespace konvergensi::cli
