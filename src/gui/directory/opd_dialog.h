// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/opd.h"
#include "gui/common/save_dialog.h"

#include <memory>

namespace Ui {
class OpdDialog;
}

namespace konvergensi::gui {

class WorkspaceSession;

/// Adds or edits one OPD, and stores it (SaveDialog: the fields are checked and a refusal is
/// shown inside the dialog, which stays open with what was typed).
class OpdDialog : public SaveDialog
{
    Q_OBJECT
public:
    OpdDialog(WorkspaceSession &session, const core::Opd &opd, QWidget *parent = nullptr);
    ~OpdDialog() override;

    /// The OPD as edited (id and row version kept from the one given).
    core::Opd opd() const;
    /// The OPD as stored by the last save.
    const core::Opd &saved() const { return m_opd; }

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::Opd &opd);

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::OpdDialog> m_ui;
    core::Opd m_opd;
};

/// Plain-words message for a directory problem.
QString describeProblem(core::DirectoryProblem problem);

} // namespace konvergensi::gui
