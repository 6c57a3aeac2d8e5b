#include "test_paths.h"

#include <QDir>

namespace konvergensi::test {

QString sourceDir()
{
    return qEnvironmentVariable("KONVERGENSI_SOURCE_DIR", QStringLiteral(KONVERGENSI_SOURCE_DIR_FALLBACK));
}

QString dataFile(const QString &relative)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/") + relative);
}

QString sharedDataFile(const QString &relative)
{
    const QString dir = qEnvironmentVariable("KONVERGENSI_SHARED_DATA_DIR",
                                             sourceDir() + QStringLiteral("/../shared/data"));
    return QDir(dir).filePath(relative);
}

} // namespace konvergensi::test
