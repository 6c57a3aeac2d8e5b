// SPDX-License-Identifier: GPL-3.0-or-later
// PrevalenceRepository on a real in-memory SQLite: keys, validation, row versions, audit,
// the dashboard's queries (within a district, periods, sources), targets and puskesmas (rules
// against the workspace, one puskesmas per desa, row versions, audit, removal refused while
// figures refer to it).
#include "../storage/storage_test_util.h"

#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/statement_counter.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace konvergensi;
using namespace konvergensi::core;
using konvergensi::storage::PrevalenceFilter;
using konvergensi::storage::PrevalenceRepository;
using konvergensi::storage::StorageError;

namespace {

RegionCode rc(const char *text)
{
    return RegionCode::fromString(text);
}

class PrevalenceRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        storage::RegionRepository(*db).upsert({
            {rc("14"), "Riau", std::nullopt},
            {rc("14.03"), "Kabupaten Bengkalis", std::nullopt},
            {rc("14.03.01"), "Bengkalis", std::nullopt},
            {rc("14.03.01.2001"), "Air Putih", VillageKind::Desa},
            {rc("14.03.01.2002"), "Sebauk", VillageKind::Desa},
            {rc("14.03.02"), "Bantan", std::nullopt},
            {rc("14.03.02.2001"), "Selatbaru", VillageKind::Desa},
            {rc("14.04"), "Kabupaten Kampar", std::nullopt},
            {rc("14.04.01"), "Bangkinang", std::nullopt},
            {rc("14.04.01.2001"), "Desa Lain", VillageKind::Desa},
        });
    }

    PrevalenceObservation village(const char *code, int cases, int measured, int year = 2023,
                                  PrevalenceRound round = PrevalenceRound::August)
    {
        PrevalenceObservation o;
        o.area = PrevalenceArea::ofRegion(rc(code));
        o.year = year;
        o.round = round;
        o.source = PrevalenceSource::Eppgbm;
        o.measured = measured;
        o.cases = cases;
        return o;
    }

    PrevalenceObservation survey(PrevalenceArea area, double rate, int year)
    {
        PrevalenceObservation o;
        o.area = std::move(area);
        o.year = year;
        o.round = PrevalenceRound::Survey;
        o.source = PrevalenceSource::Ssgi;
        o.publishedRate = rate;
        return o;
    }

    test::TestDb db;
    PrevalenceRepository repo{*db};
};

} // namespace

TEST_F(PrevalenceRepositoryTest, AddReadBackAndAudit)
{
    PrevalenceObservation o = village("14.03.01.2001", 12, 150);
    o.eligible = 160;
    o.note = "  posyandu Melati  ";
    const auto added = repo.add(o);
    EXPECT_GT(added.id, 0);
    EXPECT_EQ(added.rowVersion, 1);
    const auto read = repo.find(o);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->measured, 150);
    EXPECT_EQ(read->cases, 12);
    EXPECT_EQ(read->eligible, 160);
    EXPECT_FALSE(read->publishedRate);
    EXPECT_EQ(read->note, "posyandu Melati");
    EXPECT_EQ(read->area, o.area);
    const auto audit = test::auditInOrder(*db, QStringLiteral("prevalence"));
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("cases")).toInt(), 12);
}

TEST_F(PrevalenceRepositoryTest, NationalAndRateOnlyFigures)
{
    repo.add(survey(PrevalenceArea::national(), 21.6, 2022));
    repo.add(survey(PrevalenceArea::ofRegion(rc("14")), 17.0, 2022));
    PrevalenceFilter filter;
    filter.area = PrevalenceArea::national();
    const auto national = repo.observations(filter);
    ASSERT_EQ(national.size(), 1u);
    EXPECT_NEAR(*national[0].rate(), 21.6, 1e-9);
    EXPECT_FALSE(national[0].measured);
    filter.within = rc("14.03");
    filter.area.reset();
    EXPECT_TRUE(repo.observations(filter).empty()) << "neither national nor province is within";
}

