// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace konvergensi::cli {

/// Exit codes of konvergensi-cli.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, ///< the command could not be carried out (bad file, no workspace, ...)
    ExitUsage = 2,   ///< the command line itself is wrong (unknown command or option)
};

/// Runs one command line. `args` is as QCoreApplication::arguments() gives it: the program
/// name first. Results go to `out`; errors to `err`, as one line
/// "konvergensi-cli: <reason>" (an import also lists each bad row first). Returns the exit
/// code. Needs a QCoreApplication (for the default workspace path).
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

/// Where the workspace lives when --database is not given: the application data folder
/// (organization and application "Konvergensi", as the GUI) + "/konvergensi.kvg".
QString defaultDatabasePath();

} // namespace konvergensi::cli
