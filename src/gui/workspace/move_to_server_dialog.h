// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/workspace/server_workspace.h"

#include <QDialog>

#include <memory>

class QTableWidget;

namespace Ui {
class MoveToServerResultDialog;
}

namespace konvergensi::gui {

/// What Berkas > Pindahkan ke server… copied: every table with its rows and checksum (the
/// same on both sides), and the offer to open the server workspace now. The form is
/// ui/move_to_server_dialog.ui; the rows are the tables copied.
class MoveToServerResultDialog : public QDialog
{
    Q_OBJECT
public:
    MoveToServerResultDialog(const usecases::workspace::MoveResult &result,
                             const QString &serverLabel, QWidget *parent = nullptr);
    ~MoveToServerResultDialog() override;

    QTableWidget *table() const;

private:
    std::unique_ptr<Ui::MoveToServerResultDialog> m_ui;
};

} // namespace konvergensi::gui