TEST_F(PrevalenceRepositoryTest, RefusesDuplicatesInvalidFiguresAndUnknownAreas)
{
    repo.add(village("14.03.01.2001", 12, 150));
    EXPECT_EQ(test::errorKind([&] { repo.add(village("14.03.01.2001", 1, 10)); }),
              StorageError::Kind::Invalid);
    EXPECT_EQ(test::errorKind([&] { repo.add(village("14.03.01.2002", 11, 10)); }),
              StorageError::Kind::Invalid);
    QString message;
    EXPECT_EQ(test::errorKind([&] { repo.add(village("14.03.01.2099", 1, 10)); }, &message),
              StorageError::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("14.03.01.2099"))) << message.toStdString();
    EXPECT_EQ(
        test::errorKind([&] { repo.add(survey(PrevalenceArea::ofPuskesmas("P999"), 10, 2022)); }),
        StorageError::Kind::Invalid);
    EXPECT_EQ(repo.count(), 1u);
}

TEST_F(PrevalenceRepositoryTest, UpdateChecksRowVersionAndKey)
{
    auto o = repo.add(village("14.03.01.2001", 12, 150));
    auto stale = o;
    o.cases = 10;
    o = repo.update(o);
    EXPECT_EQ(o.rowVersion, 2);
    EXPECT_EQ(repo.byId(o.id)->cases, 10);
    stale.cases = 9;
    EXPECT_EQ(test::errorKind([&] { repo.update(stale); }), StorageError::Kind::Conflict);
    auto moved = o;
    moved.year = 2022;
    EXPECT_EQ(test::errorKind([&] { repo.update(moved); }), StorageError::Kind::Invalid);
    EXPECT_EQ(test::errorKind([&] { repo.remove(o.id, 1); }), StorageError::Kind::Conflict);
    repo.remove(o.id, o.rowVersion);
    EXPECT_EQ(repo.count(), 0u);
    EXPECT_EQ(test::auditInOrder(*db, QStringLiteral("prevalence")).size(), 3u);
}

TEST_F(PrevalenceRepositoryTest, UpsertCountsAddedUpdatedUnchangedAndIsAllOrNothing)
{
    repo.add(village("14.03.01.2001", 12, 150));
    auto result = repo.upsert({village("14.03.01.2001", 12, 150), village("14.03.01.2002", 3, 40),
                               village("14.03.02.2001", 5, 50)});
    EXPECT_EQ(result.added, 2);
    EXPECT_EQ(result.unchanged, 1);
    EXPECT_EQ(result.updated, 0);
    result = repo.upsert({village("14.03.01.2001", 13, 150)});
    EXPECT_EQ(result.updated, 1);
    EXPECT_EQ(repo.find(village("14.03.01.2001", 0, 0))->cases, 13);
    // A bad row in the middle: nothing of the batch is kept.
    EXPECT_EQ(test::errorKind([&] {
                  repo.upsert({village("14.03.01.2001", 1, 150), village("14.03.01.2002", 50, 40)});
              }),
              StorageError::Kind::Invalid);
    EXPECT_EQ(repo.find(village("14.03.01.2001", 0, 0))->cases, 13);
    EXPECT_EQ(repo.count(), 3u);
}

