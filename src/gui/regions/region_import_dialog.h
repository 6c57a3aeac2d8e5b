// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/regions/region_import.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ui {
class RegionImportDialog;
}

namespace konvergensi::gui {

class RegionProblemModel;
class WorkspaceSession;

/// Import of a region list from CSV: pick a file, see every problem with its line number,
/// and import only when the whole file is good. The form is ui/region_import_dialog.ui.
class RegionImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegionImportDialog(WorkspaceSession &session, QWidget *parent = nullptr);
    ~RegionImportDialog() override;

    /// Checks the file and shows the result (also used by the Browse button).
    void checkFile(const QString &path);
    /// Imports the checked file; returns true when it was applied.
    bool importChecked();

    QPushButton *importButton() const { return m_importButton; }
    QTableView *problemTable() const { return m_problemTable; }
    RegionProblemModel *problemModel() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    const io::RegionImportReport &lastReport() const { return m_report; }

private:
    void browse();
    void showReport(const io::RegionImportReport &report, bool applied);

    std::unique_ptr<Ui::RegionImportDialog> m_ui;
    WorkspaceSession &m_session;
    QLineEdit *m_fileEdit = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_problemTable = nullptr;
    RegionProblemModel *m_problems = nullptr;
    QPushButton *m_importButton = nullptr;
    io::RegionImportReport m_report;
    QString m_path;
};

} // namespace konvergensi::gui
