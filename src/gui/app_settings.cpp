// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app_settings.h"

#include "i18n/language.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace konvergensi::gui {

namespace {
const QString kRecent = QStringLiteral("workspaces/recent");
constexpr int kMaxRecent = 8;

/// A file's absolute path; a server's URL (never with a password) as it is.
QString recentKey(const QString &location)
{
    return storage::ServerConnection::isUrl(location) ? location
                                                      : QFileInfo(location).absoluteFilePath();
}
} // namespace

QString AppSettings::language()
{
    return i18n::LanguageSetup::storedPreference();
}

void AppSettings::setLanguage(const QString &code)
{
    i18n::LanguageSetup::setStoredPreference(code);
}

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString absolute = recentKey(path);
    QStringList list = recentWorkspaces();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(recentKey(path));
    QSettings().setValue(kRecent, list);
}

void AppSettings::clearRecentWorkspaces()
{
    QSettings().remove(kRecent);
}

QString AppSettings::defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("konvergensi.kvg"));
}

} // namespace konvergensi::gui
