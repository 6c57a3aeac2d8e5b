// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"
#include "core/meetings/meeting.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace konvergensi::gui {

/// Adds or edits one row of a meeting's attendance: an OPD (or another body) and a person
/// picked from the directory or typed in, present / represented (by whom) / absent.
class AttendeeDialog : public QDialog
{
    Q_OBJECT
public:
    AttendeeDialog(const core::Attendee &attendee, std::vector<core::Opd> opds,
                   std::vector<core::Person> people, QWidget *parent = nullptr);

    core::Attendee attendee() const;
    void accept() override;

private:
    void opdChosen();
    void personChosen();
    void statusChosen();

    std::vector<core::Opd> m_opds;
    std::vector<core::Person> m_people;
    core::Attendee m_attendee;
    QComboBox *m_opdCombo = nullptr;
    QLineEdit *m_institutionEdit = nullptr;
    QComboBox *m_personCombo = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_positionEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLineEdit *m_representedByEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace konvergensi::gui
