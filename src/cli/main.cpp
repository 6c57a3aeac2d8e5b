// konvergensi-cli: a thin shell around konvergensi::cli::runCli.
#include "cli/cli_app.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
