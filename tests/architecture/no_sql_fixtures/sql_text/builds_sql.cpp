// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: SQL text outside storage.
#include <QString>
QString sql()
{
    return QStringLiteral("SELECT code, name FROM region WHERE level = 3");
}
