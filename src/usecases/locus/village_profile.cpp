// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/locus/village_profile.h"

#include "qtsupport/text.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/regions/region_repository.h"

#include <algorithm>

namespace konvergensi::usecases::locus {

VillageProfile loadVillageProfile(storage::Database &db, const core::RegionCode &village)
{
    VillageProfile profile{village, {}, {}, {}, {}, {}};
    const core::RegionTree tree = storage::RegionRepository(db).tree();
    if (const core::Region *region = tree.find(village))
        profile.name = qs(region->name);
    if (const auto parent = village.parent()) {
        if (const core::Region *kecamatan = tree.find(*parent))
            profile.kecamatan = qs(kecamatan->name);
    }
    profile.history = storage::LocusRepository(db).history(village);
    storage::ScorecardRepository scorecards(db);
    profile.kpm = scorecards.kpm(village);
    profile.scorecards = scorecards.ofVillage(village);
    return profile;
}

std::optional<core::RegionCode> profileVillageFor(storage::Database &db, int year)
{
    storage::LocusRepository lists(db);
    std::vector<int> years = lists.years();
    // The year itself, then the years before it newest first, then the later ones.
    std::stable_sort(years.begin(), years.end(), [year](int a, int b) {
        const bool aBefore = a <= year;
        const bool bBefore = b <= year;
        if (aBefore != bBefore)
            return aBefore;
        return aBefore ? a > b : a < b;
    });
    for (const int y : years) {
        const auto villages = lists.villages(y);
        if (!villages.empty())
            return villages.front().village;
    }
    const auto choices = villageChoices(db);
    if (choices.empty())
        return std::nullopt;
    return choices.front().code;
}

std::vector<VillageChoice> villageChoices(storage::Database &db)
{
    const core::RegionTree tree = storage::RegionRepository(db).tree();
    std::vector<VillageChoice> out;
    for (const core::Region *village : tree.atLevel(core::RegionLevel::Village)) {
        QString kecamatan;
        if (const auto parent = village->code.parent()) {
            if (const core::Region *region = tree.find(*parent))
                kecamatan = qs(region->name);
        }
        out.push_back({village->code, qs(village->name), kecamatan});
    }
    return out;
}

std::map<core::RegionCode, QString> regionNames(storage::Database &db)
{
    const core::RegionTree tree = storage::RegionRepository(db).tree();
    std::map<core::RegionCode, QString> out;
    for (const auto level : {core::RegionLevel::Kecamatan, core::RegionLevel::Village}) {
        for (const core::Region *region : tree.atLevel(level))
            out.emplace(region->code, qs(region->name));
    }
    return out;
}

} // namespace konvergensi::usecases::locus
