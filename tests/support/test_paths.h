// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace konvergensi::test {

/// The repository's top folder (KONVERGENSI_SOURCE_DIR, set by CTest).
QString sourceDir();
/// A file below tests/data.
QString dataFile(const QString &relative);

} // namespace konvergensi::test
