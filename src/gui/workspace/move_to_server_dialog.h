// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/workspace/server_workspace.h"

#include <QDialog>

class QTableWidget;

namespace konvergensi::gui {

/// What Berkas > Pindahkan ke server… copied: every table with its rows and checksum (the
/// same on both sides), and the offer to open the server workspace now.
class MoveToServerResultDialog : public QDialog
{
    Q_OBJECT
public:
    MoveToServerResultDialog(const usecases::workspace::MoveResult &result,
                             const QString &serverLabel, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace konvergensi::gui
