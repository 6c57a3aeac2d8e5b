// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace konvergensi::gui {

/// The desktop program's command line: `konvergensi [--lang id|en] [WORKSPACE.kvg]`, plus
/// `--help` and `--version`. Parsed before any QApplication exists, so that --help and
/// --version work without a display. Qt's own options (-platform NAME, -style NAME, ...) are
/// left for QApplication.
class CommandLine
{
public:
    enum class Action { Run, Help, Version, Error };
    enum class Problem { None, UnknownOption, MissingValue, UnknownLanguage, TwoWorkspaces };

    /// `arguments` without the program name.
    static CommandLine parse(const QStringList &arguments);

    Action action() const { return m_action; }
    /// The workspace file to open instead of the last one; empty for the usual start.
    const QString &workspace() const { return m_workspace; }
    /// "id", "en", or empty when --lang was not given.
    const QString &language() const { return m_language; }
    Problem problem() const { return m_problem; }

    /// The usage text, in the language installed now.
    static QString helpText();
    /// "konvergensi 0.1.0".
    static QString versionText();
    /// The one-line reason of an Error, in the language installed now.
    QString errorText() const;

private:
    Action m_action = Action::Run;
    QString m_workspace;
    QString m_language;
    Problem m_problem = Problem::None;
    QString m_offending;
};

} // namespace konvergensi::gui
