// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_commands.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}
namespace konvergensi::usecases {
class Progress;
}
namespace konvergensi::io {
struct RowError;
}

namespace konvergensi::cli {

/// A command line taken apart for one command: the words after the command's own words,
/// the options with values and the flags given.
struct CommandLine
{
    QStringList positional;
    QMap<QString, QString> values;
    QSet<QString> flags;

    std::optional<QString> value(const QString &option) const;
    bool flag(const QString &option) const { return flags.contains(option); }
    /// The option's value as a whole number; a usage error (exit 2) when it is not one.
    std::optional<int> intValue(const QString &option) const;
    /// --format table|csv (table when absent); a usage error for anything else.
    ListFormat format() const;
};

/// One command of konvergensi-cli, e.g. {"meetings", "list"}.
struct CommandSpec
{
    QStringList words;        ///< {"meetings", "list"}
    QStringList valueOptions; ///< options that take a value: {"--year", "--format"}
    QStringList flagOptions;  ///< options without a value: {"--overdue"}
    int minPositional = 0;    ///< words required after the command words
    int maxPositional = 0;
    QString usage;   ///< "meetings list [--year Y] [--format table|csv]"
    QString summary; ///< one translated sentence for --help
    /// Runs the command; returns the exit code or throws CliError / StorageError.
    std::function<int(CliContext &, const CommandLine &)> run;
};

/// Throws the usage error (exit code 2) with the message.
[[noreturn]] void usageError(const QString &message);

/// Opens the workspace every command other than init works on; one that does not exist is
/// never created: a CliError (exit 1) says how to make it.
std::unique_ptr<storage::Database> openExistingWorkspace(const CliContext &context);

/// The value of --pdf FILE; a usage error (exit 2) when it is missing or empty.
QString requiredPdfPath(const CommandLine &line);
/// Writes a PDF with `write` (which returns its page count), then says "Wrote FILE (N
/// pages)."; a reports::ReportError becomes a CliError (exit 1) with its message.
void writePdfFile(CliContext &context, const QString &path,
                  const std::function<int(usecases::Progress &)> &write);
/// Lists the bad rows of an import on err (the first ones and how many more, then any
/// `extra` lines) and throws "nothing was imported from FILE (errors: N)" (exit 1).
[[noreturn]] void refuseImport(CliContext &context, const QString &file,
                               const std::vector<io::RowError> &errors, int moreErrors,
                               const QStringList &extra = {});

/// The commands of the workspace itself: init.
std::vector<CommandSpec> workspaceCommands();
/// Every module's commands, in the order of the module manifest (src/modules.cmake);
/// generated from it.
std::vector<CommandSpec> moduleCommands();
/// workspaceCommands() then moduleCommands().
std::vector<CommandSpec> allCommands();

} // namespace konvergensi::cli
