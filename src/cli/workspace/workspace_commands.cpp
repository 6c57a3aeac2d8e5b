// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/workspace/workspace_commands.h"

#include "cli/cli_app.h"
#include "cli/logging.h"
#include "cli/workspace/hidden_input.h"

#include "storage/database.h"
#include "storage/identity_vault.h"
#include "storage/storage_error.h"
#include "storage/workspace_backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>

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

/// A passphrase from the environment variable, or the next line of standard input (a pipe,
/// or typed at a terminal, which then does not show it; HiddenInput).
QString passphrase(const char *variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const HiddenInput hidden;
    if (hidden.active())
        std::cerr << QCoreApplication::translate("Cli", "%1 (not shown as you type): ")
                         .arg(prompt)
                         .toStdString()
                  << std::flush;
    else
        std::cerr << QCoreApplication::translate("Cli", "%1 (what you type is shown; set %2 to "
                                                        "avoid that): ")
                         .arg(prompt, QString::fromLatin1(variable))
                         .toStdString()
                  << std::flush;
    std::string line;
    if (!std::getline(std::cin, line))
        throw CliError(QCoreApplication::translate(
                           "Cli", "no passphrase: set %1 or give it on standard input.")
                           .arg(QString::fromLatin1(variable)),
                       ExitFailure);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString forgottenWarning()
{
    return QCoreApplication::translate(
        "Cli", "A forgotten passphrase cannot be recovered: the identities of the cases (names, "
               "NIK, birth dates, parents) would be lost for good; everything else in the "
               "workspace stays readable. Keep the passphrase in a safe place.");
}

int protect(CliContext &context, const CommandLine &line)
{
    const auto db = openExistingWorkspace(context);
    storage::IdentityVault vault(*db);
    if (vault.isProtected())
        throw CliError(QCoreApplication::translate("Cli", "the identities are already protected; "
                                                          "use workspace passphrase to change it."),
                       ExitFailure);
    if (!line.flag(QStringLiteral("--confirm")))
        throw CliError(
            forgottenWarning()
                + QCoreApplication::translate("Cli", " Run again with --confirm to set it."),
            ExitFailure);
    const QString next = passphrase("KONVERGENSI_NEW_PASSPHRASE",
                                    QCoreApplication::translate("Cli", "New passphrase"));
    vault.setPassphrase(next);
    context.out << QCoreApplication::translate("Cli", "The identities in %1 are now encrypted with "
                                                      "the passphrase.")
                       .arg(native(context.databasePath))
                << '\n';
    return ExitSuccess;
}

int changePassphrase(CliContext &context, const CommandLine &)
{
    const auto db = openExistingWorkspace(context);
    storage::IdentityVault vault(*db);
    if (!vault.isProtected())
        throw CliError(QCoreApplication::translate("Cli", "the identities are not protected yet "
                                                          "(not encrypted); set a passphrase with "
                                                          "workspace protect --confirm."),
                       ExitFailure);
    const QString current = passphrase("KONVERGENSI_PASSPHRASE",
                                       QCoreApplication::translate("Cli", "Current passphrase"));
    const QString next = passphrase("KONVERGENSI_NEW_PASSPHRASE",
                                    QCoreApplication::translate("Cli", "New passphrase"));
    vault.changePassphrase(current, next);
    context.out << QCoreApplication::translate("Cli", "The passphrase was changed; every identity "
                                                      "was encrypted again.")
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
    specs.push_back({{QStringLiteral("workspace"), QStringLiteral("protect")},
                     {},
                     {QStringLiteral("--confirm")},
                     0,
                     0,
                     QStringLiteral("workspace protect --confirm"),
                     QCoreApplication::translate(
                         "Cli", "Encrypt the identities of the cases with a passphrase (from "
                                "KONVERGENSI_NEW_PASSPHRASE or typed). A forgotten passphrase "
                                "loses the identities only."),
                     protect});
    specs.push_back({{QStringLiteral("workspace"), QStringLiteral("passphrase")},
                     {},
                     {},
                     0,
                     0,
                     QStringLiteral("workspace passphrase"),
                     QCoreApplication::translate(
                         "Cli", "Change the passphrase (KONVERGENSI_PASSPHRASE and "
                                "KONVERGENSI_NEW_PASSPHRASE, or typed); every identity is "
                                "encrypted again in one step."),
                     changePassphrase});
    return specs;
}

} // namespace konvergensi::cli
