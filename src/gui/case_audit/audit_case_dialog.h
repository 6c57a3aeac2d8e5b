// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/case_audit/case_audit.h"
#include "core/followups/follow_up.h"
#endif

#include <QDialog>

#include <cstdint>
#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::gui {

/// Adds or edits an audited case: target group, desa, finding, risk factors (checklist the
/// user can extend), the expert panel's conclusion, recommendations and follow-ups. The
/// identity (name, NIK, birth date, sex, parents or partner) of a stored case stays hidden
/// until "Show identity" is pressed; each reveal is written to the audit log. accept() stores
/// the case and its follow-ups in one transaction.
class AuditCaseDialog : public QDialog
{
    Q_OBJECT

public:
    AuditCaseDialog(storage::Database &db, const core::AuditCase &auditCase,
                    QWidget *parent = nullptr);

    /// Shows the identity of a stored case (logged). New cases show it from the start.
    void revealIdentity();
    bool identityShown() const;
    /// Checks the risk factor with this label (adds it to the checklist when new).
    void checkRiskFactor(const QString &label);
    /// Opens the follow-up dialog (modal) and adds the follow-up when accepted.
    void addFollowUp();
    void editSelectedFollowUp();
    void removeSelectedFollowUp();

    const core::AuditCase &saved() const { return m_saved; }
    const std::vector<core::FollowUp> &followUps() const { return m_followUps; }
    void accept() override;

private:
    core::AuditCase current() const;
    void reloadRiskFactors(const std::vector<std::int64_t> &checked);
    void refreshFollowUps();
    void updateNikStatus();

    storage::Database &m_db;
    core::AuditCase m_case;
    core::AuditCase m_saved;
    bool m_identityShown = false;
    std::string m_districtCode; ///< "14.03": a NIK from elsewhere is noted
    std::vector<core::FollowUp> m_followUps;
    std::vector<std::int64_t> m_removedFollowUps;

    QLineEdit *m_numberEdit = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QComboBox *m_desaCombo = nullptr;
    QDateEdit *m_assessedEdit = nullptr;
    QPlainTextEdit *m_findingEdit = nullptr;
    QListWidget *m_riskList = nullptr;
    QLineEdit *m_newRiskEdit = nullptr;
    QPlainTextEdit *m_causesEdit = nullptr;
    QPlainTextEdit *m_recommendationsEdit = nullptr;
    QGroupBox *m_identityBox = nullptr;
    QPushButton *m_revealButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_nikEdit = nullptr;
    QLabel *m_nikStatus = nullptr;
    QDateEdit *m_birthEdit = nullptr;
    QComboBox *m_sexCombo = nullptr;
    QLineEdit *m_parentsEdit = nullptr;
    QTableWidget *m_followUpTable = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace konvergensi::gui
