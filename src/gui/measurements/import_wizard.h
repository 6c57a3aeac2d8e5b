// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "usecases/measurements/measurement_import.h"
#endif

#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace konvergensi::gui {

class WorkspaceSession;

namespace measurements {

/// Importing an e-PPGBM per-child export in four steps: choose the file (and, if wanted, the
/// round); see what it holds before anything is written (the header row found, each column
/// and the header it came from, the first rows without names or NIK, every skipped row with
/// its line and reason, region names that match no desa, a round already held); import in
/// the background with progress and cancel (all or nothing, through the use case); the
/// result. A refused file, a cancel or a failure leaves the workspace as it was.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, PreviewPage, ResultPage };

    ImportWizard(WorkspaceSession &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// The round stored by this wizard; empty until an import succeeded.
    QString importedRound() const { return m_imported; }
    const usecases::measurements::ImportPreview &preview() const { return m_preview; }

    QLineEdit *fileEdit() const { return m_fileEdit; }
    QLineEdit *roundEdit() const { return m_roundEdit; }
    QCheckBox *replaceCheck() const { return m_replaceCheck; }
    QLabel *previewMessage() const { return m_previewMessage; }
    QTableWidget *columnTable() const { return m_columnTable; }
    QTableWidget *sampleTable() const { return m_sampleTable; }
    QTableWidget *problemTable() const { return m_problemTable; }
    QLabel *resultLabel() const { return m_resultLabel; }
    /// Shown when names of the file match no desa: RegionMappingDialog.
    QPushButton *mapButton() const { return m_mapButton; }

    /// Reads and judges the chosen file (in the background); false when it was cancelled or
    /// could not be read at all (the message says).
    bool runPreview();
    /// Stores the previewed round (in the background); false when it was refused, failed or
    /// was cancelled (nothing written, the message says).
    bool runImport();
    /// Why Next is not possible on the preview; empty when it is.
    QString blocker() const;

private:
    void chooseFile();
    void fillPreview();
    usecases::measurements::ImportOptions options() const;

    WorkspaceSession &m_session;
    usecases::measurements::ImportPreview m_preview;
    bool m_previewed = false;
    QString m_imported;
    QLineEdit *m_fileEdit;
    QLineEdit *m_roundEdit;
    QCheckBox *m_replaceCheck;
    QLabel *m_previewSummary;
    QLabel *m_previewMessage;
    QTableWidget *m_columnTable;
    QTableWidget *m_sampleTable;
    QTableWidget *m_problemTable;
    QLabel *m_resultLabel;
    QPushButton *m_mapButton;
};

} // namespace measurements
} // namespace konvergensi::gui