TEST_F(PrevalenceRepositoryTest, UpsertReadsTheHeldFiguresOncePerPeriodNotPerFigure)
{
    // Issue 17: publishing a round's figures must not ask the server once per figure.
    std::vector<PrevalenceObservation> figures;
    for (const char *code : {"14.03.01.2001", "14.03.01.2002", "14.03.02.2001"})
        for (int year = 2019; year <= 2023; ++year)
            figures.push_back(village(code, 5 + year % 7, 100, year));
    const auto first = repo.upsert(figures);
    EXPECT_EQ(first.added, 15);
    qint64 statements = 0;
    {
        const storage::StatementCounter counter;
        const auto again = repo.upsert(figures);
        statements = counter.count();
        EXPECT_EQ(again.unchanged, 15);
        EXPECT_EQ(again.added + again.updated, 0);
    }
    // BEGIN, one read per period (five years), COMMIT: nothing per figure.
    EXPECT_EQ(statements, 1 + 5 + 1);

    // Changed figures are found and updated (with their row version); the same key twice in
    // one call is the second time an update of the first.
    figures[0].cases = 1;
    figures[14].cases = 2;
    PrevalenceObservation twice = figures[0];
    twice.cases = 3;
    figures.push_back(twice);
    const auto changed = repo.upsert(figures);
    EXPECT_EQ(changed.updated, 3);
    EXPECT_EQ(changed.unchanged, 13);
    EXPECT_EQ(repo.find(figures[0])->cases, 3);
    EXPECT_EQ(repo.find(figures[14])->cases, 2);
    EXPECT_EQ(repo.count(), 15u);
}

TEST_F(PrevalenceRepositoryTest, QueriesWithinADistrictAndPeriods)
{
    repo.upsert({village("14.03.01.2001", 12, 150, 2023, PrevalenceRound::August),
                 village("14.03.01.2002", 3, 40, 2023, PrevalenceRound::August),
                 village("14.03.02.2001", 5, 50, 2023, PrevalenceRound::February),
                 village("14.03.02.2001", 6, 50, 2022, PrevalenceRound::August),
                 village("14.04.01.2001", 9, 90, 2023, PrevalenceRound::August),
                 survey(PrevalenceArea::ofRegion(rc("14.03")), 8.4, 2022)});
    PrevalenceFilter filter;
    filter.within = rc("14.03");
    filter.indicator = PrevalenceIndicator::Stunting;
    filter.source = PrevalenceSource::Eppgbm;
    filter.year = 2023;
    filter.round = PrevalenceRound::August;
    const auto august = repo.observations(filter);
    ASSERT_EQ(august.size(), 2u);
    EXPECT_EQ(august[0].area.key(), "14.03.01.2001");
    EXPECT_EQ(august[1].area.key(), "14.03.01.2002");

    filter.year.reset();
    filter.round.reset();
    EXPECT_EQ(repo.observations(filter).size(), 4u) << "Kampar (14.04) is not within 14.03";

    const auto periods = repo.periods(PrevalenceIndicator::Stunting, PrevalenceSource::Eppgbm,
                                      rc("14.03"));
    ASSERT_EQ(periods.size(), 3u);
    EXPECT_EQ(periods[0], std::make_pair(2023, PrevalenceRound::August));
    EXPECT_EQ(periods[1], std::make_pair(2023, PrevalenceRound::February));
    EXPECT_EQ(periods[2], std::make_pair(2022, PrevalenceRound::August));

    EXPECT_EQ(repo.sources(PrevalenceIndicator::Stunting, rc("14.03")),
              (std::vector{PrevalenceSource::Ssgi, PrevalenceSource::Eppgbm}));
    EXPECT_TRUE(repo.sources(PrevalenceIndicator::Wasting, rc("14.03")).empty());
}

TEST_F(PrevalenceRepositoryTest, DashboardQueryUsesTheIndex)
{
    QSqlQuery plan(db->connection());
    const QString query = QStringLiteral(
        "SELECT id FROM prevalence WHERE indicator = 'stunting' AND source = "
        "'eppgbm' AND year = 2023 AND period_round = 'august' AND region_code >= '14.03' AND "
        "region_code < '14.03/'");
    QString detail;
    if (db->isPostgres()) {
        // The table is small, so PostgreSQL would rather scan it: forbid that to see that the
        // index can serve the range (its text columns compare byte by byte, COLLATE "C").
        ASSERT_TRUE(plan.exec(QStringLiteral("SET enable_seqscan = off")));
        ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN ") + query));
        while (plan.next())
            detail += plan.value(0).toString();
        EXPECT_TRUE(detail.contains(QStringLiteral("Index Cond"))) << detail.toStdString();
        EXPECT_TRUE(detail.contains(QStringLiteral("region_code >="))) << detail.toStdString();
    } else {
        ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + query));
        while (plan.next())
            detail += plan.value(3).toString();
        EXPECT_TRUE(detail.contains(QStringLiteral("prevalence_period"))) << detail.toStdString();
    }
}

