// SPDX-License-Identifier: GPL-3.0-or-later
// LocusRepository and ScorecardRepository on a real in-memory workspace with the demo
// regions: lists replaced whole and audited, refusals leave nothing behind, row versions,
// the demo lists. (What the proposal scores is read by usecases/locus: locus_usecases_test.)
#include "io/locus/demo_locus.h"
#include "io/workspace_setup.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/locus/locus_repository.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/storage_error.h"
#include "usecases/locus/locus_lists.h"

#include "../storage/storage_test_util.h"

#include <gtest/gtest.h>

#include <set>

using namespace konvergensi;
using konvergensi::test::count;
using konvergensi::test::errorKind;
using konvergensi::test::TestDb;

namespace {

core::RegionCode code(const char *text)
{
    return core::RegionCode::fromString(text);
}

core::LocusVillage entry(const char *village, int rank, double prevalence = 20.0)
{
    core::LocusVillage v(code(village), 2023);
    v.rank = rank;
    v.origin = core::LocusOrigin::Ranked;
    v.evidence.childrenMeasured = 200;
    v.evidence.stunted = static_cast<std::int64_t>(2 * prevalence);
    v.evidence.prevalencePercent = prevalence;
    return v;
}

class LocusRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override { io::populateDemo(*db); }

    qint64 audits() { return count(*db, QStringLiteral("audit_log")); }

    TestDb db;
};

} // namespace

TEST_F(LocusRepositoryTest, ReplaceListStoresRanksReasonsEvidenceAndAudits)
{
    storage::LocusRepository repo(*db);
    EXPECT_TRUE(repo.years().empty());
    auto manual = entry("14.03.02.2004", 2);
    manual.origin = core::LocusOrigin::Manual;
    manual.reason = "  Usulan rembuk stunting ";
    const qint64 before = audits();
    const auto result = repo.replaceList(2023, {entry("14.03.11.2005", 1, 27.5), manual},
                                         {{code("14.03.13.2011"), "Sudah program provinsi"}});
    EXPECT_EQ(result.added, 2);
    EXPECT_EQ(result.removed, 0);
    const auto villages = repo.villages(2023);
    ASSERT_EQ(villages.size(), 2U);
    EXPECT_EQ(villages[0].village, code("14.03.11.2005"));
    EXPECT_EQ(villages[0].rank, 1);
    EXPECT_DOUBLE_EQ(*villages[0].evidence.prevalencePercent, 27.5);
    EXPECT_EQ(villages[0].evidence.childrenMeasured, 200);
    EXPECT_EQ(villages[1].origin, core::LocusOrigin::Manual);
    EXPECT_EQ(villages[1].reason, "Usulan rembuk stunting");
    EXPECT_EQ(repo.exclusions(2023).size(), 1U);
    EXPECT_EQ(repo.exclusions(2023)[0].reason, "Sudah program provinsi");
    EXPECT_EQ(repo.years(), std::vector{2023});
    EXPECT_EQ(repo.locusCodes(2023), (std::set{code("14.03.02.2004"), code("14.03.11.2005")}));
    EXPECT_TRUE(repo.locusCodes(2022).empty());
    // One audit row for the year, two for the villages, one for the exclusion.
    EXPECT_EQ(audits() - before, 4);

    // Replacing the list removes the old entries (audited) and the exclusions.
    repo.replaceList(2023, {entry("14.03.09.2011", 1)});
    EXPECT_EQ(repo.locusCodes(2023), std::set{code("14.03.09.2011")});
    EXPECT_TRUE(repo.exclusions(2023).empty());
    const auto entries = storage::AuditLog::entries(*db, QStringLiteral("locus_village"));
    int deletes = 0;
    for (const auto &e : entries)
        deletes += e.action == storage::AuditLog::Action::Delete ? 1 : 0;
    EXPECT_EQ(deletes, 2);
}

