// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/prevalence/demo_prevalence.h"

#include "io/csv_reader.h"
#include "io/logging.h"
#include "io/prevalence/prevalence_import.h"
#include "io/xlsx_reader.h"

#include "core/prevalence/prevalence.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace konvergensi::io {

namespace {

const QString kPublished = QStringLiteral(":/demo/prevalence/published.csv");

/// FNV-1a: the same number for the same text on every machine and run.
std::uint32_t fnv(const std::string &text)
{
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 16777619u;
    }
    return hash;
}

/// How much higher than the district's level each kecamatan runs (the four kecamatan of the
/// 2021 locus decree higher, as the decree suggests; the factors themselves are invented).
double kecamatanFactor(const std::string &kecamatanName)
{
    static const std::map<std::string, double> factors{
        {"Rupat Utara", 1.45}, {"Bantan", 1.30}, {"Pinggir", 1.25}, {"Mandau", 1.15}};
    const auto it = factors.find(kecamatanName);
    return it == factors.end() ? 0.95 : it->second;
}

[[noreturn]] void damaged(const QString &detail)
{
    qCCritical(lcIo) << "bundled prevalence demo is unusable:" << detail;
    throw storage::StorageError(
        storage::StorageError::Kind::Invalid,
        QCoreApplication::translate("WorkspaceSetup", "The bundled demo data (%1) is damaged: %2")
            .arg(kPublished, detail));
}

/// The demo's puskesmas: invented names and codes in the ministry's style (P + the
/// kecamatan's code + a serial), one or two per kecamatan, each serving desa/kelurahan of its
/// own kecamatan (listed by the last part of their codes); together they serve every village
/// of the district once. See resources/demo/README.md.
struct DemoPuskesmas
{
    const char *code;
    const char *name;
    const char *kecamatan;
    std::vector<const char *> villages;
};

const std::vector<DemoPuskesmas> &demoPuskesmas()
{
    static const std::vector<DemoPuskesmas> list{
        {"P1403010101",
         "Puskesmas Bengkalis",
         "14.03.01",
         {"1001", "1002", "1003", "2004", "2005", "2006", "2007", "2008", "2009", "2010", "2011",
          "2025", "2027", "2029", "2030"}},
        {"P1403010102",
         "Puskesmas Sungai Alam",
         "14.03.01",
         {"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022",
          "2023", "2024", "2026", "2028", "2031"}},
        {"P1403020101",
         "Puskesmas Selatbaru",
         "14.03.02",
         {"2001", "2002", "2003", "2005", "2006", "2011", "2013", "2015", "2019", "2020", "2023"}},
        {"P1403020102",
         "Puskesmas Teluk Pambang",
         "14.03.02",
         {"2004", "2007", "2008", "2009", "2010", "2012", "2014", "2016", "2017", "2018", "2021",
          "2022"}},
        {"P1403030101",
         "Puskesmas Sungai Pakning",
         "14.03.03",
         {"1010", "2001", "2002", "2003", "2004", "2005", "2006", "2007", "2016", "2017"}},
        {"P1403090101",
         "Puskesmas Duri Kota",
         "14.03.09",
         {"1002", "1003", "1006", "1007", "1008"}},
        {"P1403090102",
         "Puskesmas Air Jamban",
         "14.03.09",
         {"1001", "1004", "1009", "1010", "2011", "2021"}},
        {"P1403100101",
         "Puskesmas Rupat",
         "14.03.10",
         {"1001", "1002", "1003", "2005", "2006", "2007", "2008", "2010", "2011"}},
        {"P1403100102",
         "Puskesmas Tanjung Kapal",
         "14.03.10",
         {"1004", "2009", "2012", "2013", "2014", "2015", "2016"}},
        {"P1403110101",
         "Puskesmas Rupat Utara",
         "14.03.11",
         {"2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008"}},
        {"P1403120101",
         "Puskesmas Siak Kecil",
         "14.03.12",
         {"2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010", "2011",
          "2012", "2013", "2014", "2015", "2016", "2017"}},
        {"P1403130101",
         "Puskesmas Pinggir",
         "14.03.13",
         {"2005", "2007", "2008", "2011", "2014", "2015", "2016"}},
        {"P1403130102", "Puskesmas Titian Antui", "14.03.13", {"1001", "1012", "2003"}},
        {"P1403140101",
         "Puskesmas Bandar Laksamana",
         "14.03.14",
         {"2001", "2002", "2003", "2004", "2005", "2006", "2007"}},
        {"P1403150101",
         "Puskesmas Talang Muandau",
         "14.03.15",
         {"2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009"}},
        {"P1403160101",
         "Puskesmas Balai Makam",
         "14.03.16",
         {"2001", "2002", "2003", "2004", "2010", "2012", "2013"}},
        {"P1403160102",
         "Puskesmas Sebanga",
         "14.03.16",
         {"2005", "2006", "2007", "2008", "2009", "2011"}},
    };
    return list;
}

} // namespace

