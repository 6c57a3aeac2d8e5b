// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: clean code that mentions words like select and update in prose.
#include <QString>
QString label()
{
    return QStringLiteral("Select a year, then update the list");
}
