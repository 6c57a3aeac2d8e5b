// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage_test_util.h"

#include "storage/directory/directory_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/transaction.h"
#include "storage/workspace_repository.h"

#include <QJsonArray>
#include <QJsonObject>

using konvergensi::core::Region;
using konvergensi::core::RegionCode;
using konvergensi::storage::AuditLog;
using konvergensi::storage::DirectoryRepository;
using konvergensi::storage::RegionRepository;
using konvergensi::storage::Transaction;
using konvergensi::storage::WorkspaceRepository;
using namespace konvergensi::test;

TEST(AuditLog, RecordAndReadBack)
{
    TestDb db;
    db->setActor(QStringLiteral("auditor"));
    const QJsonObject before{{QStringLiteral("name"), QStringLiteral("Lama")},
                             {QStringLiteral("n"), 1}};
    const QJsonObject after{{QStringLiteral("name"), QStringLiteral("Baru \u00e9\u2013")},
                            {QStringLiteral("list"), QJsonArray{1, 2}}};
    AuditLog::record(*db, QStringLiteral("meeting"), QStringLiteral("7"), AuditLog::Action::Update,
                     before, after);
    db.clock->advance(boost::posix_time::seconds(1));
    AuditLog::record(*db, QStringLiteral("meeting"), QStringLiteral("7"), AuditLog::Action::View,
                     {}, {});

    const auto entries = AuditLog::entries(*db);
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0].action, AuditLog::Action::View) << "newest first";
    EXPECT_EQ(entries[0].at, QStringLiteral("2023-12-05T09:30:01"));
    EXPECT_TRUE(entries[0].before.isEmpty());
    EXPECT_TRUE(entries[0].after.isEmpty());
    const auto &update = entries[1];
    EXPECT_GT(update.id, 0);
    EXPECT_LT(update.id, entries[0].id);
    EXPECT_EQ(update.at, QStringLiteral("2023-12-05T09:30:00"));
    EXPECT_EQ(update.actor, QStringLiteral("auditor"));
    EXPECT_EQ(update.table, QStringLiteral("meeting"));
    EXPECT_EQ(update.rowKey, QStringLiteral("7"));
    EXPECT_EQ(update.action, AuditLog::Action::Update);
    EXPECT_EQ(update.before, before);
    EXPECT_EQ(update.after, after);
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT action FROM audit_log WHERE id = %1").arg(update.id))
            .toString(),
        QStringLiteral("update"));
}

TEST(AuditLog, EveryActionRoundTrips)
{
    TestDb db;
    for (auto action : {AuditLog::Action::Insert, AuditLog::Action::Update,
                        AuditLog::Action::Delete, AuditLog::Action::View}) {
        AuditLog::record(*db, QStringLiteral("t"), QStringLiteral("k"), action, {}, {});
    }
    const auto entries = auditInOrder(*db);
    ASSERT_EQ(entries.size(), 4U);
    EXPECT_EQ(entries[0].action, AuditLog::Action::Insert);
    EXPECT_EQ(entries[1].action, AuditLog::Action::Update);
    EXPECT_EQ(entries[2].action, AuditLog::Action::Delete);
    EXPECT_EQ(entries[3].action, AuditLog::Action::View);
}

TEST(AuditLog, FiltersAndLimit)
{
    TestDb db;
    for (int i = 0; i < 5; ++i) {
        AuditLog::record(*db, QStringLiteral("opd"), QString::number(i % 2),
                         AuditLog::Action::Insert, {}, {{QStringLiteral("i"), i}});
        AuditLog::record(*db, QStringLiteral("person"), QString::number(i),
                         AuditLog::Action::Insert, {}, {{QStringLiteral("i"), i}});
    }
    EXPECT_EQ(AuditLog::entries(*db).size(), 10U);
    EXPECT_EQ(AuditLog::entries(*db, QStringLiteral("opd")).size(), 5U);
    const auto odd = AuditLog::entries(*db, QStringLiteral("opd"), QStringLiteral("1"));
    ASSERT_EQ(odd.size(), 2U);
    EXPECT_EQ(odd[0].after.value(QStringLiteral("i")).toInt(), 3);
    EXPECT_EQ(odd[1].after.value(QStringLiteral("i")).toInt(), 1);
    const auto latest = AuditLog::entries(*db, {}, {}, 3);
    ASSERT_EQ(latest.size(), 3U);
    EXPECT_EQ(latest[0].table, QStringLiteral("person"));
    EXPECT_EQ(latest[0].after.value(QStringLiteral("i")).toInt(), 4);
    EXPECT_TRUE(AuditLog::entries(*db, QStringLiteral("region")).empty());
}

TEST(AuditLog, RolledBackOuterTransactionLeavesNeitherDataNorAudit)
{
    TestDb db;
    RegionRepository regions(*db);
    DirectoryRepository directory(*db);
    WorkspaceRepository workspace(*db);
    {
        Transaction outer(*db);
        regions.upsert({{RegionCode::fromString("14.03"), "Kabupaten Bengkalis", std::nullopt}});
        const auto dinkes = directory.addOpd({0, "Dinas Kesehatan", "Dinkes", 0});
        directory.addPerson({0, dinkes.id, "Ani", "", "", 0});
        workspace.setDemo(true);
        EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 4);
    }
    for (const char *table : {"region", "opd", "person", "workspace_setting", "audit_log"})
        EXPECT_EQ(count(*db, QLatin1String(table)), 0) << table;

    // The same work committed keeps both.
    {
        Transaction outer(*db);
        regions.upsert({{RegionCode::fromString("14.03"), "Kabupaten Bengkalis", std::nullopt}});
        workspace.setDemo(true);
        outer.commit();
    }
    EXPECT_EQ(count(*db, QStringLiteral("region")), 1);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 2);
}
