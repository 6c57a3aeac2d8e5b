// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/server_connector.h"

#include "gui/app_settings.h"
#include "gui/common/background_task.h"
#include "gui/common/dialogs.h"
#include "gui/common/unsaved_work.h"
#include "gui/logging.h"
#include "gui/workspace/move_to_server_dialog.h"
#include "gui/workspace/password_store.h"
#include "gui/workspace/server_connect_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "storage/storage_error.h"
#include "usecases/workspace/server_workspace.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace konvergensi::gui {

ServerConnector::ServerConnector(WorkspaceSession &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

void ServerConnector::say(const QString &line)
{
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(line, 15000);
}

QString ServerConnector::tryConnect(const storage::ServerConnection &server, bool *cancelled)
{
    *cancelled = false;
    if (!UnsavedWork::resolveBeforeLeaving(m_window)) {
        *cancelled = true;
        return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    try {
        m_session.openServer(server);
    } catch (const storage::StorageError &failure) {
        error = failure.message();
    }
    QApplication::restoreOverrideCursor();
    return error;
}

bool ServerConnector::runDialog(ServerConnectDialog &dialog, bool hadStored)
{
    while (dialog.exec() == QDialog::Accepted) {
        const storage::ServerConnection server = dialog.connection();
        bool cancelled = false;
        const QString error = tryConnect(server, &cancelled);
        if (cancelled)
            return false;
        if (!error.isEmpty()) {
            dialog.showError(error);
            continue;
        }
        keepPassword(dialog, hadStored);
        return true;
    }
    return false;
}

void ServerConnector::keepPassword(const ServerConnectDialog &dialog, bool hadStored)
{
    const storage::ServerConnection server = dialog.connection();
    const QString url = server.url();
    if (dialog.rememberPassword() && !server.password.isEmpty()) {
        if (!PasswordStore::write(url, server.password))
            say(PasswordStore::lastProblem());
    } else if (hadStored) {
        PasswordStore::remove(url);
    }
}

bool ServerConnector::moveToServer()
{
    if (!m_session.isOpen() || m_session.isServer())
        return false;
    const QString title = tr("Move to the server");
    ServerConnectDialog dialog(m_window);
    dialog.setWindowTitle(title);
    dialog.setIntro(tr("Copies this workspace file into an empty database on the office server, "
                       "prepared by the administrator with konvergensi-cli server init. Connect "
                       "as the administrator (a member of konvergensi_admin). The file stays as "
                       "it is."));
    while (dialog.exec() == QDialog::Accepted) {
        const storage::ServerConnection server = dialog.connection();
        usecases::workspace::MoveResult result;
        QString error;
        try {
            const auto outcome = BackgroundTask::run(
                m_window, m_session, tr("Copying the workspace to the server…"),
                [&](storage::Database &db, usecases::Progress &progress) {
                    progress.report(0, 0, title);
                    result = usecases::workspace::moveToServer(db, server);
                });
            if (outcome == BackgroundTask::Outcome::Cancelled)
                return false;
        } catch (const storage::StorageError &failure) {
            error = failure.message();
        }
        if (!error.isEmpty()) {
            dialog.showError(error);
            continue;
        }
        qCInfo(lcGui) << "workspace moved to" << server.url() << "rows:" << result.totalRows;
        keepPassword(dialog, false);
        AppSettings::addRecentWorkspace(server.url());
        MoveToServerResultDialog shown(result, usecases::workspace::serverLabel(server), m_window);
        if (shown.exec() == QDialog::Accepted) {
            bool cancelled = false;
            const QString failed = tryConnect(server, &cancelled);
            if (!failed.isEmpty())
                Dialogs::error(m_window, title, failed);
        }
        return true;
    }
    return false;
}

bool ServerConnector::connectToServer()
{
    ServerConnectDialog dialog(m_window);
    // The last server used is the likeliest: its fields, not its password.
    for (const QString &recent : AppSettings::recentWorkspaces()) {
        storage::ServerConnection server;
        QString ignored;
        if (storage::ServerConnection::isUrl(recent)
            && storage::ServerConnection::parse(recent, &server, &ignored)) {
            dialog.setConnection(server);
            break;
        }
    }
    return runDialog(dialog, false);
}

bool ServerConnector::connectSaved(const QString &url)
{
    storage::ServerConnection server;
    QString error;
    if (!storage::ServerConnection::parse(url, &server, &error)) {
        say(error);
        return false;
    }
    const std::optional<QString> stored = PasswordStore::read(url);
    const QString keychainProblem = PasswordStore::lastProblem();
    if (stored) {
        server.password = *stored;
        bool cancelled = false;
        error = tryConnect(server, &cancelled);
        if (cancelled)
            return false;
        if (error.isEmpty())
            return true;
        server.password.clear();
    }
    ServerConnectDialog dialog(m_window);
    dialog.setConnection(server);
    dialog.setRememberPassword(stored.has_value());
    dialog.showError(error);
    dialog.showNote(keychainProblem);
    return runDialog(dialog, stored.has_value());
}

} // namespace konvergensi::gui
