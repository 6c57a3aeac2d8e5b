// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage_test_util.h"

#include "storage/regions/region_repository.h"
#include "storage/transaction.h"

#include <QJsonObject>

using konvergensi::core::Region;
using konvergensi::core::RegionCode;
using konvergensi::core::RegionLevel;
using konvergensi::core::VillageKind;
using konvergensi::storage::AuditLog;
using konvergensi::storage::RegionRepository;
using konvergensi::storage::StorageError;
using konvergensi::storage::Transaction;
using namespace konvergensi::test;

namespace {

Region region(const char *code, const char *name)
{
    const auto c = RegionCode::fromString(code);
    return {c, name, c.villageKind()};
}

// Out of code order on purpose: upsert sorts parents first.
std::vector<Region> bengkalis()
{
    return {region("14.03.01.2017", "Ketam Putih"), region("14.03.02", "Bantan"),
            region("14.03.01", "Bengkalis"),        region("14.03.01.1001", "Bengkalis Kota"),
            region("14.03", "Kabupaten Bengkalis"), region("14.03.02.2001", "Bantan Tengah")};
}

QVariant parentCode(konvergensi::storage::Database &db, const char *code)
{
    return scalar(db, QStringLiteral("SELECT parent_code FROM region WHERE code = '%1'")
                          .arg(QLatin1String(code)));
}

class RegionRepositoryTest : public ::testing::Test
{
protected:
    TestDb db;
    RegionRepository regions{*db};
};

} // namespace

TEST_F(RegionRepositoryTest, EmptyWorkspace)
{
    EXPECT_TRUE(regions.all().empty());
    EXPECT_TRUE(regions.tree().empty());
    EXPECT_FALSE(regions.district().has_value());
    EXPECT_EQ(regions.count(RegionLevel::Village), 0U);
    EXPECT_FALSE(regions.find(RegionCode::fromString("14.03")).has_value());
}

TEST_F(RegionRepositoryTest, UpsertAddsAndLinksParents)
{
    const auto result = regions.upsert(bengkalis());
    EXPECT_EQ(result.added, 6);
    EXPECT_EQ(result.updated, 0);
    EXPECT_EQ(result.unchanged, 0);

    EXPECT_TRUE(parentCode(*db, "14.03").isNull()) << "the province is not held";
    EXPECT_EQ(parentCode(*db, "14.03.01").toString(), QStringLiteral("14.03"));
    EXPECT_EQ(parentCode(*db, "14.03.02").toString(), QStringLiteral("14.03"));
    EXPECT_EQ(parentCode(*db, "14.03.01.2017").toString(), QStringLiteral("14.03.01"));
    EXPECT_EQ(parentCode(*db, "14.03.02.2001").toString(), QStringLiteral("14.03.02"));
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT level FROM region WHERE code = '14.03.02'")).toString(),
        QStringLiteral("kecamatan"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT kind FROM region WHERE code = '14.03.01.1001'"))
                  .toString(),
              QStringLiteral("kelurahan"));
    EXPECT_TRUE(
        scalar(*db, QStringLiteral("SELECT kind FROM region WHERE code = '14.03'")).isNull());
    // Who and when.
    QSqlQuery who(db->connection());
    ASSERT_TRUE(who.exec(QStringLiteral("SELECT created_at, created_by, updated_at, updated_by, "
                                        "row_version FROM region WHERE code = '14.03.01'")));
    ASSERT_TRUE(who.next());
    EXPECT_EQ(who.value(0).toString(), QStringLiteral("2023-12-05T09:30:00"));
    EXPECT_EQ(who.value(1).toString(), QStringLiteral("tester"));
    EXPECT_EQ(who.value(2).toString(), QStringLiteral("2023-12-05T09:30:00"));
    EXPECT_EQ(who.value(3).toString(), QStringLiteral("tester"));
    EXPECT_EQ(who.value(4).toInt(), 1);
}

TEST_F(RegionRepositoryTest, ParentsLinkedAcrossUpserts)
{
    regions.upsert({region("14.03", "Kabupaten Bengkalis"), region("14.03.01", "Bengkalis")});
    regions.upsert({region("14.03.01.2004", "Kelapapati")});
    EXPECT_EQ(parentCode(*db, "14.03.01.2004").toString(), QStringLiteral("14.03.01"));
    regions.upsert({region("14", "Riau")});
    EXPECT_EQ(regions.count(RegionLevel::Province), 1U);
}

