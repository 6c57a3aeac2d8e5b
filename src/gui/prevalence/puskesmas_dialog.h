// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence_puskesmas.h"
#include "core/regions/region_tree.h"
#endif

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace konvergensi::gui {

class WorkspaceSession;

/// Adds or edits one puskesmas: code (fixed once saved: figures refer to it), name, the
/// kecamatan where it stands, and the desa/kelurahan it serves as a checkable list. The list
/// shows the desa of the chosen kecamatan (and any chosen elsewhere); "Show desa of every
/// kecamatan" shows the whole district. A desa served by another puskesmas is shown greyed
/// with that puskesmas's name. Saves on OK: the rules are checked first (problems shown in the
/// dialog), unusual choices (desa of another kecamatan, no desa) are asked about, and what the
/// workspace refuses is shown in a message; the dialog stays open until it is saved.
class PuskesmasDialog : public QDialog
{
    Q_OBJECT
public:
    /// `puskesmas` is the one to edit, or nullopt for a new one.
    PuskesmasDialog(WorkspaceSession &session, std::optional<core::Puskesmas> puskesmas,
                    QWidget *parent = nullptr);

    /// The puskesmas as edited (row version kept from the one given).
    core::Puskesmas puskesmas() const;
    /// The puskesmas as saved, after accept().
    const core::Puskesmas &saved() const { return m_saved; }
    void accept() override;

    /// Ticks or clears a desa by code ("14.03.01.2004"); false when it is not in the list or
    /// cannot be chosen (served elsewhere).
    bool setVillageChecked(const QString &code, bool checked);
    /// The item of a desa in the list (nullptr when it is not there), shown or not.
    QListWidgetItem *villageItem(const QString &code) const;

private:
    void applyFilter();
    void updateCount();
    void setShownChecked(bool checked);

    WorkspaceSession &m_session;
    bool m_new = true;
    core::Puskesmas m_puskesmas;
    core::Puskesmas m_saved;
    core::RegionTree m_tree;
    QLineEdit *m_codeEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_kecamatanCombo = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_allKecamatanCheck = nullptr;
    QListWidget *m_villageList = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace konvergensi::gui