TEST_F(PrevalenceRepositoryTest, TargetsStartWithTheNationalOne)
{
    auto targets = repo.targets();
    ASSERT_EQ(targets.size(), 1u);
    EXPECT_EQ(targets[0].area, PrevalenceArea::national());
    EXPECT_EQ(targets[0].year, 2024);
    EXPECT_NEAR(targets[0].percent, 14.0, 1e-9);
    EXPECT_EQ(targets[0].id, 0);
    EXPECT_EQ(test::errorKind([&] { repo.removeTarget(0, 0); }), StorageError::Kind::Invalid);

    PrevalenceTarget district;
    district.area = PrevalenceArea::ofRegion(rc("14.03"));
    district.year = 2024;
    district.percent = 7.5;
    district = repo.addTarget(district);
    EXPECT_EQ(test::errorKind([&] { repo.addTarget(district); }), StorageError::Kind::Invalid);
    district.percent = 120;
    EXPECT_EQ(test::errorKind([&] { repo.updateTarget(district); }), StorageError::Kind::Invalid);
    district.percent = 7.0;
    district = repo.updateTarget(district);
    EXPECT_EQ(district.rowVersion, 2);
    EXPECT_NEAR(
        targetFor(repo.targets(), rc("14.03"), 2024, PrevalenceIndicator::Stunting)->percent, 7.0,
        1e-9);
    repo.removeTarget(district.id, district.rowVersion);
    EXPECT_EQ(repo.targets().size(), 1u);
}

TEST_F(PrevalenceRepositoryTest, PuskesmasAndTheirFigures)
{
    storage::Puskesmas p{"P1403010101",
                         "Puskesmas Bengkalis",
                         rc("14.03.01"),
                         {rc("14.03.01.2001"), rc("14.03.01.2002")}};
    repo.savePuskesmas(p);
    const auto read = repo.puskesmas("P1403010101");
    ASSERT_TRUE(read);
    EXPECT_EQ(read->villages.size(), 2u);
    auto o = village("14.03.01.2001", 10, 100);
    o.area = PrevalenceArea::ofPuskesmas("P1403010101");
    repo.add(o);
    PrevalenceFilter filter;
    filter.area = o.area;
    EXPECT_EQ(repo.observations(filter).size(), 1u);
    p.villages = {rc("14.03.99.2001")};
    EXPECT_EQ(test::errorKind([&] { repo.savePuskesmas(p); }), StorageError::Kind::Invalid);
    EXPECT_EQ(repo.puskesmas("P1403010101")->villages.size(), 2u);
}

