// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/move_to_server_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace konvergensi::gui {

MoveToServerResultDialog::MoveToServerResultDialog(const usecases::workspace::MoveResult &result,
                                                   const QString &serverLabel, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("moveToServerResultDialog"));
    setWindowTitle(tr("Moved to the server"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(
        tr("The workspace was copied to %1 in one transaction: %2 rows in %3 tables, each "
           "table's rows and checksum identical on both sides. The file stays as it was.")
            .arg(serverLabel, QLocale().toString(result.totalRows),
                 QLocale().toString(static_cast<qlonglong>(result.tables.size()))),
        this);
    summary->setObjectName(QStringLiteral("moveSummaryLabel"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    m_table = new QTableWidget(static_cast<int>(result.tables.size()), 3, this);
    m_table->setObjectName(QStringLiteral("moveTable"));
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Rows"), tr("Checksum (SHA-256)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const auto &check : result.tables) {
        m_table->setItem(row, 0, new QTableWidgetItem(check.table));
        auto *rows = new QTableWidgetItem(QLocale().toString(check.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, rows);
        auto *sum = new QTableWidgetItem(check.checksum.left(16) + QStringLiteral("…"));
        sum->setToolTip(check.checksum);
        m_table->setItem(row, 2, sum);
        ++row;
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    auto *question = new QLabel(tr("Open the workspace on the server now?"), this);
    layout->addWidget(question);
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(tr("&Open on the server"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("openServerButton"));
    buttons->addButton(tr("&Keep the file open"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("keepFileButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace konvergensi::gui