TEST_F(LocusRepositoryTest, BadListsAreRefusedAndChangeNothing)
{
    storage::LocusRepository repo(*db);
    repo.replaceList(2023, {entry("14.03.11.2005", 1)});
    const qint64 auditsBefore = audits();
    const qint64 rowsBefore = count(*db, QStringLiteral("locus_village"));
    auto refused = [&](std::vector<core::LocusVillage> list,
                       std::vector<core::LocusExclusion> exclusions = {}) {
        QString message;
        EXPECT_EQ(errorKind([&] { repo.replaceList(2023, list, exclusions); }, &message),
                  storage::StorageError::Kind::Invalid);
        EXPECT_FALSE(message.isEmpty());
        return message;
    };
    // Storage's safety net: refused in plain words (the use case words the rule, below).
    refused({entry("14.03.11.2005", 1), entry("14.03.11.2005", 2)});
    refused({entry("14.03.11.2005", 1), entry("14.03.11.2006", 1)});
    // A village code not held in the workspace.
    refused({entry("14.03.11.2099", 1)});
    // A kecamatan is not a village.
    refused({entry("14.03.11", 1)});
    auto manual = entry("14.03.11.2006", 1);
    manual.origin = core::LocusOrigin::Manual;
    refused({manual});
    refused({entry("14.03.11.2006", 1)}, {{code("14.03.11.2007"), " "}});
    EXPECT_EQ(audits(), auditsBefore);
    EXPECT_EQ(count(*db, QStringLiteral("locus_village")), rowsBefore);
    EXPECT_EQ(repo.locusCodes(2023), std::set{code("14.03.11.2005")});
}

TEST_F(LocusRepositoryTest, SavingAListNamesTheRuleItBreaksAndChangesNothing)
{
    storage::LocusRepository repo(*db);
    repo.replaceList(2023, {entry("14.03.11.2005", 1)});
    const qint64 auditsBefore = audits();
    auto refused = [&](std::vector<core::LocusVillage> list,
                       std::vector<core::LocusExclusion> exclusions = {}) {
        QString message;
        EXPECT_EQ(errorKind([&] { usecases::locus::saveList(*db, 2023, list, exclusions, {}); },
                            &message),
                  storage::StorageError::Kind::Invalid);
        return message;
    };
    EXPECT_EQ(refused({entry("14.03.11.2005", 1), entry("14.03.11.2005", 2)}),
              QStringLiteral("The village 14.03.11.2005 is on the list twice."));
    EXPECT_EQ(refused({entry("14.03.11.2005", 1), entry("14.03.11.2006", 1)}),
              QStringLiteral("Rank 1 is given to more than one village."));
    EXPECT_EQ(refused({entry("14.03.11.2006", 1)}, {{code("14.03.11.2007"), " "}}),
              QStringLiteral("The village 14.03.11.2007 was left out without a reason."));
    EXPECT_EQ(refused({entry("14.03.11.2006", 1)}, {{code("14.03.11.2006"), "sudah intervensi"}}),
              QStringLiteral("The village 14.03.11.2006 is both on the list and left out."));
    EXPECT_EQ(audits(), auditsBefore);
    EXPECT_EQ(repo.locusCodes(2023), std::set{code("14.03.11.2005")});
}

TEST_F(LocusRepositoryTest, UpdateRemoveAndMoveCheckRowVersions)
{
    storage::LocusRepository repo(*db);
    repo.replaceList(
        2023, {entry("14.03.11.2005", 1), entry("14.03.11.2006", 2), entry("14.03.11.2007", 3)});
    auto villages = repo.villages(2023);
    auto first = villages[0];
    first.reason = "Prevalensi tertinggi";
    first = repo.updateVillage(first);
    EXPECT_EQ(first.rowVersion, 2);
    EXPECT_EQ(repo.villages(2023)[0].reason, "Prevalensi tertinggi");
    auto stale = villages[0]; // row version 1
    stale.reason = "Lama";
    EXPECT_EQ(errorKind([&] { repo.updateVillage(stale); }), storage::StorageError::Kind::Conflict);

    repo.moveVillage(villages[2].id, -1);
    villages = repo.villages(2023);
    EXPECT_EQ(villages[1].village, code("14.03.11.2007"));
    EXPECT_EQ(villages[2].village, code("14.03.11.2006"));
    repo.moveVillage(villages[0].id, -1); // already first: nothing happens
    EXPECT_EQ(repo.villages(2023)[0].village, code("14.03.11.2005"));

    villages = repo.villages(2023);
    EXPECT_EQ(errorKind([&] { repo.removeVillage(villages[0].id, 99); }),
              storage::StorageError::Kind::Conflict);
    repo.removeVillage(villages[0].id, villages[0].rowVersion);
    villages = repo.villages(2023);
    ASSERT_EQ(villages.size(), 2U);
    EXPECT_EQ(villages[0].rank, 1);
    EXPECT_EQ(villages[1].rank, 2);
}

