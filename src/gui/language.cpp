// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/language.h"

#include "gui/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace konvergensi::gui {

namespace {
QString g_current = QStringLiteral("en");
QList<QTranslator *> g_installed;

void removeInstalled()
{
    for (QTranslator *translator : std::as_const(g_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    g_installed.clear();
}
} // namespace

QString LanguageSetup::resolve(const QString &preference, const QString &commandLine)
{
    if (commandLine == QLatin1String("id") || commandLine == QLatin1String("en"))
        return commandLine;
    if (preference == QLatin1String("en"))
        return preference;
    return QStringLiteral("id");
}

bool LanguageSetup::install(const QString &code)
{
    removeInstalled();
    g_current = code == QLatin1String("id") ? QStringLiteral("id") : QStringLiteral("en");
    if (g_current != QLatin1String("id")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    bool ok = true;
    for (const auto &name : {QStringLiteral("konvergensi_id"), QStringLiteral("qtbase_id")}) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(name, QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator);
            g_installed.append(translator);
        } else {
            qCWarning(lcGui) << "translation not found:" << name;
            delete translator;
            ok = false;
        }
    }
    return ok;
}

core::Language LanguageSetup::current()
{
    return g_current == QLatin1String("id") ? core::Language::Indonesian : core::Language::English;
}

QString LanguageSetup::currentCode()
{
    return g_current;
}

} // namespace konvergensi::gui
