// konvergensi-cli: a thin shell around konvergensi::cli::runCli.
#include "cli/cli_app.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
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
