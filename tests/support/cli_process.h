// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// konvergensi-cli run as a process by the CLI tests: one way to start it, with the user's
// folders out of reach, and one record of what it did.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <ostream>

namespace konvergensi::test {

struct CliRun
{
    int exitCode = -1; ///< -1: it did not finish within two minutes; -2: it crashed
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

/// "exit N", stdout and stderr: for the message of a failed expectation.
std::ostream &operator<<(std::ostream &os, const CliRun &run);

/// Which language the runs speak: English as chosen in Pengaturan (what most tests read), or
/// the default a fresh user gets (Indonesian).
enum class CliLanguage { English, Default };

/// The system environment with HOME and the XDG data and config folders below `home`, so
/// that a run never reads or writes the user's workspaces or settings. With English, the
/// settings below `home` hold the choice of English.
QProcessEnvironment cliEnvironment(const QString &home,
                                   CliLanguage language = CliLanguage::English);

/// Runs `program` (the test's KONVERGENSI_CLI_PATH) with `args` in `environment`. A run that
/// does not finish within two minutes is killed, and it and a crash are test failures.
/// `inChild`, when given, runs in the child between fork and exec (setrlimit, ...).
CliRun runCli(const QString &program, const QStringList &args,
              const QProcessEnvironment &environment, const std::function<void()> &inChild = {});

} // namespace konvergensi::test