TEST_F(RegionRepositoryTest, ReadBack)
{
    regions.upsert(bengkalis());
    const auto all = regions.all();
    ASSERT_EQ(all.size(), 6U);
    std::vector<std::string> codes;
    for (const auto &r : all)
        codes.push_back(r.code.toString());
    EXPECT_EQ(codes, (std::vector<std::string>{"14.03", "14.03.01", "14.03.01.1001",
                                               "14.03.01.2017", "14.03.02", "14.03.02.2001"}));

    const auto found = regions.find(RegionCode::fromString("14.03.01.1001"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, region("14.03.01.1001", "Bengkalis Kota"));
    EXPECT_EQ(found->kind, VillageKind::Kelurahan);
    EXPECT_EQ(regions.find(RegionCode::fromString("14.03"))->kind, std::nullopt);
    EXPECT_TRUE(regions.contains(RegionCode::fromString("14.03.02")));
    EXPECT_FALSE(regions.contains(RegionCode::fromString("14.03.03")));

    ASSERT_TRUE(regions.district().has_value());
    EXPECT_EQ(regions.district()->name, "Kabupaten Bengkalis");

    EXPECT_EQ(regions.count(RegionLevel::Province), 0U);
    EXPECT_EQ(regions.count(RegionLevel::District), 1U);
    EXPECT_EQ(regions.count(RegionLevel::Kecamatan), 2U);
    EXPECT_EQ(regions.count(RegionLevel::Village), 3U);

    const auto tree = regions.tree();
    EXPECT_EQ(tree.size(), 6U);
    ASSERT_EQ(tree.roots().size(), 1U);
    EXPECT_EQ(tree.roots().front()->code.toString(), "14.03");
    EXPECT_EQ(tree.children(RegionCode::fromString("14.03.01")).size(), 2U);
    EXPECT_EQ(tree.countBelow(RegionCode::fromString("14.03"), RegionLevel::Village), 3U);
}

TEST_F(RegionRepositoryTest, DistrictIsTheFirstByCode)
{
    regions.upsert({region("14.72", "Kota Dumai"), region("14.03", "Kabupaten Bengkalis")});
    EXPECT_EQ(regions.district()->code.toString(), "14.03");
}

TEST_F(RegionRepositoryTest, UpsertCountsAddedUpdatedUnchanged)
{
    regions.upsert(bengkalis());
    db.clock->advance(boost::posix_time::hours(2));
    db->setActor(QStringLiteral("operator-dinkes"));

    auto changed = bengkalis();
    changed[1].name = "Bantan (baru)";                        // 14.03.02 renamed
    changed.push_back(region("14.03.02.2002", "Bantan Air")); // new
    const auto result = regions.upsert(changed);
    EXPECT_EQ(result.added, 1);
    EXPECT_EQ(result.updated, 1);
    EXPECT_EQ(result.unchanged, 5);

    EXPECT_EQ(regions.find(RegionCode::fromString("14.03.02"))->name, "Bantan (baru)");
    QSqlQuery who(db->connection());
    ASSERT_TRUE(who.exec(QStringLiteral("SELECT created_at, created_by, updated_at, updated_by, "
                                        "row_version FROM region WHERE code = '14.03.02'")));
    ASSERT_TRUE(who.next());
    EXPECT_EQ(who.value(0).toString(), QStringLiteral("2023-12-05T09:30:00"));
    EXPECT_EQ(who.value(1).toString(), QStringLiteral("tester"));
    EXPECT_EQ(who.value(2).toString(), QStringLiteral("2023-12-05T11:30:00"));
    EXPECT_EQ(who.value(3).toString(), QStringLiteral("operator-dinkes"));
    EXPECT_EQ(who.value(4).toInt(), 2);
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT row_version FROM region WHERE code = '14.03'")).toInt(),
        1)
        << "unchanged rows are not touched";

    const auto again = regions.upsert(changed);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 7);
}

TEST_F(RegionRepositoryTest, KindChangeIsAnUpdate)
{
    Region village = region("14.03.01.2017", "Ketam Putih");
    village.kind = std::nullopt;
    regions.upsert({region("14.03", "B"), region("14.03.01", "B"), village});
    EXPECT_EQ(regions.find(village.code)->kind, std::nullopt);
    const auto result = regions.upsert({region("14.03.01.2017", "Ketam Putih")});
    EXPECT_EQ(result.updated, 1);
    EXPECT_EQ(regions.find(village.code)->kind, VillageKind::Desa);
}

