// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/locus/locus_report_data.h"

#include "qtsupport/text.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/workspace_repository.h"

#include <QCoreApplication>

namespace konvergensi::usecases::locus {

using reports::LocusListData;
using reports::LocusListRow;
using reports::ScorecardSummaryData;
using reports::ScorecardSummaryRow;

namespace {

/// The letterhead's district name, else the region tree's district.
QString districtNameOf(storage::Database &db, const core::Letterhead &letterhead)
{
    if (!letterhead.districtName.empty())
        return qs(letterhead.districtName);
    if (const auto district = storage::RegionRepository(db).district())
        return qs(district->name);
    return {};
}

} // namespace

LocusListData loadLocusListData(storage::Database &db, int year)
{
    LocusListData data;
    data.letterhead = storage::WorkspaceRepository(db).letterhead();
    data.districtName = districtNameOf(db, data.letterhead);
    data.year = year;
    storage::LocusRepository locus(db);
    data.decree = locus.decree(year);
    const core::RegionTree tree = storage::RegionRepository(db).tree();
    for (core::LocusVillage &v : locus.villages(year)) {
        LocusListRow row{v, {}, {}, {}, {}};
        if (const core::Region *village = tree.find(v.village)) {
            row.villageName = qs(village->name);
            row.kindName = village->kind == core::VillageKind::Kelurahan
                               ? QCoreApplication::translate("LocusReport", "Kelurahan")
                               : QCoreApplication::translate("LocusReport", "Desa");
        }
        if (const auto parent = v.village.parent()) {
            row.kecamatanCode = qs(parent->toString());
            if (const core::Region *kecamatan = tree.find(*parent))
                row.kecamatanName = qs(kecamatan->name);
        }
        data.rows.push_back(std::move(row));
    }
    return data;
}

ScorecardSummaryData loadScorecardSummary(storage::Database &db, int year)
{
    ScorecardSummaryData data;
    data.letterhead = storage::WorkspaceRepository(db).letterhead();
    data.districtName = districtNameOf(db, data.letterhead);
    data.year = year;
    const auto locus = storage::LocusRepository(db).locusCodes(year);
    const core::RegionTree tree = storage::RegionRepository(db).tree();
    for (core::Scorecard &card : storage::ScorecardRepository(db).scorecards(year)) {
        ScorecardSummaryRow row{{}, {}, locus.contains(card.village), card, core::coverageOf(card)};
        if (const core::Region *village = tree.find(card.village))
            row.villageName = qs(village->name);
        if (const auto parent = card.village.parent()) {
            if (const core::Region *kecamatan = tree.find(*parent))
                row.kecamatanName = qs(kecamatan->name);
        }
        data.rows.push_back(std::move(row));
    }
    return data;
}

} // namespace konvergensi::usecases::locus
