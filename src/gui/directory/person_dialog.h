// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"
#include "gui/common/save_dialog.h"

#include <memory>
#include <vector>

namespace Ui {
class PersonDialog;
}

namespace konvergensi::gui {

class WorkspaceSession;

/// Adds or edits a person of an OPD, and stores them (SaveDialog).
class PersonDialog : public SaveDialog
{
    Q_OBJECT
public:
    PersonDialog(WorkspaceSession &session, const core::Person &person,
                 const std::vector<core::Opd> &opds, QWidget *parent = nullptr);
    ~PersonDialog() override;

    core::Person person() const;
    /// The person as stored by the last save.
    const core::Person &saved() const { return m_person; }

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::Person &person);

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::PersonDialog> m_ui;
    core::Person m_person;
};

} // namespace konvergensi::gui
