// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"
#include "core/meetings/meeting.h"
#include "gui/common/save_dialog.h"

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class AttendeeDialog;
}

namespace konvergensi::gui {

/// Adds or edits one row of a meeting's attendance (form ui/meetings_attendee_dialog.ui): an
/// OPD (or another body) and a person picked from the directory or typed in, present /
/// represented (by whom) / absent. OK checks the row and closes; the row is stored with the
/// meeting.
class AttendeeDialog : public SaveDialog
{
    Q_OBJECT
public:
    AttendeeDialog(const core::Attendee &attendee, std::vector<core::Opd> opds,
                   std::vector<core::Person> people, QWidget *parent = nullptr);
    ~AttendeeDialog() override;

    core::Attendee attendee() const;
    /// What OK does with the checked row (adds it to the meeting being edited, or replaces
    /// the row it edits); at once, so that "save all" on quitting includes it.
    void setApply(std::function<void(const core::Attendee &)> apply) { m_apply = std::move(apply); }
    bool saveUnsavedWork() override;

protected:
    QString save() override;

private:
    void opdChosen();
    void personChosen();
    void statusChosen();

    const std::unique_ptr<Ui::AttendeeDialog> m_ui;
    std::vector<core::Opd> m_opds;
    std::vector<core::Person> m_people;
    std::function<void(const core::Attendee &)> m_apply;
};

} // namespace konvergensi::gui