void populateDemoPuskesmas(storage::Database &db)
{
    storage::Transaction transaction(db);
    storage::PrevalenceRepository repository(db);
    for (const DemoPuskesmas &demo : demoPuskesmas()) {
        storage::Puskesmas p;
        p.code = demo.code;
        p.name = demo.name;
        p.kecamatan = core::RegionCode::fromString(demo.kecamatan);
        for (const char *village : demo.villages)
            p.villages.push_back(
                core::RegionCode::fromString(std::string(demo.kecamatan) + '.' + village));
        repository.savePuskesmas(p);
    }
    transaction.commit();
}

void prevalence::addDemo(storage::Database &db)
{
    storage::Transaction transaction(db);
    storage::RegionRepository regions(db);
    storage::PrevalenceRepository repository(db);
    const auto districtCode = core::RegionCode::fromString("14.03");
    const core::RegionTree tree = regions.tree();
    if (!tree.contains(districtCode))
        damaged(QStringLiteral("Kabupaten Bengkalis (14.03) is not in the workspace"));

    // The puskesmas and the desa each one serves (invented).
    populateDemoPuskesmas(db);

    // Published figures, through the same importer a user would use.
    const auto report = PrevalenceImporter(db).import(readTableFile(kPublished),
                                                      ConflictPolicy::Replace);
    if (!report.applied)
        damaged(report.fileError.isEmpty() ? describe(report.errors.front()) : report.fileError);

    // The district's own targets: invented for the demo (see resources/demo/README.md).
    for (const auto &[year, percent] : {std::pair{2023, 8.0}, std::pair{2024, 7.5}}) {
        core::PrevalenceTarget target;
        target.area = core::PrevalenceArea::ofRegion(districtCode);
        target.year = year;
        target.indicator = core::PrevalenceIndicator::Stunting;
        target.percent = percent;
        target.note = "Contoh (rekaan)";
        repository.addTarget(target);
    }

    // Synthetic e-PPGBM counts per village, February and August 2021..2024.
    std::vector<core::PrevalenceObservation> observations;
    for (const core::Region *kecamatan : tree.children(districtCode)) {
        const double kecamatanLevel = kecamatanFactor(kecamatan->name);
        for (const core::Region *village : tree.children(kecamatan->code)) {
            const std::string code = village->code.toString();
            const std::uint32_t h = fnv(code);
            const bool kelurahan = village->kind == core::VillageKind::Kelurahan;
            const double villageLevel = 0.45 + static_cast<double>((h >> 17) % 110) / 100.0;
            for (int year = 2021; year <= 2024; ++year) {
                for (const auto round :
                     {core::PrevalenceRound::February, core::PrevalenceRound::August}) {
                    const bool august = round == core::PrevalenceRound::August;
                    // 2021, the first year of e-PPGBM in every desa: some desa did not report.
                    if (year == 2021 && h % 11 == (august ? 1u : 0u))
                        continue;
                    const int period = (year - 2021) * 2 + (august ? 1 : 0);
                    const double eligible = (60.0 + static_cast<double>(h % 340))
                                            * (kelurahan ? 1.8 : 1.0)
                                            * (1.0 + 0.01 * (year - 2021));
                    const double coverage = std::min(
                        0.99, 0.80 + static_cast<double>((h >> 9) % 15) / 100.0
                                  + 0.02 * (year - 2021) + (august ? 0.01 : 0.0));
                    const double districtLevel = 11.5 - 0.9 * period;
                    const std::uint32_t noise = fnv(code + '/' + std::to_string(year)
                                                    + (august ? "/8" : "/2"));
                    const double wobble = 1.0 + (static_cast<double>(noise % 41) - 20.0) / 100.0;
                    const double rate = std::clamp(
                        districtLevel * kecamatanLevel * villageLevel * wobble, 0.0, 60.0);
                    core::PrevalenceObservation o;
                    o.area = core::PrevalenceArea::ofRegion(village->code);
                    o.year = year;
                    o.round = round;
                    o.source = core::PrevalenceSource::Eppgbm;
                    o.indicator = core::PrevalenceIndicator::Stunting;
                    o.eligible = std::llround(eligible);
                    o.measured = std::llround(eligible * coverage);
                    o.cases = std::min<std::int64_t>(
                        *o.measured, std::llround(static_cast<double>(*o.measured) * rate / 100.0));
                    observations.push_back(std::move(o));
                }
            }
        }
    }
    repository.upsert(observations);
    transaction.commit();
    qCInfo(lcIo) << "demo prevalence:" << demoPuskesmas().size() << "puskesmas," << report.added
                 << "published figures," << observations.size()
                 << "synthetic e-PPGBM village figures";
}

} // namespace konvergensi::io
