// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/new_workspace_dialog.h"

#include "gui/common/dialogs.h"
#include "ui_new_workspace_dialog.h"

#include <QDir>
#include <QFileInfo>

namespace konvergensi::gui {

NewWorkspaceDialog::NewWorkspaceDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewWorkspaceDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newWorkspaceDialog"));
    setPath(suggestedPath);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        QString chosen = Dialogs::saveFileName(this, tr("New workspace file"), path(),
                                               tr("Konvergensi workspace (*.kvg)"));
        if (chosen.isEmpty())
            return;
        if (QFileInfo(chosen).suffix().isEmpty())
            chosen += QStringLiteral(".kvg");
        setPath(chosen);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewWorkspaceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewWorkspaceDialog::reject);
}

NewWorkspaceDialog::~NewWorkspaceDialog() = default;

QString NewWorkspaceDialog::path() const
{
    return QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
}

void NewWorkspaceDialog::setPath(const QString &path)
{
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
}

io::WorkspaceTemplate NewWorkspaceDialog::workspaceTemplate() const
{
    return m_ui->demoRadioButton->isChecked() ? io::WorkspaceTemplate::Demo
                                              : io::WorkspaceTemplate::Empty;
}

void NewWorkspaceDialog::setTemplate(io::WorkspaceTemplate kind)
{
    (kind == io::WorkspaceTemplate::Demo ? m_ui->demoRadioButton : m_ui->emptyRadioButton)
        ->setChecked(true);
}

void NewWorkspaceDialog::accept()
{
    const QFileInfo info(path());
    if (path().isEmpty()) {
        m_ui->errorLabel->setText(tr("Choose where to save the workspace file."));
        return;
    }
    if (info.exists()) {
        m_ui->errorLabel->setText(tr("%1 already exists. Choose another name; an existing "
                                     "workspace is opened with File > Open workspace.")
                                      .arg(QDir::toNativeSeparators(info.filePath())));
        return;
    }
    if (!info.absoluteDir().exists()) {
        m_ui->errorLabel->setText(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    QDialog::accept();
}

} // namespace konvergensi::gui
