// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/regions/region_import_dialog.h"

#include "gui/common/dialogs.h"
#include "gui/logging.h"
#include "gui/workspace/workspace_session.h"
#include "storage/storage_error.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace konvergensi::gui {

RegionImportDialog::RegionImportDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("regionImportDialog"));
    setWindowTitle(tr("Import regions from CSV"));
    resize(760, 480);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The file needs the columns <b>code</b> and <b>name</b>, and may have <b>level</b> "
           "and <b>kind</b> (desa/kelurahan), as in the Kemendagri region list. Every row is "
           "checked first; nothing is imported unless every row is good."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    auto *browseButton = new QPushButton(tr("Choose file…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);
    layout->addLayout(fileRow);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_problemTable = new QTableWidget(0, 2, this);
    m_problemTable->setObjectName(QStringLiteral("problemTable"));
    m_problemTable->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_problemTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    m_problemTable->verticalHeader()->setVisible(false);
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->setWordWrap(true);
    m_problemTable->setAlternatingRowColors(true);
    layout->addWidget(m_problemTable, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    auto *closeButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &RegionImportDialog::browse);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (importChecked())
            accept();
    });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

void RegionImportDialog::browse()
{
    const QString path = Dialogs::openFileName(this, tr("Choose a region list"), QDir::homePath(),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        checkFile(path);
}

void RegionImportDialog::checkFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    try {
        io::RegionCsvImporter importer(m_session.database());
        showReport(importer.checkFile(path), false);
    } catch (const storage::StorageError &error) {
        io::RegionImportReport report;
        report.fileError = error.message();
        showReport(report, false);
    }
}

bool RegionImportDialog::importChecked()
{
    if (m_path.isEmpty() || !m_report.ok())
        return false;
    try {
        io::RegionCsvImporter importer(m_session.database());
        const auto report = importer.importFile(m_path);
        showReport(report, report.applied);
        if (!report.applied)
            return false;
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Import failed"), error.message());
        return false;
    }
    m_session.notifyContentChanged();
    Dialogs::information(this, tr("Regions imported"),
                         tr("%1 new, %2 updated, %3 unchanged.")
                             .arg(m_report.added)
                             .arg(m_report.updated)
                             .arg(m_report.unchanged));
    return true;
}

void RegionImportDialog::showReport(const io::RegionImportReport &report, bool applied)
{
    m_report = report;
    m_problemTable->setRowCount(0);
    for (const auto &error : report.errors) {
        const int row = m_problemTable->rowCount();
        m_problemTable->insertRow(row);
        auto *line = new QTableWidgetItem(QLocale().toString(error.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problemTable->setItem(row, 0, line);
        m_problemTable->setItem(row, 1, new QTableWidgetItem(error.reason));
    }
    m_problemTable->resizeRowsToContents();

    QString summary;
    if (!report.fileError.isEmpty()) {
        summary = report.fileError;
    } else if (!report.errors.empty()) {
        summary = tr("Rows with problems: %1. Nothing was imported; correct the file and "
                     "choose it again.")
                      .arg(report.errors.size() + report.moreErrors);
    } else if (applied) {
        summary = tr("Imported: %1 new, %2 updated, %3 unchanged.")
                      .arg(report.added)
                      .arg(report.updated)
                      .arg(report.unchanged);
    } else {
        summary = tr("Rows read: %1, all good: %2 new, %3 updated, %4 unchanged. Ready to "
                     "import.")
                      .arg(report.rowsRead)
                      .arg(report.added)
                      .arg(report.updated)
                      .arg(report.unchanged);
    }
    const bool bad = !report.ok();
    m_summaryLabel->setText(summary);
    m_summaryLabel->setStyleSheet(bad ? QStringLiteral("color: #b00020; font-weight: bold;")
                                      : QString());
    m_problemTable->setVisible(bad && !report.errors.empty());
    m_importButton->setEnabled(!bad && !applied && report.rowsRead > 0);
}

} // namespace konvergensi::gui
