// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/save_dialog.h"

#ifndef Q_MOC_RUN
#include "core/locus/locus.h"
#endif

#include <memory>

namespace Ui {
class LocusEntryDialog;
}

namespace konvergensi::gui {
class WorkspaceSession;
}

namespace konvergensi::gui::locus {

/// One village's entry on a year's locus list: why it is there and the numbers behind it
/// (children measured, stunted, prevalence, 1,000-HPK households, poverty). The year, the
/// village and the rank stay as they are (the list's buttons move it). An empty number means
/// "not known"; the prevalence follows from the counts when it is left empty. Saved through
/// usecases::locus::saveEntry.
class LocusEntryDialog : public SaveDialog
{
    Q_OBJECT
public:
    LocusEntryDialog(WorkspaceSession &session, const core::LocusVillage &entry,
                     const QString &villageName, QWidget *parent = nullptr);
    ~LocusEntryDialog() override;

    /// The entry as last saved.
    const core::LocusVillage &entry() const { return m_entry; }

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::LocusVillage &entry);
    /// Reads the form into `entry`; a text naming the field that is not a number otherwise.
    QString read(core::LocusVillage &entry) const;
    void refreshPrevalenceHint();

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::LocusEntryDialog> m_ui;
    core::LocusVillage m_entry;
    QString m_villageName;
};

} // namespace konvergensi::gui::locus
