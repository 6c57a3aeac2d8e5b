// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/command_line.h"

#include <QCoreApplication>

namespace konvergensi::gui {

namespace {
/// Qt's own single-dash options that take a value (QGuiApplication/QApplication read them).
bool isQtOptionWithValue(const QString &name)
{
    static const QStringList names = {QStringLiteral("platform"),
                                      QStringLiteral("platformpluginpath"),
                                      QStringLiteral("platformtheme"),
                                      QStringLiteral("plugin"),
                                      QStringLiteral("qwindowgeometry"),
                                      QStringLiteral("qwindowicon"),
                                      QStringLiteral("qwindowtitle"),
                                      QStringLiteral("display"),
                                      QStringLiteral("geometry"),
                                      QStringLiteral("style"),
                                      QStringLiteral("stylesheet"),
                                      QStringLiteral("session"),
                                      QStringLiteral("name"),
                                      QStringLiteral("title"),
                                      QStringLiteral("fontengine"),
                                      QStringLiteral("qmljsdebugger")};
    return names.contains(name);
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    const auto fail = [&result](Problem problem, const QString &offending) {
        result.m_action = Action::Error;
        result.m_problem = problem;
        result.m_offending = offending;
        return result;
    };
    bool help = false;
    bool version = false;
    bool onlyFiles = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyFiles || !argument.startsWith(u'-') || argument == QLatin1String("-")) {
            if (!result.m_workspace.isEmpty())
                return fail(Problem::TwoWorkspaces, argument);
            result.m_workspace = argument;
        } else if (argument == QLatin1String("--")) {
            onlyFiles = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            help = true;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            version = true;
        } else if (argument == QLatin1String("--lang")
                   || argument.startsWith(QLatin1String("--lang="))) {
            QString value;
            if (argument.startsWith(QLatin1String("--lang="))) {
                value = argument.mid(7);
            } else {
                if (i + 1 >= arguments.size())
                    return fail(Problem::MissingValue, argument);
                value = arguments.at(++i);
            }
            if (value != QLatin1String("id") && value != QLatin1String("en"))
                return fail(Problem::UnknownLanguage, value);
            result.m_language = value;
        } else if (!argument.startsWith(QLatin1String("--"))) {
            // A Qt option such as -platform offscreen or -reverse: QApplication reads it.
            if (isQtOptionWithValue(argument.mid(1)) && i + 1 < arguments.size())
                ++i;
        } else {
            return fail(Problem::UnknownOption, argument);
        }
    }
    if (help)
        result.m_action = Action::Help;
    else if (version)
        result.m_action = Action::Version;
    return result;
}

QString CommandLine::helpText()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: konvergensi [OPTIONS] [WORKSPACE.kvg]\n\n"
        "Konvergensi: the district's stunting-reduction convergence work (TPPS meetings, locus "
        "villages,\nthe 8 convergence actions, prevalence, the stunting case audit) in one "
        "workspace.\n\n"
        "Without a file it opens the most recent workspace (the demo district on the first "
        "start).\nA workspace on the office server is named by its address, "
        "postgresql://user@host:port/database\n(the password from PGPASSWORD or ~/.pgpass).\n\n"
        "Options:\n"
        "  --lang id|en   Interface language for this run (default: Indonesian, or the one\n"
        "                 chosen in Settings).\n"
        "  -h, --help     Show this help.\n"
        "  -v, --version  Show the version.\n\n"
        "konvergensi-cli works on the same workspaces without a window.\n");
}

QString CommandLine::versionText()
{
    return QStringLiteral("konvergensi ") + QCoreApplication::applicationVersion();
}

QString CommandLine::errorText() const
{
    switch (m_problem) {
    case Problem::UnknownOption:
        return QCoreApplication::translate("CommandLine", "unknown option %1. Try konvergensi "
                                                          "--help.")
            .arg(m_offending);
    case Problem::MissingValue:
        return QCoreApplication::translate("CommandLine", "%1 needs a value: id or en.")
            .arg(m_offending);
    case Problem::UnknownLanguage:
        return QCoreApplication::translate("CommandLine",
                                           "unknown language \"%1\": use id (Bahasa Indonesia) "
                                           "or en (English).")
            .arg(m_offending);
    case Problem::TwoWorkspaces:
        return QCoreApplication::translate("CommandLine", "only one workspace can be opened; "
                                                          "\"%1\" is one too many.")
            .arg(m_offending);
    case Problem::None:
        break;
    }
    return {};
}

} // namespace konvergensi::gui
