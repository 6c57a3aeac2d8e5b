// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::locus {

/// One desa/kelurahan as the Village profile tab shows it: every year it was a locus
/// village, its KPM and its scorecards.
struct VillageProfile
{
    core::RegionCode code;
    QString name;
    QString kecamatan;
    std::vector<core::LocusVillage> history; ///< oldest year first
    std::optional<core::Kpm> kpm;
    std::vector<core::Scorecard> scorecards; ///< oldest year first
};

VillageProfile loadVillageProfile(storage::Database &db, const core::RegionCode &village);

/// The village the profile opens on for a year: the first of that year's list (by rank),
/// else the first of the newest list before it, else of any list, else the first village of
/// the district; nullopt when the workspace has no village.
std::optional<core::RegionCode> profileVillageFor(storage::Database &db, int year);

/// Every desa/kelurahan of the district in code order, for choosing one: code, name and the
/// kecamatan's name.
struct VillageChoice
{
    core::RegionCode code;
    QString name;
    QString kecamatan;
};
std::vector<VillageChoice> villageChoices(storage::Database &db);
/// The name of every kecamatan and desa/kelurahan of the workspace by code.
std::map<core::RegionCode, QString> regionNames(storage::Database &db);

} // namespace konvergensi::usecases::locus
