// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/server_connect_dialog.h"

#include "ui_server_connect_dialog.h"
#include "usecases/workspace/server_workspace.h"

namespace konvergensi::gui {

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerConnectDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("serverConnectDialog"));
    m_ui->sslComboBox->addItem(tr("prefer: encrypted when the server offers it"),
                               QStringLiteral("prefer"));
    m_ui->sslComboBox->addItem(tr("require: always encrypted"), QStringLiteral("require"));
    m_ui->sslComboBox->addItem(tr("verify-full: encrypted, server certificate checked"),
                               QStringLiteral("verify-full"));
    m_ui->sslComboBox->addItem(tr("disable: never encrypted"), QStringLiteral("disable"));
    m_ui->keychainLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);
}

ServerConnectDialog::~ServerConnectDialog() = default;

storage::ServerConnection ServerConnectDialog::connection() const
{
    storage::ServerConnection server;
    server.host = m_ui->hostLineEdit->text().trimmed();
    server.port = m_ui->portSpinBox->value();
    server.database = m_ui->databaseLineEdit->text().trimmed();
    server.user = m_ui->userLineEdit->text().trimmed();
    server.sslMode = m_ui->sslComboBox->currentData().toString();
    server.password = m_ui->passwordLineEdit->text();
    return server;
}

void ServerConnectDialog::setConnection(const storage::ServerConnection &server)
{
    m_ui->hostLineEdit->setText(server.host);
    m_ui->portSpinBox->setValue(server.port);
    m_ui->databaseLineEdit->setText(server.database);
    m_ui->userLineEdit->setText(server.user);
    const int mode = m_ui->sslComboBox->findData(server.sslMode);
    m_ui->sslComboBox->setCurrentIndex(mode < 0 ? 0 : mode);
    m_ui->passwordLineEdit->setText(server.password);
    m_ui->passwordLineEdit->setFocus();
}

void ServerConnectDialog::setIntro(const QString &text)
{
    m_ui->introLabel->setText(text);
}

bool ServerConnectDialog::rememberPassword() const
{
    return m_ui->rememberCheckBox->isChecked();
}

void ServerConnectDialog::setRememberPassword(bool remember)
{
    m_ui->rememberCheckBox->setChecked(remember);
}

void ServerConnectDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
}

void ServerConnectDialog::showNote(const QString &text)
{
    m_ui->keychainLabel->setText(text);
    m_ui->keychainLabel->setVisible(!text.isEmpty());
}

QString ServerConnectDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QString ServerConnectDialog::noteText() const
{
    return m_ui->keychainLabel->text();
}

void ServerConnectDialog::accept()
{
    const QString problem = usecases::workspace::checkServerConnection(connection());
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError({});
    QDialog::accept();
}

} // namespace konvergensi::gui
