// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/case_audit/audit_case_dialog.h"
#include "gui/case_audit/audit_round_dialog.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace konvergensi::gui {

class CaseListModel;
class WorkspaceSession;

/// "Audit Kasus Stunting": the audit rounds (one per semester) with team, schedule and the
/// dissemination meeting; the round's cases listed with initials and age only; the round
/// summary (target groups, risk factors, follow-up completion); the printable round report
/// and the XLSX/CSV export (identity only when the user asks, then marked on the file). The
/// page shows and asks; the work is done by usecases::case_audit. Its sidebar badge (overdue
/// follow-ups of cases) comes from gui/case_audit/case_audit_module.cpp.
class CaseAuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseAuditPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~CaseAuditPage() override;

    void reload();
    /// Opens the round dialog (window-modal, returns at once; see roundDialog()).
    AuditRoundDialog *newRound();
    AuditRoundDialog *editRound();
    /// Opens the case dialog for a new case of the current round (window-modal).
    AuditCaseDialog *newCase();
    AuditCaseDialog *openSelectedCase();
    void removeSelectedCase();
    /// Builds the round report (off the GUI thread) and shows the print preview.
    void printReport();
    /// Asks for a file name and writes the round report as PDF; returns the path or empty.
    QString saveReportPdf();
    /// Asks whether to include identity, then a file name; writes XLSX or CSV. Returns the
    /// path or empty.
    QString exportRound();

    void selectRound(std::int64_t id);
    std::int64_t currentRoundId() const;
    std::int64_t selectedCaseId() const;
    void selectCase(std::int64_t id);
    QTableView *caseView() const { return m_caseView; }
    CaseListModel *caseModel() const { return m_caseModel; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    AuditRoundDialog *roundDialog() const { return m_roundDialog; }
    AuditCaseDialog *caseDialog() const { return m_caseDialog; }

private:
    void reloadRounds();
    void reloadRound();
    void updateButtons();
    template<typename Dialog>
    Dialog *openDialog(Dialog *dialog);

    WorkspaceSession &m_session;
    QComboBox *m_roundCombo = nullptr;
    QLabel *m_roundInfo = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_protectionLabel = nullptr;
    QTableView *m_caseView = nullptr;
    CaseListModel *m_caseModel = nullptr;
    QSortFilterProxyModel *m_caseProxy = nullptr;
    QPushButton *m_editRoundButton = nullptr;
    QPushButton *m_newCaseButton = nullptr;
    QPushButton *m_openCaseButton = nullptr;
    QPushButton *m_removeCaseButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPointer<AuditRoundDialog> m_roundDialog;
    QPointer<AuditCaseDialog> m_caseDialog;
};

} // namespace konvergensi::gui
