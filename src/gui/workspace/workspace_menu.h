// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace konvergensi::gui {

class WorkspaceSession;

/// The File menu's workspace actions: new (empty or demo), open, recent, quit.
class WorkspaceMenu : public QObject
{
    Q_OBJECT
public:
    WorkspaceMenu(WorkspaceSession &session, QWidget *window, QMenu *fileMenu);

    /// Opens a workspace file; reports failure to the user and keeps the current one.
    bool openPath(const QString &path);
    void newWorkspace();
    void openWorkspace();

    QMenu *recentMenu() const { return m_recentMenu; }

private:
    void rebuildRecent();

    WorkspaceSession &m_session;
    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
};

} // namespace konvergensi::gui