TEST_F(LocusRepositoryTest, DecreeIsSavedWithRowVersionAndOwnsDocuments)
{
    storage::LocusRepository repo(*db);
    core::LocusDecree d;
    d.year = 2021;
    d.number = " 150/KPTS/III/2021 ";
    d.date = boost::gregorian::date(2021, 3, 22);
    d.signedBy = "Kasmarni";
    d = repo.saveDecree(d);
    EXPECT_GT(d.id, 0);
    EXPECT_EQ(repo.decree(2021)->number, "150/KPTS/III/2021");
    EXPECT_EQ(*repo.decree(2021)->date, boost::gregorian::date(2021, 3, 22));
    EXPECT_EQ(repo.ensureYear(2021), d.id);
    auto stale = d;
    d.number = "151/KPTS/III/2021";
    repo.saveDecree(d);
    EXPECT_EQ(errorKind([&] { repo.saveDecree(stale); }), storage::StorageError::Kind::Conflict);
    storage::DocumentStore(*db).add(storage::LocusRepository::kDecreeOwnerType, d.id,
                                    QStringLiteral("decree"), QStringLiteral("sk.pdf"),
                                    QByteArray("%PDF-1.4 test"));
    EXPECT_EQ(storage::DocumentStore(*db).list(QStringLiteral("locus_year"), d.id).size(), 1U);
}

TEST_F(LocusRepositoryTest, ScorecardsAndKpm)
{
    storage::ScorecardRepository repo(*db);
    core::Scorecard card(code("14.03.11.2005"), 2023);
    card.indicators = {{core::ServicePackage::Kia, "Imunisasi", 40, 30},
                       {core::ServicePackage::Paud, "Kelas parenting", 40, 10}};
    card.apbdesStunting = 125'000'000;
    card = repo.save(card);
    EXPECT_EQ(card.rowVersion, 1);
    const auto held = repo.find(code("14.03.11.2005"), 2023);
    ASSERT_TRUE(held);
    EXPECT_EQ(held->indicators.size(), 2U);
    EXPECT_EQ(held->indicators[1].name, "Kelas parenting");
    EXPECT_EQ(held->apbdesStunting, 125'000'000);
    EXPECT_DOUBLE_EQ(*core::coverageOf(*held).overall, 50.0);
    // A second card for the same village and year is refused.
    EXPECT_EQ(errorKind([&] { repo.save(core::Scorecard(code("14.03.11.2005"), 2023)); }),
              storage::StorageError::Kind::Invalid);
    // Achieved above the target is refused and nothing changes.
    auto bad = *held;
    bad.indicators[0].achieved = 41;
    EXPECT_EQ(errorKind([&] { repo.save(bad); }), storage::StorageError::Kind::Invalid);
    EXPECT_EQ(repo.find(code("14.03.11.2005"), 2023)->indicators[0].achieved, 30);

    core::Kpm kpm(code("14.03.11.2005"));
    kpm.name = "Siti Aminah";
    kpm.phone = "0812-0000-1234";
    kpm.since = boost::gregorian::date(2020, 1, 1);
    kpm = repo.saveKpm(kpm);
    EXPECT_EQ(repo.kpm(code("14.03.11.2005"))->name, "Siti Aminah");
    kpm.phone = "no phone";
    EXPECT_EQ(errorKind([&] { repo.saveKpm(kpm); }), storage::StorageError::Kind::Invalid);
}

