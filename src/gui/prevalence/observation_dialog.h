// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/save_dialog.h"

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence.h"
#endif

#include <memory>
#include <optional>

namespace Ui {
class ObservationDialog;
}

namespace konvergensi::gui {

class WorkspaceSession;

/// Enter one figure by hand (a .ui form on SaveDialog): area, year, round, source,
/// indicator, and either children measured and cases or the published rate. A figure whose
/// key is held already is shown side by side with the held one, and replaced only after the
/// user says so. A year more than a year ahead is asked about. Saved through
/// usecases::prevalence::saveFigure; problems show inside the dialog.
class ObservationDialog : public SaveDialog
{
    Q_OBJECT
public:
    explicit ObservationDialog(WorkspaceSession &session, QWidget *parent = nullptr);
    ~ObservationDialog() override;

    /// The figure as typed; nullopt with a message when a field cannot be read.
    std::optional<core::PrevalenceObservation> figure(QString &problem) const;

protected:
    QString save() override;

private:
    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::ObservationDialog> m_ui;
};

} // namespace konvergensi::gui
