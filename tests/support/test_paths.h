#pragma once

#include <QString>

namespace konvergensi::test {

/// The repository's top folder (KONVERGENSI_SOURCE_DIR, set by CTest).
QString sourceDir();
/// A file below tests/data.
QString dataFile(const QString &relative);
/// A file below ../shared/data (KONVERGENSI_SHARED_DATA_DIR).
QString sharedDataFile(const QString &relative);

} // namespace konvergensi::test
