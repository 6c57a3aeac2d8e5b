// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "engine_environment.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never touch the user's real settings or data folder: QSettings and the data folder
    // live in a temporary home for the run.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    // Test mode puts QSettings under $HOME/.qttest: a home of its own, so GUI tests that ctest
    // runs side by side do not clear each other's settings.
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Konvergensi-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("konvergensi-test"));
    ::testing::InitGoogleTest(&argc, argv);
    konvergensi::test::addEngineEnvironment();
    return RUN_ALL_TESTS();
}
