// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/application.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Konvergensi"));
    QCoreApplication::setApplicationName(QStringLiteral("Konvergensi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONVERGENSI_VERSION));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/konvergensi.svg")));

    konvergensi::gui::Application konvergensi;
    konvergensi.start();
    return QApplication::exec();
}
