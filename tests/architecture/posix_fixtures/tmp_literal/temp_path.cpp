// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture: a hard-coded Unix temporary folder instead of QStandardPaths or QTemporaryDir.
#include <QString>
QString scratch()
{
    return QStringLiteral("/tmp/konvergensi-scratch.kvg");
}
