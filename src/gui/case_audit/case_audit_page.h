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
class QStandardItemModel;
class QTableView;

namespace konvergensi::gui {

class WorkspaceSession;

/// "Audit Kasus Stunting": the audit rounds (one per semester) with team, schedule and the
/// dissemination meeting; the round's cases listed with initials and age only; the round
/// summary (target groups, kecamatan, risk factors, follow-up completion); the printable round
/// report and the XLSX export (identity only when the user asks, then marked on the file).
/// Module key "caseAudit".
class CaseAuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseAuditPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~CaseAuditPage() override;

    void reload();
    /// Overdue follow-ups of audited cases in every round (for the sidebar badge).
    int overdueCount() const { return m_overdueCount; }
    /// Opens the round dialog (window-modal, returns at once; see roundDialog()).
    AuditRoundDialog *newRound();
    AuditRoundDialog *editRound();
    /// Opens the case dialog for a new case of the current round (window-modal).
    AuditCaseDialog *newCase();
    AuditCaseDialog *openSelectedCase();
    void removeSelectedCase();
    void printReport();
    /// Asks for a file name and writes the round report as PDF; returns the path or empty.
    QString saveReportPdf();
    /// Asks whether to include identity, then a file name; writes XLSX (or CSV by extension).
    QString exportRound();

    void selectRound(std::int64_t id);
    std::int64_t currentRoundId() const;
    std::int64_t selectedCaseId() const;
    QTableView *caseView() const { return m_caseView; }
    QStandardItemModel *caseModel() const { return m_caseModel; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    AuditRoundDialog *roundDialog() const { return m_roundDialog; }
    AuditCaseDialog *caseDialog() const { return m_caseDialog; }

Q_SIGNALS:
    void overdueCountChanged(int count);

private:
    void updateOverdueCount();
    void reloadRounds();
    void reloadRound();
    void updateButtons();

    WorkspaceSession &m_session;
    int m_overdueCount = 0;
    QComboBox *m_roundCombo = nullptr;
    QLabel *m_roundInfo = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_protectionLabel = nullptr;
    QTableView *m_caseView = nullptr;
    QStandardItemModel *m_caseModel = nullptr;
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