TEST_F(PrevalenceRepositoryTest, AddUpdateAndRemoveAPuskesmasWithRowVersionsAndAudit)
{
    storage::Puskesmas p{" P1403010101 ",
                         " Puskesmas Bengkalis ",
                         rc("14.03.01"),
                         {rc("14.03.01.2002"), rc("14.03.01.2001")}};
    const auto added = repo.addPuskesmas(p);
    EXPECT_EQ(added.code, "P1403010101");
    EXPECT_EQ(added.name, "Puskesmas Bengkalis");
    EXPECT_EQ(added.rowVersion, 1);
    EXPECT_EQ(added.villages, (std::vector{rc("14.03.01.2001"), rc("14.03.01.2002")}))
        << "kept in code order";
    QString message;
    EXPECT_EQ(test::errorKind([&] { repo.addPuskesmas(p); }, &message),
              StorageError::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("P1403010101"))) << message.toStdString();

    auto edited = added;
    edited.name = "Puskesmas Bengkalis Kota";
    edited.villages = {rc("14.03.01.2001")};
    const auto updated = repo.updatePuskesmas(edited);
    EXPECT_EQ(updated.rowVersion, 2);
    const auto read = repo.puskesmas("P1403010101");
    ASSERT_TRUE(read);
    EXPECT_EQ(read->name, "Puskesmas Bengkalis Kota");
    EXPECT_EQ(read->villages, std::vector{rc("14.03.01.2001")});
    EXPECT_EQ(read->rowVersion, 2);
    // A stale edit (read at version 1) is refused, and so is a stale removal.
    EXPECT_EQ(test::errorKind([&] { repo.updatePuskesmas(added); }), StorageError::Kind::Conflict);
    EXPECT_EQ(test::errorKind([&] { repo.removePuskesmas("P1403010101", 1); }),
              StorageError::Kind::Conflict);
    auto unknown = added;
    unknown.code = "P9999";
    EXPECT_EQ(test::errorKind([&] { repo.updatePuskesmas(unknown); }),
              StorageError::Kind::Conflict);

    repo.removePuskesmas("P1403010101", 2);
    EXPECT_FALSE(repo.puskesmas("P1403010101"));
    EXPECT_EQ(test::count(*db, QStringLiteral("puskesmas_village")), 0);

    const auto audit = test::auditInOrder(*db, QStringLiteral("puskesmas"));
    ASSERT_EQ(audit.size(), 3u);
    EXPECT_EQ(audit[0].action, storage::AuditLog::Action::Insert);
    EXPECT_EQ(audit[0].after.value(QStringLiteral("villages")).toArray().size(), 2);
    EXPECT_EQ(audit[1].action, storage::AuditLog::Action::Update);
    EXPECT_EQ(audit[1].before.value(QStringLiteral("name")).toString(),
              QStringLiteral("Puskesmas Bengkalis"));
    EXPECT_EQ(audit[1].after.value(QStringLiteral("villages")).toArray(),
              QJsonArray{QStringLiteral("14.03.01.2001")});
    EXPECT_EQ(audit[2].action, storage::AuditLog::Action::Delete);
    EXPECT_EQ(audit[2].before.value(QStringLiteral("name")).toString(),
              QStringLiteral("Puskesmas Bengkalis Kota"));
}

TEST_F(PrevalenceRepositoryTest, PuskesmasRulesAgainstTheWorkspace)
{
    auto p = storage::Puskesmas{"P1403010101", "Puskesmas Bengkalis", rc("14.03.01"), {}};
    QString message;
    auto refused = [&](storage::Puskesmas candidate) {
        message.clear();
        return test::errorKind([&] { repo.addPuskesmas(candidate); }, &message)
               == StorageError::Kind::Invalid;
    };
    auto noName = p;
    noName.name = "  ";
    EXPECT_TRUE(refused(noName));
    // A rule of core: the use case words it first; storage's safety net is plain.
    EXPECT_EQ(message, QStringLiteral("The puskesmas breaks a rule and was not stored."));
    auto regionLike = p;
    regionLike.code = "14.03.01";
    EXPECT_TRUE(refused(regionLike));
    auto noKecamatan = p;
    noKecamatan.kecamatan.reset();
    EXPECT_TRUE(refused(noKecamatan));
    auto unknownKecamatan = p;
    unknownKecamatan.kecamatan = rc("14.03.09");
    EXPECT_TRUE(refused(unknownKecamatan));
    EXPECT_TRUE(message.contains(QStringLiteral("14.03.09"))) << message.toStdString();
    auto unknownVillage = p;
    unknownVillage.villages = {rc("14.03.01.2099")};
    EXPECT_TRUE(refused(unknownVillage));
    EXPECT_TRUE(message.contains(QStringLiteral("14.03.01.2099"))) << message.toStdString();
    auto otherDistrict = p;
    otherDistrict.villages = {rc("14.04.01.2001")};
    EXPECT_TRUE(refused(otherDistrict)) << "Kampar's desa is not Bengkalis's";
    EXPECT_TRUE(repo.puskesmas().empty());
    EXPECT_TRUE(test::auditInOrder(*db, QStringLiteral("puskesmas")).empty());

    // A desa of another kecamatan of the same district: allowed (a warning in the dialog).
    p.villages = {rc("14.03.01.2001"), rc("14.03.02.2001")};
    EXPECT_EQ(repo.addPuskesmas(p).villages.size(), 2u);
}

