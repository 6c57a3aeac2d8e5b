// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace konvergensi::gui {

/// Per-user preferences of the program (QSettings), as opposed to workspace settings that
/// live in the database.
class AppSettings
{
public:
    /// "auto" (the default: Indonesian), "id", "en".
    static QString language();
    static void setLanguage(const QString &code);

    /// Most recently opened first, at most 8, existing or not: workspace files (absolute
    /// paths) and server workspaces (their `postgresql://user@host:port/db` URL, which never
    /// holds a password).
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);
    static void clearRecentWorkspaces();

    /// Where the first start puts the demo workspace, and where the CLI looks by default.
    static QString defaultWorkspacePath();
};

} // namespace konvergensi::gui
