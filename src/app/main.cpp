// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi [--lang id|en] [WORKSPACE.kvg]: the desktop program, a thin main().
#include "gui/app_settings.h"
#include "gui/application.h"
#include "gui/command_line.h"
#include "gui/common/event_guard.h"
#include "gui/language.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

namespace {

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Konvergensi"));
    QCoreApplication::setApplicationName(QStringLiteral("Konvergensi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONVERGENSI_VERSION));
}

/// --help, --version and a wrong command line: answered without a display (no QApplication).
int answerWithoutWindow(int argc, char *argv[], const konvergensi::gui::CommandLine &commandLine)
{
    using konvergensi::gui::CommandLine;
    using konvergensi::gui::LanguageSetup;
    QCoreApplication app(argc, argv);
    setNames();
    LanguageSetup::install(
        LanguageSetup::resolve(konvergensi::gui::AppSettings::language(), commandLine.language()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    switch (commandLine.action()) {
    case CommandLine::Action::Help:
        out << CommandLine::helpText();
        return 0;
    case CommandLine::Action::Version:
        out << CommandLine::versionText() << '\n';
        return 0;
    case CommandLine::Action::Error:
    case CommandLine::Action::Run:
        break;
    }
    err << "konvergensi: " << commandLine.errorText() << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto commandLine = konvergensi::gui::CommandLine::parse(arguments);
    if (commandLine.action() != konvergensi::gui::CommandLine::Action::Run)
        return answerWithoutWindow(argc, argv, commandLine);

    // Every event through the guard: an error a slot lets out is one message, not a crash.
    konvergensi::gui::GuardedApplication app(argc, argv);
    setNames();
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/konvergensi.svg")));
    // The desktop entry's name (konvergensi.desktop): Wayland and the task bar match the
    // window to the menu entry and its icon with it.
    QGuiApplication::setDesktopFileName(QStringLiteral("konvergensi"));

    konvergensi::gui::Application konvergensi;
    konvergensi.setLanguageOverride(commandLine.language());
    konvergensi.start(commandLine.workspace());
    return QApplication::exec();
}
