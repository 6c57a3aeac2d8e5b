// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/workspace_setup.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewWorkspaceDialog;
}

namespace konvergensi::gui {

/// Asks for the new workspace's file and whether it starts empty or as the demo district.
class NewWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewWorkspaceDialog(const QString &suggestedPath, QWidget *parent = nullptr);
    ~NewWorkspaceDialog() override;

    QString path() const;
    io::WorkspaceTemplate workspaceTemplate() const;
    void setPath(const QString &path);
    void setTemplate(io::WorkspaceTemplate kind);
    void accept() override;

private:
    const std::unique_ptr<Ui::NewWorkspaceDialog> m_ui;
};

} // namespace konvergensi::gui