TEST_F(PrevalenceRepositoryTest, ADesaIsServedByOnePuskesmasOnly)
{
    repo.addPuskesmas({"P1403010101",
                       "Puskesmas Bengkalis",
                       rc("14.03.01"),
                       {rc("14.03.01.2001"), rc("14.03.01.2002")}});
    storage::Puskesmas second{
        "P1403010102", "Puskesmas Sebauk", rc("14.03.01"), {rc("14.03.01.2002")}};
    QString message;
    EXPECT_EQ(test::errorKind([&] { repo.addPuskesmas(second); }, &message),
              StorageError::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("Sebauk (14.03.01.2002)")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Puskesmas Bengkalis"))) << message.toStdString();
    EXPECT_EQ(repo.puskesmas().size(), 1u);
    EXPECT_EQ(test::errorKind([&] { repo.savePuskesmas(second); }), StorageError::Kind::Invalid)
        << "the import path has the same rule";

    // Moving the desa: take it out of the first, then give it to the second.
    auto first = *repo.puskesmas("P1403010101");
    first.villages = {rc("14.03.01.2001")};
    repo.updatePuskesmas(first);
    repo.addPuskesmas(second);
    const auto all = repo.puskesmas();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].villages, std::vector{rc("14.03.01.2001")});
    EXPECT_EQ(all[1].villages, std::vector{rc("14.03.01.2002")});
    EXPECT_EQ(all[1].rowVersion, 1);
    // Saving a puskesmas with its own desa again is no clash with itself.
    EXPECT_NO_THROW(repo.updatePuskesmas(all[1]));
}

TEST_F(PrevalenceRepositoryTest, APuskesmasWithFiguresCannotBeRemoved)
{
    const auto p = repo.addPuskesmas(
        {"P1403010101", "Puskesmas Bengkalis", rc("14.03.01"), {rc("14.03.01.2001")}});
    auto o = village("14.03.01.2001", 10, 100);
    o.area = PrevalenceArea::ofPuskesmas(p.code);
    const auto figure = repo.add(o);
    repo.add(village("14.03.01.2001", 4, 50)); // the desa's own figure does not count
    EXPECT_EQ(repo.puskesmasFigureCount(p.code), 1u);
    QString message;
    EXPECT_EQ(test::errorKind([&] { repo.removePuskesmas(p.code, p.rowVersion); }, &message),
              StorageError::Kind::InUse);
    EXPECT_TRUE(message.contains(QStringLiteral("Puskesmas Bengkalis"))) << message.toStdString();
    EXPECT_TRUE(repo.puskesmas(p.code).has_value());

    PrevalenceFilter filter;
    filter.areaKind = PrevalenceArea::Kind::Puskesmas;
    const auto ofPuskesmas = repo.observations(filter);
    ASSERT_EQ(ofPuskesmas.size(), 1u) << "only the puskesmas's figure";
    EXPECT_EQ(ofPuskesmas[0].area, o.area);

    repo.remove(figure.id, figure.rowVersion);
    repo.removePuskesmas(p.code, p.rowVersion);
    EXPECT_TRUE(repo.puskesmas().empty());
}
