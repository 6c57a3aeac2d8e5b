// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_paths.h"

#include <QDir>

namespace konvergensi::test {

QString sourceDir()
{
    return qEnvironmentVariable("KONVERGENSI_SOURCE_DIR",
                                QStringLiteral(KONVERGENSI_SOURCE_DIR_FALLBACK));
}

QString dataFile(const QString &relative)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/") + relative);
}

} // namespace konvergensi::test
