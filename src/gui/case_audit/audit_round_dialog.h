// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/save_dialog.h"

#ifndef Q_MOC_RUN
#include "core/case_audit/case_audit.h"
#endif

#include <QDate>

#include <cstdint>
#include <memory>
#include <vector>

class QComboBox;

namespace Ui {
class AuditRoundDialog;
}

namespace konvergensi::gui {

class DateEdit;
class WorkspaceSession;

/// Adds or edits an audit round (ui/case_audit_round_dialog.ui): semester, title, the
/// dissemination meeting of the meeting register, the audit team and expert panel, the
/// schedule of steps. Saves through usecases::case_audit::saveRound (one transaction); a
/// refusal (a second round for the semester, a done step without its date) shows in the
/// dialog, which stays open.
class AuditRoundDialog : public SaveDialog
{
    Q_OBJECT

public:
    AuditRoundDialog(WorkspaceSession &session, const core::AuditRound &round,
                     QWidget *parent = nullptr);
    ~AuditRoundDialog() override;

    /// The round as the form holds it.
    core::AuditRound round() const;
    void addTeamMember(const QString &name, const QString &role, bool expert);
    /// Selects the meeting with this id (or none with 0).
    void setMeeting(std::int64_t meetingId);
    /// The step's widgets in the schedule, for tests.
    DateEdit *plannedDateEdit(core::AuditStepKind kind) const;
    DateEdit *doneDateEdit(core::AuditStepKind kind) const;
    QComboBox *statusComboBox(core::AuditStepKind kind) const;
    /// The round as stored by the last save.
    const core::AuditRound &saved() const { return m_saved; }

protected:
    QString save() override;
    bool reloadStored() override;

private:
    struct StepRow
    {
        core::AuditStepKind kind;
        DateEdit *planned;
        QComboBox *status;
        DateEdit *done;
    };

    void buildSchedule();
    void fill(const core::AuditRound &round);
    void updateTitle();
    const StepRow *rowOf(core::AuditStepKind kind) const;

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::AuditRoundDialog> m_ui;
    core::AuditRound m_round;
    core::AuditRound m_saved;
    std::vector<StepRow> m_steps;
};

} // namespace konvergensi::gui
