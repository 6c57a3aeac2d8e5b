// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture for tests/core/no_qt_check.cmake: a file that is fine (std only, "Qt" only in text).
#include <queue>
#include <string>

// Not Qt: a comment that says QString, and a string literal "#include <QString>".
const char *kText = "#include <QString>";
