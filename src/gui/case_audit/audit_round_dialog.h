// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/case_audit/case_audit.h"
#endif

#include <QDialog>

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace konvergensi::gui {

/// Adds or edits an audit round: semester, title, the audit team and expert panel, the
/// schedule of steps, and the dissemination meeting from the meeting register.
class AuditRoundDialog : public QDialog
{
    Q_OBJECT

public:
    /// `meetings`: id and label ("5 Des 2023 — Rakornis ...") of the meetings to choose from.
    AuditRoundDialog(const core::AuditRound &round,
                     std::vector<std::pair<std::int64_t, QString>> meetings,
                     QWidget *parent = nullptr);

    core::AuditRound round() const;
    void addTeamMember(const QString &name, const QString &role, bool expert);
    /// Selects the meeting with this id (or none with 0).
    void setMeeting(std::int64_t meetingId);
    /// Called by accept() with the checked round: stores it and returns the stored round, or
    /// throws storage::StorageError (shown in the dialog, which stays open).
    void setSaver(std::function<core::AuditRound(const core::AuditRound &)> saver)
    {
        m_saver = std::move(saver);
    }
    /// The round as stored by the saver (after accept()).
    const core::AuditRound &saved() const { return m_saved; }
    void accept() override;

private:
    std::function<core::AuditRound(const core::AuditRound &)> m_saver;
    core::AuditRound m_saved;
    core::AuditRound m_round;
    QSpinBox *m_yearSpin = nullptr;
    QComboBox *m_semesterCombo = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QComboBox *m_meetingCombo = nullptr;
    QTableWidget *m_teamTable = nullptr;
    QTableWidget *m_stepTable = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace konvergensi::gui
