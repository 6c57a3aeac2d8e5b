// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <QObject>
#include <QString>

#include <memory>

namespace konvergensi::gui {

class MainWindow;
class WorkspaceSession;

/// Starts the program: opens the startup workspace (creating the demo on first run), picks
/// the interface language, and shows the main window; rebuilds the window when the user
/// switches language, so the change takes effect at once.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(std::shared_ptr<const core::Clock> clock = {}, QObject *parent = nullptr);
    ~Application() override;

    /// Opens `workspace` when given (the command line's file), else AppSettings' recent or
    /// default workspace; installs the language and builds the window. A workspace that
    /// cannot be opened is reported; a given file that cannot be opened falls back to the
    /// usual start, and otherwise the window starts without a workspace.
    void start(const QString &workspace = {});
    /// Same, with explicit paths (tests).
    void start(const QStringList &recent, const QString &defaultPath,
               const QString &workspace = {});

    /// The language chosen on the command line for this run ("id", "en"; empty: none). It
    /// wins over the stored preference until the user picks one in Settings.
    void setLanguageOverride(const QString &code) { m_languageOverride = code; }

    MainWindow *window() const { return m_window.get(); }
    WorkspaceSession &session() const { return *m_session; }
    /// The error met while opening the startup workspace, if any.
    const QString &startupError() const { return m_startupError; }

    void switchLanguage(const QString &preference);

private:
    void buildWindow();

    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_startupError;
    QString m_languageOverride;
};

} // namespace konvergensi::gui
