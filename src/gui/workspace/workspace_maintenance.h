// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace konvergensi::gui {

class WorkspaceSession;

/// Berkas > Cadangkan…, Pulihkan dari cadangan…, Periksa workspace, Lindungi identitas….
class WorkspaceMaintenance : public QObject
{
    Q_OBJECT
public:
    WorkspaceMaintenance(WorkspaceSession &session, QWidget *window, QMenu *fileMenu);

    void backUp();
    void restore();
    void check();

private:
    WorkspaceSession &m_session;
    QWidget *m_window;
};

} // namespace konvergensi::gui
