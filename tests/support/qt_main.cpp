// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "engine_environment.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Konvergensi-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("konvergensi-test"));
    ::testing::InitGoogleTest(&argc, argv);
    konvergensi::test::addEngineEnvironment();
    return RUN_ALL_TESTS();
}
