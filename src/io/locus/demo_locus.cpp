// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/locus/demo_locus.h"

#include "io/actions/demo_actions.h"
#include "io/logging.h"

#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace konvergensi::io {

namespace {

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

// Illustrative choice of desa in the kecamatan the published facts name (see README).
const std::vector<std::string> kList2021 = {
    // Rupat Utara
    "14.03.11.2001",
    "14.03.11.2003",
    "14.03.11.2005",
    "14.03.11.2006",
    "14.03.11.2008",
    // Mandau
    "14.03.09.2011",
    "14.03.09.2021",
    // Pinggir
    "14.03.13.2005",
    "14.03.13.2011",
    "14.03.13.2016",
    // Bantan
    "14.03.02.2004",
    "14.03.02.2007",
    "14.03.02.2009",
    "14.03.02.2012",
    "14.03.02.2018",
};

const std::vector<std::string> kList2022 = {
    // Rupat Utara
    "14.03.11.2001",
    "14.03.11.2004",
    "14.03.11.2005",
    "14.03.11.2007",
    // Mandau
    "14.03.09.2011",
    "14.03.09.2021",
    // Pinggir
    "14.03.13.2005",
    "14.03.13.2008",
    "14.03.13.2016",
    // Bantan
    "14.03.02.2004",
    "14.03.02.2007",
    "14.03.02.2012",
    "14.03.02.2014",
    "14.03.02.2022",
    // Rupat
    "14.03.10.2006",
    "14.03.10.2008",
    "14.03.10.2011",
    "14.03.10.2013",
    "14.03.10.2016",
    // Bengkalis
    "14.03.01.2017",
    "14.03.01.2019",
    "14.03.01.2023",
    "14.03.01.2026",
};

// 2023 (decree No 663/KPTS/IX/2022, public; which desa is illustrative): the 2022 list with
// three desa out (the exclusions below) and four villages in (the additions below).
const std::vector<std::string> kKept2023 = {
    // Rupat Utara
    "14.03.11.2001",
    "14.03.11.2004",
    "14.03.11.2005",
    // Mandau
    "14.03.09.2011",
    "14.03.09.2021",
    // Pinggir
    "14.03.13.2005",
    "14.03.13.2008",
    "14.03.13.2016",
    // Bantan
    "14.03.02.2004",
    "14.03.02.2007",
    "14.03.02.2012",
    "14.03.02.2014",
    // Rupat
    "14.03.10.2006",
    "14.03.10.2008",
    "14.03.10.2011",
    "14.03.10.2013",
    "14.03.10.2016",
    // Bengkalis
    "14.03.01.2017",
    "14.03.01.2019",
    "14.03.01.2023",
};

struct Change2023
{
    const char *code;
    const char *reason;
};

// Added by hand at the rembuk stunting of 2022 (origin Manual: the reason says why).
const Change2023 kAdded2023[] = {
    {"14.03.09.1001", "Kelurahan padat penduduk dengan jumlah balita stunting tinggi; keputusan "
                      "2023 mencakup desa dan kelurahan"},
    {"14.03.13.2003", "Usulan rembuk stunting Kecamatan Pinggir 2022: prevalensi naik dan "
                      "cakupan air minum layak rendah"},
    {"14.03.10.2009", "Usulan rembuk stunting Kecamatan Rupat 2022: banyak keluarga berisiko "
                      "stunting, akses layanan KIA jauh"},
    {"14.03.01.2010", "Prevalensi stunting tinggi dan cakupan sanitasi rendah (analisis situasi "
                      "Aksi 1 tahun 2022)"},
};

// Off the 2022 list, left out of the 2023 list by hand (the list's exclusions).
const Change2023 kRemoved2023[] = {
    {"14.03.11.2007", "Prevalensi turun di bawah rata-rata kecamatan; pendampingan KPM berlanjut "
                      "dengan dana desa"},
    {"14.03.02.2022", "Menjadi desa sasaran program intervensi Provinsi Riau tahun 2023"},
    {"14.03.01.2026", "Layanan konvergensi 2022 tercapai; desa dipantau tanpa status lokus"},
};

core::LocusVillage entry(const std::string &code, int year)
{
    const std::uint32_t h = fnv(code + '/' + std::to_string(year));
    core::LocusVillage v(core::RegionCode::fromString(code), year);
    v.origin = core::LocusOrigin::Imported;
    const std::int64_t measured = 90 + static_cast<std::int64_t>(h % 310);
    // 2021 around 26 %, 2022 around 17 % among the locus desa (the district fell from 21.9 %
    // to 8.4 % by SSGI; the locus desa are the worst ones).
    // 2023 around 15 % (the list fixed in September 2022 from that year's analysis).
    const double base = year == 2021 ? 19.0 : year == 2022 ? 11.0 : 8.0;
    const double percent = base + static_cast<double>((h >> 9) % 160) / 10.0;
    v.evidence.childrenMeasured = measured;
    v.evidence.stunted = std::llround(static_cast<double>(measured) * percent / 100.0);
    v.evidence.prevalencePercent = std::round(1000.0 * static_cast<double>(*v.evidence.stunted)
                                              / static_cast<double>(measured))
                                   / 10.0;
    v.evidence.targetHouseholds = 35 + static_cast<std::int64_t>((h >> 3) % 140);
    if ((h >> 13) % 3 != 0)
        v.evidence.povertyPercent = 8.0 + static_cast<double>((h >> 15) % 220) / 10.0;
    if (*v.evidence.prevalencePercent >= 25.0)
        v.reason = "Prevalensi stunting di atas 25 % (analisis situasi Aksi 1)";
    else if (*v.evidence.stunted >= 40)
        v.reason = "Jumlah balita stunting tinggi (analisis situasi Aksi 1)";
    else if (v.evidence.povertyPercent && *v.evidence.povertyPercent >= 20.0)
        v.reason = "Prevalensi stunting tinggi dan angka kemiskinan tinggi";
    else
        v.reason = "Cakupan layanan konvergensi rendah (analisis situasi Aksi 1)";
    return v;
}

std::vector<core::LocusVillage> list(const std::vector<std::string> &codes, int year,
                                     const std::vector<core::LocusVillage> &added = {})
{
    std::vector<core::LocusVillage> villages;
    for (const std::string &code : codes)
        villages.push_back(entry(code, year));
    villages.insert(villages.end(), added.begin(), added.end());
    std::stable_sort(villages.begin(), villages.end(),
                     [](const core::LocusVillage &a, const core::LocusVillage &b) {
                         return *a.evidence.prevalencePercent > *b.evidence.prevalencePercent;
                     });
    core::renumber(villages);
    return villages;
}

core::Scorecard scorecard(const core::LocusVillage &v)
{
    core::Scorecard card(v.village, v.year);
    const std::int64_t households = v.evidence.targetHouseholds.value_or(60);
    int index = 0;
    for (core::ScorecardIndicator indicator : core::standardScorecardIndicators()) {
        const std::uint32_t h = fnv(v.village.toString() + '/' + std::to_string(v.year) + '/'
                                    + std::to_string(index++));
        const bool mothers = indicator.name.starts_with("Ibu hamil");
        indicator.target = mothers ? std::max<std::int64_t>(5, households / 4)
                                   : std::max<std::int64_t>(10, households * 3 / 4);
        double coverage = 0.40 + static_cast<double>(h % 55) / 100.0;
        if (v.year >= 2022)
            coverage = std::min(1.0, coverage + 0.08);
        indicator.achieved = std::min<std::int64_t>(
            indicator.target, std::llround(static_cast<double>(indicator.target) * coverage));
        card.indicators.push_back(std::move(indicator));
    }
    const std::uint32_t h = fnv(v.village.toString() + "/apbdes/" + std::to_string(v.year));
    card.apbdesStunting = (60 + static_cast<std::int64_t>(h % 190)) * 1'000'000
                          + static_cast<std::int64_t>((h >> 8) % 2) * 500'000;
    card.note = "Contoh (rekaan) untuk demo";
    return card;
}

const char *const kFirstNames[] = {"Siti",    "Nur",   "Rina",      "Yusni",
                                   "Fatimah", "Dewi",  "Rosmawati", "Ernawati",
                                   "Mariani", "Linda", "Sri",       "Juliana"};
const char *const kLastNames[] = {"Aminah",  "Aisyah",  "Wati",  "Rahayu",  "Zahara",    "Lestari",
                                  "Hasanah", "Safitri", "Yanti", "Susanti", "Handayani", "Putri"};

} // namespace

