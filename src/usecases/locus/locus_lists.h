// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/locus/locus.h"
#include "storage/locus/locus_repository.h"

#include <QString>

#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::locus {

// The year's locus list and its decree, as the List tab and `konvergensi-cli locus` change
// them. Every function runs one unit of work (one transaction, audited) and throws
// storage::StorageError with a translated message when a rule is broken or the record was
// changed meanwhile (Kind::Conflict).

/// Replaces the year's list (and the villages left out of its proposal) and, when given,
/// saves the decree with it, all in one transaction.
storage::LocusRepository::ReplaceResult saveList(
    storage::Database &db, int year, const std::vector<core::LocusVillage> &villages,
    const std::vector<core::LocusExclusion> &exclusions,
    const std::optional<core::LocusDecree> &decree = std::nullopt);

/// The year's decree, or an empty one for the year (rowVersion 0) when none is held.
core::LocusDecree decreeOf(storage::Database &db, int year);
/// Saves the decree's number, date, signatory and notes; rowVersion 0 creates the year.
core::LocusDecree saveDecree(storage::Database &db, const core::LocusDecree &decree);

/// One entry of a year's list by id; nullopt when it is gone.
std::optional<core::LocusVillage> findEntry(storage::Database &db, int year, std::int64_t id);
/// The rules the entry breaks, in words (empty when none).
QStringList entryProblems(const core::LocusVillage &entry);
/// Saves an entry's reason, origin and numbers (not its year, village or rank) after checking
/// core's rules; the row version must match.
core::LocusVillage saveEntry(storage::Database &db, const core::LocusVillage &entry);
void removeEntry(storage::Database &db, std::int64_t id, int rowVersion);
/// Moves an entry one place up (-1) or down (+1).
void moveEntry(storage::Database &db, std::int64_t id, int direction);

} // namespace konvergensi::usecases::locus
