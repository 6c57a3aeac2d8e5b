// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/workspace_menu.h"

#include "gui/app_settings.h"
#include "gui/common/dialogs.h"
#include "gui/common/unsaved_work.h"
#include "gui/workspace/new_workspace_dialog.h"
#include "gui/workspace/server_connector.h"
#include "gui/workspace/workspace_maintenance.h"
#include "gui/workspace/workspace_session.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "usecases/workspace/server_workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace konvergensi::gui {

WorkspaceMenu::WorkspaceMenu(WorkspaceSession &session, QWidget *window, QMenu *fileMenu)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    auto *newAction = fileMenu->addAction(tr("&New workspace…"), this,
                                          &WorkspaceMenu::newWorkspace);
    newAction->setObjectName(QStringLiteral("actionNewWorkspace"));
    newAction->setShortcut(QKeySequence::New);
    auto *openAction = fileMenu->addAction(tr("&Open workspace…"), this,
                                           &WorkspaceMenu::openWorkspace);
    openAction->setObjectName(QStringLiteral("actionOpenWorkspace"));
    openAction->setShortcut(QKeySequence::Open);
    m_server = new ServerConnector(m_session, window);
    auto *connectAction = fileMenu->addAction(tr("Connect to the office &server…"), m_server,
                                              &ServerConnector::connectToServer);
    connectAction->setObjectName(QStringLiteral("actionConnectServer"));
    auto *moveAction = fileMenu->addAction(tr("&Move to the server…"), m_server,
                                           &ServerConnector::moveToServer);
    moveAction->setObjectName(QStringLiteral("actionMoveToServer"));
    // Only a workspace file moves up; a server workspace is already there.
    const auto enableMove = [this, moveAction] {
        moveAction->setEnabled(m_session.isOpen() && !m_session.isServer());
    };
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, enableMove);
    enableMove();
    m_recentMenu = fileMenu->addMenu(tr("&Recent workspaces"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentWorkspaces"));
    new WorkspaceMaintenance(m_session, window, fileMenu);
    fileMenu->addSeparator();
    auto *quitAction = fileMenu->addAction(tr("&Quit"), window, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    connect(&m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        AppSettings::addRecentWorkspace(m_session.path());
        rebuildRecent();
    });
    // The workspace opened at start-up is as recent as any.
    if (m_session.isOpen())
        AppSettings::addRecentWorkspace(m_session.path());
    rebuildRecent();
}

void WorkspaceMenu::rebuildRecent()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    int number = 1;
    for (const QString &path : recent) {
        // A "&" in the path is shown as it is, not taken for an accelerator.
        const QString label = QStringLiteral("&%1 %2").arg(number++).arg(
            recentLabel(path).replace(u'&', QStringLiteral("&&")));
        auto *action = m_recentMenu->addAction(label, this, [this, path] { openPath(path); });
        action->setEnabled(path != m_session.path()
                           && (storage::ServerConnection::isUrl(path) || QFileInfo(path).isFile()));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear list"), this, [this] {
        AppSettings::clearRecentWorkspaces();
        rebuildRecent();
    });
}

QString WorkspaceMenu::recentLabel(const QString &location)
{
    storage::ServerConnection server;
    QString ignored;
    if (storage::ServerConnection::isUrl(location)
        && storage::ServerConnection::parse(location, &server, &ignored))
        return tr("%1 (office server)").arg(usecases::workspace::serverLabel(server));
    return QDir::toNativeSeparators(location);
}

bool WorkspaceMenu::openPath(const QString &path)
{
    if (storage::ServerConnection::isUrl(path))
        return m_server->connectSaved(path);
    if (!UnsavedWork::resolveBeforeLeaving(m_window))
        return false;
    try {
        m_session.open(path);
        return true;
    } catch (const storage::StorageError &error) {
        Dialogs::error(m_window, tr("Workspace not opened"), error.message());
        return false;
    }
}

void WorkspaceMenu::openWorkspace()
{
    const QString start = m_session.isOpen() && !m_session.isServer()
                              ? QFileInfo(m_session.path()).absolutePath()
                              : QDir::homePath();
    const QString path = Dialogs::openFileName(
        m_window, tr("Open workspace"), start,
        tr("Konvergensi workspace (*.kvg *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void WorkspaceMenu::newWorkspace()
{
    const QString folder = m_session.isOpen() && !m_session.isServer()
                               ? QFileInfo(m_session.path()).absolutePath()
                               : QDir::homePath();
    NewWorkspaceDialog dialog(QDir(folder).filePath(tr("new-workspace") + QStringLiteral(".kvg")),
                              m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!UnsavedWork::resolveBeforeLeaving(m_window))
        return;
    try {
        m_session.create(dialog.path(), dialog.workspaceTemplate());
    } catch (const storage::StorageError &error) {
        Dialogs::error(m_window, tr("Workspace not created"), error.message());
    }
}

} // namespace konvergensi::gui
