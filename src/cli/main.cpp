// SPDX-License-Identifier: GPL-3.0-or-later
// konvergensi-cli: a thin shell around konvergensi::cli::runCli.
#include "cli/cli_app.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace {
QtMessageHandler g_defaultHandler = nullptr;

/// Without --verbose the command line prints results and one-line errors only: Qt's own
/// warnings (for instance about XDG_RUNTIME_DIR on a server) are dropped.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char **argv)
{
    bool verbose = false;
    for (int i = 1; i < argc; ++i)
        verbose = verbose || std::strcmp(argv[i], "--verbose") == 0;
    if (!verbose)
        g_defaultHandler = qInstallMessageHandler(quietHandler);

    // Reports (PDF) need fonts, hence a QGuiApplication; the command line never shows a
    // window, so it runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The same names as the GUI, so both find the same default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("Konvergensi"));
    QCoreApplication::setApplicationName(QStringLiteral("Konvergensi"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const int code = konvergensi::cli::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
