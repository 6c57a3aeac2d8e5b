// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QObject>

class QMenu;
class QWidget;

namespace konvergensi::gui {

class ServerConnectDialog;
class WorkspaceSession;

/// Berkas > Hubungkan ke server kantor… and the saved server connections of the recent list
/// (issue #17): asks with ServerConnectDialog, connects through the session, keeps the
/// password in the system keychain when the user ticks it (PasswordStore), and says in one
/// line why a connection failed.
class ServerConnector : public QObject
{
    Q_OBJECT
public:
    ServerConnector(WorkspaceSession &session, QWidget *window);

    /// The dialog, empty or filled from the last server used; true when connected.
    bool connectToServer();
    /// A saved connection (its URL): with the password from the keychain when one is kept,
    /// else the dialog filled in, asking for it. True when connected.
    bool connectSaved(const QString &url);
    /// The dialog until the user connects or cancels; `hadStored` says that the keychain held
    /// a password for this connection (unticking the box forgets it).
    bool runDialog(ServerConnectDialog &dialog, bool hadStored);
    /// Berkas > Pindahkan ke server…: asks for the server database (prepared with `server
    /// init`, still empty), copies the open workspace file there in one transaction (in the
    /// background), shows every table's rows and checksum and offers to open it. True when
    /// the copy was made.
    bool moveToServer();

private:
    /// Connects (unsaved edits asked about first); the error's sentence, or empty.
    QString tryConnect(const storage::ServerConnection &server, bool *cancelled);
    void say(const QString &line);
    void keepPassword(const ServerConnectDialog &dialog, bool hadStored);

    WorkspaceSession &m_session;
    QWidget *m_window;
};

} // namespace konvergensi::gui
