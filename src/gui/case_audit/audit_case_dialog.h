// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/save_dialog.h"

#ifndef Q_MOC_RUN
#include "core/case_audit/case_audit.h"
#include "core/followups/follow_up.h"
#endif

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace Ui {
class AuditCaseDialog;
}

namespace konvergensi::gui {

class AttachmentsWidget;
class DecisionFollowUpModel;
class WorkspaceSession;

/// Adds or edits an audited case (ui/case_audit_case_dialog.ui), in three tabs that fit a
/// 1366×768 screen: the finding and the identity; the expert review (risk factors from the
/// checklist the user can extend, causes, recommendations); the follow-ups. The identity
/// (name, NIK, birth date, sex, parents or partner) of a stored case stays hidden until
/// "Show identity" is pressed; each reveal is written to the audit log. Saving goes through
/// usecases::case_audit::saveCase: the case, new checklist entries and follow-ups in one
/// transaction. A new case without a number gets the round's next free number.
class AuditCaseDialog : public SaveDialog
{
    Q_OBJECT

public:
    AuditCaseDialog(WorkspaceSession &session, const core::AuditCase &auditCase,
                    QWidget *parent = nullptr);
    ~AuditCaseDialog() override;

    /// Shows the identity of a stored case (logged). New cases show it from the start.
    void revealIdentity();
    bool identityShown() const { return m_identityShown; }
    /// Checks the risk factor with this label; a label not on the checklist is added to it
    /// when the case is saved.
    void checkRiskFactor(const QString &label);
    /// Opens the follow-up dialog (modal) and adds the follow-up when accepted.
    void addFollowUp();
    void editSelectedFollowUp();
    void removeSelectedFollowUp();
    /// The follow-ups as edited here (stored when the case is saved).
    const std::vector<core::FollowUp> &followUps() const { return m_followUpList; }
    DecisionFollowUpModel *followUpModel() const { return m_followUps; }
    /// The case's files (the tab "Files"), usable once the case is stored and its identity
    /// shown: the files may hold personal data.
    AttachmentsWidget *attachments() const { return m_attachments; }

    /// The case as stored by the last save.
    const core::AuditCase &saved() const { return m_saved; }

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::AuditCase &auditCase);
    void fillRiskFactors(const std::vector<std::int64_t> &checked,
                         const std::vector<QString> &newLabels);
    void showIdentity(const core::CaseIdentity &identity);
    void hideIdentity();
    void updateNikStatus();
    void updateTitle();
    void updateFilesTab();
    int selectedFollowUpRow() const;
    core::AuditCase current() const;
    std::vector<std::string> newRiskFactors() const;

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::AuditCaseDialog> m_ui;
    void setFollowUps(std::vector<core::FollowUp> followUps);

    DecisionFollowUpModel *m_followUps; ///< the follow-up list of the meetings module
    AttachmentsWidget *m_attachments;
    int m_filesTab = -1;
    std::vector<core::FollowUp> m_followUpList;
    core::AuditCase m_case;
    core::AuditCase m_saved;
    bool m_identityShown = false;
    std::string m_districtCode; ///< "14.03": a NIK from elsewhere is noted
    std::vector<std::int64_t> m_removedFollowUps;
    /// The number offered to a new case; left as it is, the case gets the round's next free
    /// number when it is saved (another case may have taken this one meanwhile).
    QString m_suggestedNumber;
};

} // namespace konvergensi::gui
