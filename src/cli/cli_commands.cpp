// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_commands.h"

#include "cli/cli_app.h"
#include "cli/command.h"

#include "io/workspace_setup.h"
#include "storage/database.h"
#include "storage/regions/region_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace konvergensi::cli {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CliError::CliError(const QString &message, int exitCode)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_exitCode(exitCode)
{
}

Commands::Commands(CliContext &context)
    : m_context(context)
{
}

int Commands::init(bool demo)
{
    const QString &path = m_context.databasePath;
    if (storage::ServerConnection::isUrl(path))
        throw CliError(QCoreApplication::translate(
                           "Cli", "init makes a workspace file; a server database is prepared "
                                  "with: konvergensi-cli --database %1 server init")
                           .arg(path),
                       ExitFailure);
    if (!m_context.databaseGiven) {
        // The default folder is ours to make; a folder the user names must already exist.
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    const auto db = io::createWorkspace(path, demo ? io::WorkspaceTemplate::Demo
                                                   : io::WorkspaceTemplate::Empty);
    if (demo) {
        storage::RegionRepository regions(*db);
        m_context.out << QCoreApplication::translate(
                             "Cli",
                             "Created the demo workspace %1 (Kabupaten Bengkalis, %2 villages).")
                             .arg(native(path),
                                  QString::number(regions.count(core::RegionLevel::Village)))
                      << '\n';
    } else {
        m_context.out << QCoreApplication::translate("Cli", "Created the empty workspace %1.")
                             .arg(native(path))
                      << '\n';
    }
    return ExitSuccess;
}

std::vector<CommandSpec> workspaceCommands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("init")},
         {},
         {QStringLiteral("--demo")},
         0,
         0,
         QStringLiteral("init [--demo]"),
         QCoreApplication::translate("Cli", "Create a new workspace: empty, or with --demo "
                                            "the demo district (Kabupaten Bengkalis). An "
                                            "existing file is never overwritten."),
         [](CliContext &context, const CommandLine &line) {
             return Commands(context).init(line.flag(QStringLiteral("--demo")));
         }});
    return specs;
}

} // namespace konvergensi::cli
