// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

namespace konvergensi::test {

std::ostream &operator<<(std::ostream &os, const CliRun &run)
{
    return os << "exit " << run.exitCode << "\nstdout:\n"
              << run.out.toStdString() << "\nstderr:\n"
              << run.err.toStdString();
}

QProcessEnvironment cliEnvironment(const QString &home, CliLanguage language)
{
    if (language == CliLanguage::English) {
        // As Pengaturan stores the choice of English (QSettings of organisation and
        // application "Konvergensi").
        const QString folder = home + QStringLiteral("/config/Konvergensi");
        QDir().mkpath(folder);
        QFile settings(folder + QStringLiteral("/Konvergensi.conf"));
        if (!settings.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || settings.write("[ui]\nlanguage=en\n") < 0)
            ADD_FAILURE() << "cannot write " << settings.fileName().toStdString();
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return environment;
}

CliRun runCli(const QString &program, const QStringList &args,
              const QProcessEnvironment &environment, const std::function<void()> &inChild)
{
    QProcess process;
    process.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    if (inChild)
        process.setChildProcessModifier(inChild);
#else
    if (inChild)
        ADD_FAILURE() << "runCli: a child process modifier needs a Unix system";
#endif
    process.start(program, args);
    CliRun result;
    if (!process.waitForFinished(120000)) {
        ADD_FAILURE() << "konvergensi-cli did not finish: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit) {
        ADD_FAILURE() << "konvergensi-cli crashed\n" << result.err.toStdString();
        result.exitCode = -2;
        return result;
    }
    result.exitCode = process.exitCode();
    return result;
}

} // namespace konvergensi::test
