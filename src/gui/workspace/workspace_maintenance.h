// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <thread>

class QMenu;
class QWidget;

namespace konvergensi::gui {

class WorkspaceSession;

/// Berkas > Cadangkan…, Pulihkan dari cadangan…, Periksa workspace, Lindungi identitas….
/// Also the full check of every workspace file when it is opened, on its own thread and
/// connection (the quick check at opening has already passed): backgroundCheckDone says the
/// verdict in one line, for the status bar.
class WorkspaceMaintenance : public QObject
{
    Q_OBJECT
public:
    WorkspaceMaintenance(WorkspaceSession &session, QWidget *window, QMenu *fileMenu);
    ~WorkspaceMaintenance() override;

    void backUp();
    void restore();
    void check();

    /// Starts the full check (PRAGMA integrity_check and foreign_key_check) of the open
    /// workspace file in the background; nothing for an in-memory workspace. A check still
    /// running is waited for first.
    void checkInBackground();

Q_SIGNALS:
    /// The background check ended: `line` is its verdict in one sentence.
    void backgroundCheckDone(const QString &line, bool ok);

private:
    void waitForCheck();

    WorkspaceSession &m_session;
    QWidget *m_window;
    std::thread m_checkThread;
};

} // namespace konvergensi::gui
