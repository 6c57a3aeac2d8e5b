// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/server/server_commands.h"

#include "cli/cli_app.h"

#include "storage/database.h"
#include "storage/server_admin.h"
#include "storage/storage_error.h"
#include "storage/workspace_copy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <iostream>
#include <string>

namespace konvergensi::cli {

namespace {

storage::ServerConnection serverOf(const CliContext &context)
{
    storage::ServerConnection server;
    QString error;
    if (!storage::ServerConnection::isUrl(context.databasePath))
        throw CliError(
            QCoreApplication::translate("Cli", "this command works on a server: give --database "
                                               "postgresql://user@host:port/database"),
            ExitUsage);
    if (!storage::ServerConnection::parse(context.databasePath, &server, &error))
        throw CliError(error, ExitUsage);
    return server;
}

int serverInit(CliContext &context, const CommandLine &)
{
    const auto server = serverOf(context);
    const int version = storage::ServerAdmin::init(server);
    context.out << QCoreApplication::translate(
                       "Cli", "Prepared %1: workspace schema version %2, roles %3.")
                       .arg(server.url())
                       .arg(version)
                       .arg(storage::ServerAdmin::roleNames().join(QStringLiteral(", ")))
                << '\n';
    return ExitSuccess;
}

int serverUpgrade(CliContext &context, const CommandLine &)
{
    const auto server = serverOf(context);
    const auto [before, after] = storage::ServerAdmin::upgrade(server);
    if (before == after)
        context.out << QCoreApplication::translate(
                           "Cli", "%1 is already at version %2; the grants were renewed.")
                           .arg(server.url())
                           .arg(after)
                    << '\n';
    else
        context.out << QCoreApplication::translate("Cli", "Upgraded %1 from version %2 to %3.")
                           .arg(server.url())
                           .arg(before)
                           .arg(after)
                    << '\n';
    return ExitSuccess;
}

/// A new user's password: KONVERGENSI_NEW_PASSWORD, else one line of standard input (empty:
/// none, the server's pg_hba.conf then decides how the user logs in).
QString newPassword()
{
    if (qEnvironmentVariableIsSet("KONVERGENSI_NEW_PASSWORD"))
        return qEnvironmentVariable("KONVERGENSI_NEW_PASSWORD");
    std::cerr << QCoreApplication::translate(
                     "Cli", "Password for the new user (what you type is shown; set "
                            "KONVERGENSI_NEW_PASSWORD to avoid that; empty for none): ")
                     .toStdString()
              << std::flush;
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

int userAdd(CliContext &context, const CommandLine &line)
{
    const auto server = serverOf(context);
    const QString roleText = line.value(QStringLiteral("--role")).value_or(QString());
    const auto role = storage::ServerAdmin::roleFromName(roleText);
    if (!role)
        usageError(QCoreApplication::translate("Cli", "--role: one of %1.")
                       .arg(storage::ServerAdmin::roleNames().join(QStringLiteral(", "))));
    const QString name = line.positional.first();
    storage::ServerAdmin::addUser(server, name, *role, newPassword());
    context.out << QCoreApplication::translate("Cli", "Added the user %1 with the role %2 on %3.")
                       .arg(name, storage::ServerAdmin::roleName(*role), server.host)
                << '\n';
    return ExitSuccess;
}

QString shown(const QString &location)
{
    return storage::ServerConnection::isUrl(location) ? location
                                                      : QDir::toNativeSeparators(location);
}

int copy(CliContext &context, const CommandLine &line)
{
    const QString from = line.positional.value(0);
    const QString to = line.positional.value(1);
    if (!storage::ServerConnection::isUrl(from) && !QFileInfo::exists(from))
        throw CliError(
            QCoreApplication::translate("Cli", "the workspace %1 does not exist.").arg(shown(from)),
            ExitFailure);
    storage::Database::OpenOptions options;
    options.dailyBackup = false;
    const auto source = storage::Database::open(from, {}, options);
    std::unique_ptr<storage::Database> target;
    if (storage::ServerConnection::isUrl(to)) {
        target = storage::Database::open(to);
    } else {
        // A file target is always new: a copy never writes over a workspace.
        target = storage::Database::createSqlite(to);
    }
    const auto checks = storage::WorkspaceCopy::copy(*source, *target);
    context.out << QCoreApplication::translate(
                       "Cli", "Copied %1 to %2. Every table checked on both sides:")
                       .arg(shown(from), shown(to))
                << '\n';
    qint64 total = 0;
    for (const auto &check : checks) {
        context.out << QStringLiteral("  %1 %2 %3")
                           .arg(check.table, -28)
                           .arg(check.rows, 9)
                           .arg(check.checksum.left(16))
                    << '\n';
        total += check.rows;
    }
    context.out << QCoreApplication::translate("Cli", "%n rows in all, identical in both.", nullptr,
                                               int(total))
                << '\n';
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> serverCommands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("server"), QStringLiteral("init")},
         {},
         {},
         0,
         0,
         QStringLiteral("server init"),
         QCoreApplication::translate(
             "Cli", "Prepare an empty PostgreSQL database (--database postgresql://...) "
                    "for a shared workspace: the schema and the roles admin, meetings, "
                    "locus, prevalence, case-audit, identity, reader."),
         serverInit});
    specs.push_back({{QStringLiteral("server"), QStringLiteral("upgrade")},
                     {},
                     {},
                     0,
                     0,
                     QStringLiteral("server upgrade"),
                     QCoreApplication::translate(
                         "Cli", "Bring the server's workspace up to this program's version (as an "
                                "administrator) and renew the grants."),
                     serverUpgrade});
    specs.push_back(
        {{QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add")},
         {QStringLiteral("--role")},
         {},
         1,
         1,
         QStringLiteral("server user add NAME --role ROLE"),
         QCoreApplication::translate("Cli", "Make a login on the server with a role (password from "
                                            "KONVERGENSI_NEW_PASSWORD or typed)."),
         userAdd});
    specs.push_back(
        {{QStringLiteral("workspace"), QStringLiteral("copy")},
         {},
         {},
         2,
         2,
         QStringLiteral("workspace copy FROM TO"),
         QCoreApplication::translate(
             "Cli", "Copy a whole workspace between a file and a server (either way) in one "
                    "transaction, then compare the rows and a checksum of every table. TO is "
                    "a new file or a database just prepared with server init."),
         copy});
    return specs;
}

} // namespace konvergensi::cli
