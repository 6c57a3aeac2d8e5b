// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/regions/region_import_dialog.h"

#include "ui_region_import_dialog.h"

#include "gui/common/background_task.h"
#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/logging.h"
#include "gui/regions/region_problem_model.h"
#include "gui/workspace/workspace_session.h"
#include "storage/storage_error.h"
#include "usecases/regions/region_import.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace konvergensi::gui {

RegionImportDialog::RegionImportDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegionImportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_fileEdit = m_ui->fileLineEdit;
    m_summaryLabel = m_ui->summaryLabel;
    m_problemTable = m_ui->problemTable;

    m_problems = new RegionProblemModel(this);
    m_problemTable->setModel(m_problems);
    m_problemTable->horizontalHeader()->setSectionResizeMode(RegionProblemModel::LineColumn,
                                                             QHeaderView::ResizeToContents);

    // A button box of the form holds standard buttons only: these two are added here.
    m_importButton = m_ui->buttonBox->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    auto *closeButton = m_ui->buttonBox->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(QStringLiteral("closeButton"));

    connect(m_ui->browseButton, &QPushButton::clicked, this, &RegionImportDialog::browse);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (importChecked())
            accept();
    });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

RegionImportDialog::~RegionImportDialog() = default;

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
    io::RegionImportReport report;
    try {
        BackgroundTask::run(this, m_session, tr("Checking the region list"),
                            [&](storage::Database &db, usecases::Progress &progress) {
                                report = usecases::regions::checkRegionFile(db, path, progress);
                            });
    } catch (const storage::StorageError &error) {
        report = {};
        report.fileError = error.message();
    } catch (const usecases::Cancelled &) {
        report = {};
    }
    showReport(report, false);
}

bool RegionImportDialog::importChecked()
{
    if (m_path.isEmpty() || !m_report.ok())
        return false;
    io::RegionImportReport report;
    try {
        const auto outcome = BackgroundTask::run(
            this, m_session, tr("Importing the region list"),
            [&](storage::Database &db, usecases::Progress &progress) {
                report = usecases::regions::importRegionFile(db, m_path, progress);
            });
        if (outcome == BackgroundTask::Outcome::Cancelled)
            return false;
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Import failed"), error.message());
        return false;
    }
    showReport(report, report.applied);
    if (!report.applied)
        return false;
    m_session.notifyChanged(usecases::Topic::Regions);
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
    m_problems->setErrors(report.errors);
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
    m_summaryLabel->setStyleSheet(bad ? colours::textStyle(colours::error, true) : QString());
    m_problemTable->setVisible(bad && !report.errors.empty());
    m_importButton->setEnabled(!bad && !applied && report.rowsRead > 0);
}

} // namespace konvergensi::gui
