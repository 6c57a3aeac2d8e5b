// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/prevalence/prevalence.h"
#include "core/prevalence/prevalence_puskesmas.h"
#include "core/regions/region_tree.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace konvergensi::storage {
class Database;
}

// Editing the module's data: a figure, a target, a puskesmas with the desa it serves. Each
// function is one unit of work: it checks the rules (a broken rule is a storage::StorageError
// of kind Invalid with the rule in plain words), writes with the row version the caller
// read (someone else's change in between is a StorageError of kind Conflict), and records
// the change in the audit log. The window and the CLI both call these; afterwards the window
// announces usecases::Topic::Prevalence.
namespace konvergensi::usecases::prevalence {

/// What saving a figure typed by hand did.
struct SavedFigure
{
    enum class Outcome {
        Added,       ///< new to the workspace
        Replaced,    ///< the held figure of the same key was replaced
        Unchanged,   ///< the same figures were held already
        HeldDiffers, ///< another figure is held for the key: nothing written, ask first
    };
    Outcome outcome = Outcome::Added;
    core::PrevalenceObservation figure; ///< as stored (Added, Replaced, Unchanged) or as typed
    std::optional<core::PrevalenceObservation> held; ///< the figure held before (same key)
};

/// Saves a figure of an area, period, source and indicator. When another figure is held for
/// the same key, it is replaced only when `replacing` is that held figure as the user saw it
/// (its id and row version); otherwise nothing is written and the outcome is HeldDiffers
/// with the held figure, to show both side by side and ask.
SavedFigure saveFigure(storage::Database &db, core::PrevalenceObservation figure,
                       const std::optional<core::PrevalenceObservation> &replacing = std::nullopt);

/// Removes a figure as it was shown (its id and row version): refused as a Conflict when it
/// was changed or removed since.
void removeFigure(storage::Database &db, const core::PrevalenceObservation &shown);
/// Removes the figure of a key (area, year, round, source, indicator) and returns it; a
/// StorageError of kind NotFound when there is none.
core::PrevalenceObservation removeFigureOfKey(storage::Database &db,
                                              const core::PrevalenceObservation &key);

/// Adds a target (id 0) or saves a held one (row version checked).
core::PrevalenceTarget saveTarget(storage::Database &db, core::PrevalenceTarget target);
void removeTarget(storage::Database &db, const core::PrevalenceTarget &shown);

/// Adds a puskesmas (`isNew`) or saves a held one (row version checked; its code cannot
/// change): the puskesmas rules, the kecamatan and desa held in the workspace, each desa
/// served by one puskesmas only.
core::Puskesmas savePuskesmas(storage::Database &db, const core::Puskesmas &puskesmas, bool isNew);
/// Removes a puskesmas as it was shown; refused while figures are recorded for it.
void removePuskesmas(storage::Database &db, const core::Puskesmas &shown);
/// What is allowed but unusual about a puskesmas, in sentences to ask about before saving
/// (it serves no desa; desa outside its kecamatan, named from the tree); empty when nothing.
QStringList puskesmasWarnings(const core::Puskesmas &puskesmas, const core::RegionTree &tree);

} // namespace konvergensi::usecases::prevalence