TEST_F(LocusRepositoryTest, DemoHasThePublishedCountsAndDecree)
{
    io::locus::addDemo(*db);
    storage::LocusRepository repo(*db);
    EXPECT_EQ(repo.years(), (std::vector{2021, 2022, 2023}));
    const auto list2021 = repo.locusCodes(2021);
    const auto list2022 = repo.locusCodes(2022);
    EXPECT_EQ(list2021.size(), 15U);
    EXPECT_EQ(list2022.size(), 23U);
    std::set<std::string> kecamatan2021, kecamatan2022;
    for (const auto &c : list2021)
        kecamatan2021.insert(c.parent()->toString());
    for (const auto &c : list2022)
        kecamatan2022.insert(c.parent()->toString());
    // Rupat Utara, Mandau, Pinggir, Bantan.
    EXPECT_EQ(kecamatan2021,
              (std::set<std::string>{"14.03.11", "14.03.09", "14.03.13", "14.03.02"}));
    EXPECT_EQ(kecamatan2022.size(), 6U);
    for (const auto &c : list2022)
        EXPECT_EQ(c.villageKind(), core::VillageKind::Desa);
    const auto decree = repo.decree(2021);
    ASSERT_TRUE(decree);
    EXPECT_EQ(decree->number, "150/KPTS/III/2021");
    EXPECT_EQ(storage::DocumentStore(*db).list(QStringLiteral("locus_year"), decree->id).size(),
              1U);
    EXPECT_GT(storage::ScorecardRepository(*db).count(), 5U);
    for (const auto &v : repo.villages(2022)) {
        EXPECT_FALSE(v.reason.empty());
        EXPECT_TRUE(v.evidence.prevalence().has_value());
        EXPECT_TRUE(storage::ScorecardRepository(*db).kpm(v.village).has_value());
    }

    // 2023: decree No 663/KPTS/IX/2022 (public) of September 2022, with its document; most of
    // the 2022 list kept, the villages that came in added by hand with their reason, those
    // that went out recorded as exclusions with theirs.
    const auto decree2023 = repo.decree(2023);
    ASSERT_TRUE(decree2023);
    EXPECT_EQ(decree2023->number, "663/KPTS/IX/2022");
    ASSERT_TRUE(decree2023->date);
    EXPECT_EQ(decree2023->date->year(), 2022);
    EXPECT_EQ(decree2023->date->month(), 9);
    EXPECT_EQ(storage::DocumentStore(*db).list(QStringLiteral("locus_year"), decree2023->id).size(),
              1U);
    const auto list2023 = repo.locusCodes(2023);
    std::set<core::RegionCode> kept, added, removed;
    for (const auto &c : list2023)
        (list2022.contains(c) ? kept : added).insert(c);
    for (const auto &c : list2022)
        if (!list2023.contains(c))
            removed.insert(c);
    EXPECT_GT(kept.size(), list2022.size() * 3 / 4) << "most villages kept";
    EXPECT_FALSE(added.empty());
    EXPECT_FALSE(removed.empty());
    bool kelurahan = false;
    for (const auto &v : repo.villages(2023)) {
        EXPECT_FALSE(v.reason.empty());
        EXPECT_TRUE(v.evidence.prevalence().has_value());
        EXPECT_TRUE(storage::ScorecardRepository(*db).kpm(v.village).has_value());
        EXPECT_EQ(v.origin, added.contains(v.village) ? core::LocusOrigin::Manual
                                                      : core::LocusOrigin::Imported)
            << v.village.toString();
        kelurahan |= v.village.villageKind() == core::VillageKind::Kelurahan;
    }
    EXPECT_TRUE(kelurahan) << "the decree fixes desa and kelurahan";
    std::set<core::RegionCode> excluded;
    for (const auto &exclusion : repo.exclusions(2023)) {
        EXPECT_FALSE(exclusion.reason.empty());
        excluded.insert(exclusion.village);
    }
    EXPECT_EQ(excluded, removed);
    EXPECT_FALSE(storage::ScorecardRepository(*db).scorecards(2023).empty());
    // A second run is refused and changes nothing.
    const qint64 audits = count(*db, QStringLiteral("audit_log"));
    EXPECT_EQ(errorKind([&] { io::locus::addDemo(*db); }), storage::StorageError::Kind::Invalid);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), audits);
}
