// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/locus/locus.h"

#include <QString>

#include <optional>
#include <set>
#include <vector>

namespace konvergensi::storage {

class Database;

/// The yearly locus village lists (desa lokus): each year's villages with rank, reason and
/// evidence, the villages left out of the proposal by hand, and the regent's decree. Every
/// write runs in a transaction (joining the caller's) and is recorded in the audit log.
class LocusRepository
{
public:
    /// DocumentStore owner type of the decree document; the owner id is LocusDecree::id.
    static const QString kDecreeOwnerType; // "locus_year"

    explicit LocusRepository(Database &db);

    /// Years that have a list or a decree, oldest first.
    std::vector<int> years() const;
    /// The decree of a year; nullopt when the year has no row yet.
    std::optional<core::LocusDecree> decree(int year) const;
    /// Saves the decree fields (number, date, signed by, notes). A decree with rowVersion 0
    /// creates the year; otherwise the row version must match. Returns it with its id.
    core::LocusDecree saveDecree(core::LocusDecree decree);
    /// The year's row id (creating the year when missing): the owner of decree documents.
    std::int64_t ensureYear(int year);

    /// The year's villages by rank.
    std::vector<core::LocusVillage> villages(int year) const;
    /// The year's villages left out of the proposal by hand, by code.
    std::vector<core::LocusExclusion> exclusions(int year) const;
    /// The desa/kelurahan codes on the year's list (empty when the year has none). For the
    /// prevalence dashboard.
    std::set<core::RegionCode> locusCodes(int year) const;
    /// Every year's entry of one village, oldest first.
    std::vector<core::LocusVillage> history(const core::RegionCode &village) const;
    std::size_t count(int year) const;

    struct ReplaceResult
    {
        int removed = 0; ///< entries of the old list
        int added = 0;   ///< entries of the new list
    };
    /// Replaces the year's whole list and its exclusions with new ones, in one transaction.
    /// Every village must be a held desa/kelurahan, each once, with a valid entry; ranks are
    /// taken as given (they must be unique). Throws StorageError(Invalid) naming the first
    /// problem; nothing changes then.
    ReplaceResult replaceList(int year, const std::vector<core::LocusVillage> &villages,
                              const std::vector<core::LocusExclusion> &exclusions = {});
    /// Saves an entry's reason, origin and evidence (not its year, village or rank); the row
    /// version must match.
    core::LocusVillage updateVillage(core::LocusVillage village);
    /// Removes an entry; the villages below move up one rank.
    void removeVillage(std::int64_t id, int rowVersion);
    /// Moves an entry one place up (-1) or down (+1), swapping ranks with its neighbour.
    void moveVillage(std::int64_t id, int direction);

private:
    void checkVillage(const core::LocusVillage &village) const;

    Database &m_db;
};

} // namespace konvergensi::storage
