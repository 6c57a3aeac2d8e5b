// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ServerConnectDialog;
}

namespace konvergensi::gui {

/// Berkas > Hubungkan ke server kantor…: the server, port, database, user and TLS mode of a
/// workspace on the office's PostgreSQL server, the password for this connection, and
/// whether to keep it in the system keychain. OK checks the fields (one line under them when
/// one is wrong) and closes; connecting is the caller's (ServerConnector).
class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);
    ~ServerConnectDialog() override;

    /// The fields, the password included (only for this connection).
    storage::ServerConnection connection() const;
    /// Fills the fields from a saved connection (its password is not part of it) and puts
    /// the cursor in the password field.
    void setConnection(const storage::ServerConnection &server);
    /// The sentence above the fields (another one for Pindahkan ke server…).
    void setIntro(const QString &text);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    /// A line above the buttons (why the last attempt failed), or nothing.
    void showError(const QString &text);
    /// The one-line note under the fields (e.g. that no keychain is available).
    void showNote(const QString &text);
    QString errorText() const;
    QString noteText() const;

    void accept() override;

private:
    const std::unique_ptr<Ui::ServerConnectDialog> m_ui;
};

} // namespace konvergensi::gui
