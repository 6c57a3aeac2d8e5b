// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/save_dialog.h"

// moc of Qt 6.4 cannot parse <compare>/<concepts>; it needs none of the core types.
#ifndef Q_MOC_RUN
#include "core/actions/actions.h"
#include "core/directory/opd.h"
#endif

#include <QStringList>

#include <memory>
#include <vector>

namespace Ui {
class ActionOutputDialog;
class ActionDialog;
} // namespace Ui

namespace konvergensi::gui {

class WorkspaceSession;

/// Edits one output of an action (a form in ui/action_output_dialog.ui): name, status, date
/// done, responsible person, notes. Saves through usecases::actions::saveOutput (adding the
/// output when its id is 0); a SaveDialog, so no typed edit is lost on quitting.
class OutputDialog : public SaveDialog
{
    Q_OBJECT
public:
#ifndef Q_MOC_RUN
    /// `people` fill the responsible person's list (free text is allowed too); `today` is
    /// the date proposed when the output is marked done.
    OutputDialog(WorkspaceSession &session, const core::ActionOutput &output,
                 const QStringList &people, QWidget *parent = nullptr);
    /// The output as in the form (after a save: as stored, with its id).
    core::ActionOutput output() const;
#endif
    ~OutputDialog() override;
    /// The form was opened with a change the user has not stored (Mark done): it counts as
    /// an unsaved edit.
    void setPrefilledChange()
    {
        setModified(true);
    }

protected:
    QString save() override;
    bool reloadStored() override;

private:
#ifndef Q_MOC_RUN
    void fill(const core::ActionOutput &output);
#endif
    void updateDateEnabled();

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::ActionOutputDialog> m_ui;
#ifndef Q_MOC_RUN
    core::ActionOutput m_output;
#endif
};

/// Edits an action's catalogue entry for its year (a form in ui/action_dialog.ui): name,
/// purpose, lead OPD, due period, notes. Saves through usecases::actions::saveAction.
class ActionDialog : public SaveDialog
{
    Q_OBJECT
public:
#ifndef Q_MOC_RUN
    ActionDialog(WorkspaceSession &session, const core::Action &action,
                 const std::vector<core::Opd> &opds, QWidget *parent = nullptr);
    core::Action action() const;
#endif
    ~ActionDialog() override;

protected:
    QString save() override;
    bool reloadStored() override;

private:
#ifndef Q_MOC_RUN
    void fill(const core::Action &action);
#endif

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::ActionDialog> m_ui;
#ifndef Q_MOC_RUN
    core::Action m_action;
#endif
};

} // namespace konvergensi::gui