TEST_F(RegionRepositoryTest, AuditRowsForEveryWrite)
{
    db->setActor(QStringLiteral("admin-bappeda"));
    regions.upsert({region("14.03", "Kabupaten Bengkalis"), region("14.03.01", "Bengkalis"),
                    region("14.03.01.1001", "Bengkalis Kota")});
    auto entries = auditInOrder(*db);
    ASSERT_EQ(entries.size(), 3U);
    EXPECT_EQ(entries[0].rowKey, QStringLiteral("14.03"));
    EXPECT_EQ(entries[1].rowKey, QStringLiteral("14.03.01"));
    EXPECT_EQ(entries[2].rowKey, QStringLiteral("14.03.01.1001"));
    for (const auto &entry : entries) {
        EXPECT_EQ(entry.table, QStringLiteral("region"));
        EXPECT_EQ(entry.action, AuditLog::Action::Insert);
        EXPECT_EQ(entry.actor, QStringLiteral("admin-bappeda"));
        EXPECT_EQ(entry.at, QStringLiteral("2023-12-05T09:30:00"));
        EXPECT_TRUE(entry.before.isEmpty());
        EXPECT_EQ(entry.after.value(QStringLiteral("code")).toString(), entry.rowKey);
    }
    EXPECT_EQ(entries[2].after,
              (QJsonObject{{QStringLiteral("code"), QStringLiteral("14.03.01.1001")},
                           {QStringLiteral("name"), QStringLiteral("Bengkalis Kota")},
                           {QStringLiteral("level"), QStringLiteral("village")},
                           {QStringLiteral("kind"), QStringLiteral("kelurahan")}}));
    EXPECT_EQ(entries[0].after,
              (QJsonObject{{QStringLiteral("code"), QStringLiteral("14.03")},
                           {QStringLiteral("name"), QStringLiteral("Kabupaten Bengkalis")},
                           {QStringLiteral("level"), QStringLiteral("district")}}));
    EXPECT_TRUE(
        scalar(*db, QStringLiteral("SELECT before_json FROM audit_log WHERE row_key = '14.03'"))
            .isNull())
        << "no 'before' on an insert";

    // An unchanged upsert writes nothing; a rename writes one update.
    db.clock->advance(boost::posix_time::minutes(5));
    regions.upsert({region("14.03", "Kabupaten Bengkalis"), region("14.03.01", "Bengkalis Raya")});
    entries = auditInOrder(*db);
    ASSERT_EQ(entries.size(), 4U);
    const auto &update = entries[3];
    EXPECT_EQ(update.action, AuditLog::Action::Update);
    EXPECT_EQ(update.rowKey, QStringLiteral("14.03.01"));
    EXPECT_EQ(update.at, QStringLiteral("2023-12-05T09:35:00"));
    EXPECT_EQ(update.before.value(QStringLiteral("name")).toString(), QStringLiteral("Bengkalis"));
    EXPECT_EQ(update.after.value(QStringLiteral("name")).toString(),
              QStringLiteral("Bengkalis Raya"));

    regions.upsert({region("14.03", "Kabupaten Bengkalis")});
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 4);
}

TEST_F(RegionRepositoryTest, FailedUpsertWritesNothing)
{
    regions.upsert({region("14.03", "Kabupaten Bengkalis")});
    // A blank name breaks the table's CHECK in the middle of the batch.
    EXPECT_EQ(errorKind([&] {
                  regions.upsert({region("14.03.01", "Bengkalis"), region("14.03.01.2001", " "),
                                  region("14.03.02", "Bantan")});
              }),
              StorageError::Kind::Query);
    EXPECT_EQ(count(*db, QStringLiteral("region")), 1);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 1);
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_F(RegionRepositoryTest, JoinsTheCallersTransaction)
{
    {
        Transaction outer(*db);
        regions.upsert(bengkalis());
        EXPECT_EQ(count(*db, QStringLiteral("region")), 6);
        EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 6);
    } // the import is abandoned
    EXPECT_EQ(count(*db, QStringLiteral("region")), 0);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 0);

    {
        Transaction outer(*db);
        regions.upsert(bengkalis());
        outer.commit();
    }
    EXPECT_EQ(count(*db, QStringLiteral("region")), 6);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 6);
}
