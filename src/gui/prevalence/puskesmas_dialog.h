// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/save_dialog.h"

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_puskesmas.h"
#include "core/regions/region_tree.h"
#endif

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

class QListWidgetItem;

namespace Ui {
class PuskesmasDialog;
}

namespace konvergensi::gui {

class WorkspaceSession;

/// Adds or edits one puskesmas (a .ui form on SaveDialog): code (fixed once saved: figures
/// refer to it), name, the kecamatan where it stands, and the desa/kelurahan it serves as a
/// checkable list. The list shows the desa of the chosen kecamatan (and any chosen elsewhere);
/// "Show desa of every kecamatan" shows the whole district. A desa served by another
/// puskesmas is shown greyed with that puskesmas's name. On Save the rules are checked
/// (problems shown in the dialog), unusual choices (desa of another kecamatan, no desa) are
/// asked about, and the puskesmas is saved through usecases::prevalence::savePuskesmas.
class PuskesmasDialog : public SaveDialog
{
    Q_OBJECT
public:
    /// `puskesmas` is the one to edit, or nullopt for a new one.
    PuskesmasDialog(WorkspaceSession &session, std::optional<core::Puskesmas> puskesmas,
                    QWidget *parent = nullptr);
    ~PuskesmasDialog() override;

    /// The puskesmas as edited (row version kept from the one given).
    core::Puskesmas puskesmas() const;
    /// The puskesmas as saved, after a successful save.
    const core::Puskesmas &saved() const { return m_saved; }

    /// Ticks or clears a desa by code ("14.03.01.2004"); false when it is not in the list or
    /// cannot be chosen (served elsewhere).
    bool setVillageChecked(const QString &code, bool checked);
    /// The item of a desa in the list (nullptr when it is not there), shown or not.
    QListWidgetItem *villageItem(const QString &code) const;

protected:
    QString save() override;
    bool reloadStored() override;

private:
    void fill(const core::Puskesmas &puskesmas);
    void applyFilter();
    void updateCount();
    void setShownChecked(bool checked);

    WorkspaceSession &m_session;
    const std::unique_ptr<Ui::PuskesmasDialog> m_ui;
    bool m_new = true;
    core::Puskesmas m_puskesmas;
    core::Puskesmas m_saved;
    core::RegionTree m_tree;
};

} // namespace konvergensi::gui
