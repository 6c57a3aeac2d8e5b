// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixture for tests/core/no_qt_check.cmake: a "core" header that includes Qt. Never compiled.
#include <string>

#include <QString>

inline QString name()
{
    return QString();
}