void locus::addDemo(storage::Database &db)
{
    storage::Transaction transaction(db);
    storage::LocusRepository locus(db);
    if (locus.decree(2021) || locus.decree(2022) || locus.decree(2023))
        throw storage::StorageError(
            storage::StorageError::Kind::Invalid,
            QCoreApplication::translate("WorkspaceSetup",
                                        "The demo locus villages can only be added to a workspace "
                                        "without lists for 2021, 2022 and 2023."));

    // 2021: decree No 150/KPTS/III/2021 (public); its date and the desa are illustrative.
    core::LocusDecree decree2021;
    decree2021.year = 2021;
    decree2021.number = "150/KPTS/III/2021";
    decree2021.date = boost::gregorian::date(2021, 3, 22);
    decree2021.signedBy = "Kasmarni";
    decree2021.notes = "Penetapan 15 desa lokus di Kecamatan Rupat Utara, Mandau, Pinggir dan "
                       "Bantan. Pilihan desa dan angka dalam demo ini adalah contoh (rekaan).";
    decree2021 = locus.saveDecree(decree2021);
    const auto list2021 = list(kList2021, 2021);
    locus.replaceList(2021, list2021);
    storage::DocumentStore(db).add(
        storage::LocusRepository::kDecreeOwnerType, decree2021.id, QStringLiteral("decree"),
        QStringLiteral("SK-Bupati-150-KPTS-III-2021-desa-lokus.pdf"),
        demoPlaceholderPdf(QStringLiteral("Keputusan Bupati Bengkalis No 150/KPTS/III/2021"),
                           {QStringLiteral("Penetapan desa lokus penurunan stunting tahun 2021"),
                            QStringLiteral("15 desa di Kec. Rupat Utara, Mandau, Pinggir, Bantan"),
                            QStringLiteral("Placeholder for the demo: not the real decree.")}));

    // 2022: 23 desa in 6 kecamatan (public); the decree number is not published.
    core::LocusDecree decree2022;
    decree2022.year = 2022;
    decree2022.signedBy = "Kasmarni";
    decree2022.notes = "23 desa lokus di 6 kecamatan. Nomor keputusan belum diisi (tidak "
                       "dipublikasikan). Pilihan desa dan angka adalah contoh (rekaan).";
    locus.saveDecree(decree2022);
    const auto list2022 = list(kList2022, 2022);
    locus.replaceList(2022, list2022);

    // 2023: decree No 663/KPTS/IX/2022 (public: it fixes the desa and kelurahan of the
    // following intervention year); its day, the desa and the changes are illustrative.
    core::LocusDecree decree2023;
    decree2023.year = 2023;
    decree2023.number = "663/KPTS/IX/2022";
    decree2023.date = boost::gregorian::date(2022, 9, 26);
    decree2023.signedBy = "Kasmarni";
    decree2023.notes = "Penetapan desa dan kelurahan lokus intervensi penurunan stunting tahun "
                       "2023: 20 desa lokus 2022 tetap, 3 keluar, 4 masuk (hasil rembuk stunting "
                       "2022). Pilihan desa dan angka dalam demo ini adalah contoh (rekaan).";
    decree2023 = locus.saveDecree(decree2023);
    std::vector<core::LocusVillage> added2023;
    std::vector<std::string> codes2023 = kKept2023;
    for (const Change2023 &change : kAdded2023) {
        core::LocusVillage v = entry(change.code, 2023);
        v.origin = core::LocusOrigin::Manual;
        v.reason = change.reason;
        added2023.push_back(std::move(v));
        codes2023.push_back(change.code);
    }
    std::vector<core::LocusExclusion> removed2023;
    for (const Change2023 &change : kRemoved2023)
        removed2023.push_back({core::RegionCode::fromString(change.code), change.reason});
    const auto list2023 = list(kKept2023, 2023, added2023);
    locus.replaceList(2023, list2023, removed2023);
    storage::DocumentStore(db).add(
        storage::LocusRepository::kDecreeOwnerType, decree2023.id, QStringLiteral("decree"),
        QStringLiteral("SK-Bupati-663-KPTS-IX-2022-desa-lokus-2023.pdf"),
        demoPlaceholderPdf(QStringLiteral("Keputusan Bupati Bengkalis No 663/KPTS/IX/2022"),
                           {QStringLiteral("Penetapan desa/kelurahan lokus penurunan stunting "
                                           "tahun 2023"),
                            QStringLiteral("24 desa/kelurahan di 6 kecamatan"),
                            QStringLiteral("Placeholder for the demo: not the real decree.")}));

    // Scorecards for some villages, KPM for every village on any list (numbered in the order
    // 2021 and 2022, then the newcomers of 2023).
    storage::ScorecardRepository scorecards(db);
    for (std::size_t i = 0; i < list2021.size(); i += 3)
        scorecards.save(scorecard(list2021[i]));
    for (std::size_t i = 0; i < list2022.size(); i += 2)
        scorecards.save(scorecard(list2022[i]));
    for (std::size_t i = 0; i < list2023.size(); i += 2)
        scorecards.save(scorecard(list2023[i]));
    std::vector<std::string> everyone = kList2021;
    everyone.insert(everyone.end(), kList2022.begin(), kList2022.end());
    std::sort(everyone.begin(), everyone.end());
    everyone.erase(std::unique(everyone.begin(), everyone.end()), everyone.end());
    for (const Change2023 &change : kAdded2023)
        everyone.push_back(change.code);
    int number = 0;
    for (const std::string &code : everyone) {
        const std::uint32_t h = fnv(code + "/kpm");
        core::Kpm kpm(core::RegionCode::fromString(code));
        kpm.name = std::string(kFirstNames[h % 12]) + ' ' + kLastNames[(h >> 5) % 12];
        char phone[32];
        std::snprintf(phone, sizeof phone, "0812-0000-%04d", 1100 + ++number);
        kpm.phone = phone;
        kpm.since = boost::gregorian::date(2019 + static_cast<int>((h >> 9) % 3),
                                           1 + static_cast<int>((h >> 11) % 12), 1);
        scorecards.saveKpm(kpm);
    }
    transaction.commit();
    qCInfo(lcIo) << "demo locus villages:" << list2021.size() << "in 2021," << list2022.size()
                 << "in 2022," << list2023.size() << "in 2023";
}

} // namespace konvergensi::io
