// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"
#include "core/followups/follow_up.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace konvergensi::gui {

/// Adds or edits one follow-up (rencana tindak lanjut): what, the responsible OPD (or
/// another unit such as a puskesmas), the person, the due date, the status and the notes.
/// Checks it with the core rules before closing.
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    FollowUpDialog(const core::FollowUp &followUp, std::vector<core::Opd> opds,
                   std::optional<boost::gregorian::date> ownerDate,
                   const boost::gregorian::date &today, QWidget *parent = nullptr);

    core::FollowUp followUp() const;
    void accept() override;

private:
    void updateEnabled();

    core::FollowUp m_followUp;
    std::optional<boost::gregorian::date> m_ownerDate;
    boost::gregorian::date m_today;
    QLineEdit *m_actionEdit = nullptr;
    QComboBox *m_opdCombo = nullptr;
    QLineEdit *m_otherEdit = nullptr;
    QLineEdit *m_personEdit = nullptr;
    QCheckBox *m_dueCheck = nullptr;
    QDateEdit *m_dueEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QDateEdit *m_doneEdit = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace konvergensi::gui
