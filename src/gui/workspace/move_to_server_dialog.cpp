// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/move_to_server_dialog.h"

#include "ui_move_to_server_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace konvergensi::gui {

MoveToServerResultDialog::MoveToServerResultDialog(const usecases::workspace::MoveResult &result,
                                                   const QString &serverLabel, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MoveToServerResultDialog>())
{
    m_ui->setupUi(this);
    m_ui->moveSummaryLabel->setText(
        tr("The workspace was copied to %1 in one transaction: %2 rows in %3 tables, each "
           "table's rows and checksum identical on both sides. The file stays as it was.")
            .arg(serverLabel, QLocale().toString(result.totalRows),
                 QLocale().toString(static_cast<qlonglong>(result.tables.size()))));

    // The tables copied are the rows of the table (data); the form holds its columns.
    QTableWidget *table = m_ui->moveTable;
    table->setRowCount(static_cast<int>(result.tables.size()));
    int row = 0;
    for (const auto &check : result.tables) {
        table->setItem(row, 0, new QTableWidgetItem(check.table));
        auto *rows = new QTableWidgetItem(QLocale().toString(check.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 1, rows);
        auto *sum = new QTableWidgetItem(check.checksum.left(16) + QStringLiteral("…"));
        sum->setToolTip(check.checksum);
        table->setItem(row, 2, sum);
        ++row;
    }
    table->resizeColumnsToContents();

    // A button box of the form holds standard buttons only: these two are added here.
    m_ui->buttonBox->addButton(tr("&Open on the server"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("openServerButton"));
    m_ui->buttonBox->addButton(tr("&Keep the file open"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("keepFileButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MoveToServerResultDialog::~MoveToServerResultDialog() = default;

QTableWidget *MoveToServerResultDialog::table() const
{
    return m_ui->moveTable;
}

} // namespace konvergensi::gui
