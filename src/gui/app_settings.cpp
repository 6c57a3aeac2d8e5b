// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace konvergensi::gui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("workspaces/recent");
constexpr int kMaxRecent = 8;
} // namespace

QString AppSettings::language()
{
    const QString value = QSettings().value(kLanguage, QStringLiteral("auto")).toString();
    if (value == QLatin1String("id") || value == QLatin1String("en"))
        return value;
    return QStringLiteral("auto");
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
    list.removeAll(QFileInfo(path).absoluteFilePath());
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
