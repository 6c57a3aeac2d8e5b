// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace konvergensi::gui {

class ServerConnector;
class WorkspaceSession;

/// The File menu's workspace actions: new (empty or demo), open, connect to the office
/// server, recent (files and servers), quit.
class WorkspaceMenu : public QObject
{
    Q_OBJECT
public:
    WorkspaceMenu(WorkspaceSession &session, QWidget *window, QMenu *fileMenu);

    /// Opens a workspace file, or connects to a saved server connection (its URL); reports
    /// failure to the user and keeps the current one.
    bool openPath(const QString &path);
    void newWorkspace();
    void openWorkspace();

    QMenu *recentMenu() const { return m_recentMenu; }
    ServerConnector *serverConnector() const { return m_server; }
    /// How the recent list shows a location: the file's path, or "budi@host/db (server
    /// kantor)" for a server workspace.
    static QString recentLabel(const QString &location);

private:
    void rebuildRecent();

    WorkspaceSession &m_session;
    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
    ServerConnector *m_server = nullptr;
};

} // namespace konvergensi::gui
