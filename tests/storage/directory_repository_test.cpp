// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage_test_util.h"

#include "storage/directory/directory_repository.h"
#include "storage/transaction.h"

#include <QJsonObject>

using konvergensi::core::Opd;
using konvergensi::core::Person;
using konvergensi::storage::AuditLog;
using konvergensi::storage::DirectoryRepository;
using konvergensi::storage::StorageError;
using konvergensi::storage::Transaction;
using namespace konvergensi::test;

namespace {

Opd opd(const char *name, const char *shortName)
{
    return {0, name, shortName, 0};
}

Person person(std::int64_t opdId, const char *name, const char *phone = "")
{
    return {0, opdId, name, "Staf", phone, 0};
}

class DirectoryRepositoryTest : public ::testing::Test
{
protected:
    TestDb db;
    DirectoryRepository directory{*db};
};

} // namespace

TEST_F(DirectoryRepositoryTest, OpdRoundTrip)
{
    EXPECT_TRUE(directory.opds().empty());
    const Opd dinkes = directory.addOpd(opd("  Dinas Kesehatan ", " Dinkes "));
    EXPECT_GT(dinkes.id, 0);
    EXPECT_EQ(dinkes.rowVersion, 1);
    EXPECT_EQ(dinkes.name, "Dinas Kesehatan") << "names are trimmed";
    EXPECT_EQ(dinkes.shortName, "Dinkes");
    EXPECT_EQ(directory.opd(dinkes.id), dinkes);
    EXPECT_EQ(directory.opdByShortName("DINKES"), dinkes);
    EXPECT_EQ(directory.opdByShortName(" dinkes "), dinkes);
    EXPECT_FALSE(directory.opdByShortName("Bappeda").has_value());
    EXPECT_FALSE(directory.opd(dinkes.id + 100).has_value());

    const Opd bappeda = directory.addOpd(opd("Badan Perencanaan Pembangunan Daerah", "Bappeda"));
    const Opd dpmd = directory.addOpd(opd("Dinas Pemberdayaan Masyarakat dan Desa", "dpmd"));
    const auto all = directory.opds();
    ASSERT_EQ(all.size(), 3U);
    EXPECT_EQ(all[0], bappeda) << "sorted by short name, ignoring case";
    EXPECT_EQ(all[1], dinkes);
    EXPECT_EQ(all[2], dpmd);

    Opd renamed = dinkes;
    renamed.name = "Dinas Kesehatan Kabupaten Bengkalis";
    const Opd saved = directory.updateOpd(renamed);
    EXPECT_EQ(saved.rowVersion, 2);
    EXPECT_EQ(directory.opd(dinkes.id), saved);

    directory.removeOpd(dpmd.id);
    EXPECT_FALSE(directory.opd(dpmd.id).has_value());
    EXPECT_EQ(directory.opds().size(), 2U);
}

TEST_F(DirectoryRepositoryTest, WhoAndWhenColumns)
{
    const Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    db.clock->advance(boost::posix_time::hours(1));
    db->setActor(QStringLiteral("sekretariat"));
    Opd changed = dinkes;
    changed.shortName = "DINKES";
    directory.updateOpd(changed);
    QSqlQuery who(db->connection());
    ASSERT_TRUE(who.exec(QStringLiteral("SELECT created_at, created_by, updated_at, updated_by, "
                                        "row_version FROM opd")));
    ASSERT_TRUE(who.next());
    EXPECT_EQ(who.value(0).toString(), QStringLiteral("2023-12-05T09:30:00"));
    EXPECT_EQ(who.value(1).toString(), QStringLiteral("tester"));
    EXPECT_EQ(who.value(2).toString(), QStringLiteral("2023-12-05T10:30:00"));
    EXPECT_EQ(who.value(3).toString(), QStringLiteral("sekretariat"));
    EXPECT_EQ(who.value(4).toInt(), 2);
}

TEST_F(DirectoryRepositoryTest, InvalidOpdRefused)
{
    EXPECT_EQ(errorKind([&] { directory.addOpd(opd("  ", "Dinkes")); }),
              StorageError::Kind::Invalid);
    EXPECT_EQ(errorKind([&] { directory.addOpd(opd("Dinas Kesehatan", "")); }),
              StorageError::Kind::Invalid);
    Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    dinkes.name = "";
    EXPECT_EQ(errorKind([&] { directory.updateOpd(dinkes); }), StorageError::Kind::Invalid);
    EXPECT_EQ(count(*db, QStringLiteral("opd")), 1);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 1);
}

TEST_F(DirectoryRepositoryTest, DuplicateShortNameRefused)
{
    directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    QString message;
    EXPECT_EQ(
        errorKind([&] { directory.addOpd(opd("Dinas Kesehatan Lain", " DINKES ")); }, &message),
        StorageError::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("DINKES"))) << message.toStdString();
    EXPECT_EQ(directory.opds().size(), 1U);

    Opd bappeda = directory.addOpd(opd("Bappeda", "Bappeda"));
    bappeda.shortName = "dinkes";
    EXPECT_EQ(errorKind([&] { directory.updateOpd(bappeda); }), StorageError::Kind::Invalid);
    EXPECT_EQ(directory.opd(bappeda.id)->shortName, "Bappeda");

    // Changing only the case of its own short name is fine.
    Opd dinkes = *directory.opdByShortName("Dinkes");
    dinkes.shortName = "DinKes";
    EXPECT_EQ(directory.updateOpd(dinkes).shortName, "DinKes");
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 3);
}

TEST_F(DirectoryRepositoryTest, StaleRowVersionRefused)
{
    const Opd original = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    Opd mine = original;
    Opd theirs = original;
    theirs.name = "Dinas Kesehatan (mereka)";
    directory.updateOpd(theirs);

    mine.name = "Dinas Kesehatan (saya)";
    QString message;
    EXPECT_EQ(errorKind([&] { directory.updateOpd(mine); }, &message),
              StorageError::Kind::Conflict);
    EXPECT_FALSE(message.isEmpty());
    EXPECT_EQ(directory.opd(original.id)->name, "Dinas Kesehatan (mereka)");
    EXPECT_EQ(directory.opd(original.id)->rowVersion, 2);

    Opd gone = original;
    gone.id = 999;
    EXPECT_EQ(errorKind([&] { directory.updateOpd(gone); }), StorageError::Kind::Conflict);
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 2);
}

TEST_F(DirectoryRepositoryTest, PersonRoundTrip)
{
    const Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    const Opd bappeda = directory.addOpd(opd("Bappeda", "Bappeda"));
    Person ersan = directory.addPerson(
        {0, dinkes.id, " dr. Ersan Saputra, M.H. ", " Kepala Dinas ", " 0812-7654-3210 ", 0});
    EXPECT_GT(ersan.id, 0);
    EXPECT_EQ(ersan.rowVersion, 1);
    EXPECT_EQ(ersan.name, "dr. Ersan Saputra, M.H.");
    EXPECT_EQ(ersan.position, "Kepala Dinas");
    EXPECT_EQ(ersan.phone, "0812-7654-3210");
    EXPECT_EQ(directory.person(ersan.id), ersan);

    const Person ani = directory.addPerson(person(dinkes.id, "Ani"));
    const Person budi = directory.addPerson(person(bappeda.id, "budi", "+62 766 21001"));
    const auto everyone = directory.people();
    ASSERT_EQ(everyone.size(), 3U);
    EXPECT_EQ(everyone[0], ani) << "sorted by name, ignoring case";
    EXPECT_EQ(everyone[1], budi);
    EXPECT_EQ(everyone[2], ersan);
    EXPECT_EQ(directory.people(dinkes.id), (std::vector<Person>{ani, ersan}));
    EXPECT_EQ(directory.people(bappeda.id), std::vector<Person>{budi});
    EXPECT_TRUE(directory.people(999).empty());

    ersan.opdId = bappeda.id;
    ersan.position = "Kepala Badan";
    const Person moved = directory.updatePerson(ersan);
    EXPECT_EQ(moved.rowVersion, 2);
    EXPECT_EQ(directory.person(ersan.id), moved);
    EXPECT_EQ(directory.people(bappeda.id).size(), 2U);

    directory.removePerson(ani.id);
    EXPECT_FALSE(directory.person(ani.id).has_value());
    EXPECT_EQ(errorKind([&] { directory.removePerson(ani.id); }), StorageError::Kind::NotFound);
}

TEST_F(DirectoryRepositoryTest, InvalidPhoneRefused)
{
    const Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    QString message;
    EXPECT_EQ(
        errorKind([&] { directory.addPerson(person(dinkes.id, "Ani", "call me")); }, &message),
        StorageError::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("phone"))) << message.toStdString();
    EXPECT_EQ(errorKind([&] { directory.addPerson(person(dinkes.id, "Ani", "12345")); }),
              StorageError::Kind::Invalid);
    EXPECT_TRUE(directory.people().empty());

    Person ani = directory.addPerson(person(dinkes.id, "Ani", "0812 1234 5678"));
    ani.phone = "0812/1234/5678";
    EXPECT_EQ(errorKind([&] { directory.updatePerson(ani); }), StorageError::Kind::Invalid);
    EXPECT_EQ(directory.person(ani.id)->phone, "0812 1234 5678");
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 2);
}

TEST_F(DirectoryRepositoryTest, PersonNeedsAnOpdAndAName)
{
    EXPECT_EQ(errorKind([&] { directory.addPerson(person(42, "Ani")); }),
              StorageError::Kind::Invalid);
    const Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    EXPECT_EQ(errorKind([&] { directory.addPerson(person(dinkes.id, "  ")); }),
              StorageError::Kind::Invalid);
    Person ani = directory.addPerson(person(dinkes.id, "Ani"));
    ani.opdId = 42;
    EXPECT_EQ(errorKind([&] { directory.updatePerson(ani); }), StorageError::Kind::Invalid);
}

TEST_F(DirectoryRepositoryTest, StalePersonRefused)
{
    const Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    const Person ani = directory.addPerson(person(dinkes.id, "Ani"));
    Person first = ani;
    first.position = "Kepala Seksi";
    directory.updatePerson(first);
    Person second = ani;
    second.position = "Staf Ahli";
    EXPECT_EQ(errorKind([&] { directory.updatePerson(second); }), StorageError::Kind::Conflict);
    EXPECT_EQ(directory.person(ani.id)->position, "Kepala Seksi");
}

TEST_F(DirectoryRepositoryTest, RemoveOpdWithPeopleRefused)
{
    const Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    const Person ani = directory.addPerson(person(dinkes.id, "Ani"));
    QString message;
    EXPECT_EQ(errorKind([&] { directory.removeOpd(dinkes.id); }, &message),
              StorageError::Kind::InUse);
    EXPECT_TRUE(message.contains(QStringLiteral("Dinkes"))) << message.toStdString();
    EXPECT_TRUE(directory.opd(dinkes.id).has_value());

    directory.removePerson(ani.id);
    directory.removeOpd(dinkes.id);
    EXPECT_FALSE(directory.opd(dinkes.id).has_value());
    EXPECT_EQ(errorKind([&] { directory.removeOpd(dinkes.id); }), StorageError::Kind::NotFound);
}

TEST_F(DirectoryRepositoryTest, ForeignKeyAlsoGuardsPeople)
{
    const Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    directory.addPerson(person(dinkes.id, "Ani"));
    QSqlQuery query(db->connection());
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM opd")))
        << "foreign keys are on: an OPD with people cannot be deleted even by hand";
}

TEST_F(DirectoryRepositoryTest, AuditRowsForEveryWrite)
{
    db->setActor(QStringLiteral("admin"));
    Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
    db.clock->advance(boost::posix_time::minutes(1));
    dinkes.name = "Dinas Kesehatan Bengkalis";
    dinkes = directory.updateOpd(dinkes);
    db.clock->advance(boost::posix_time::minutes(1));
    Person ani = directory.addPerson(person(dinkes.id, "Ani", "0812-1111-2222"));
    db.clock->advance(boost::posix_time::minutes(1));
    ani.phone = "0812-3333-4444";
    ani = directory.updatePerson(ani);
    db.clock->advance(boost::posix_time::minutes(1));
    directory.removePerson(ani.id);
    db.clock->advance(boost::posix_time::minutes(1));
    directory.removeOpd(dinkes.id);

    const auto entries = auditInOrder(*db);
    ASSERT_EQ(entries.size(), 6U);
    const QString opdKey = QString::number(dinkes.id);
    const QString personKey = QString::number(ani.id);
    struct Expected
    {
        const char *table;
        QString key;
        AuditLog::Action action;
        const char *at;
    };
    const Expected expected[] = {
        {"opd", opdKey, AuditLog::Action::Insert, "2023-12-05T09:30:00"},
        {"opd", opdKey, AuditLog::Action::Update, "2023-12-05T09:31:00"},
        {"person", personKey, AuditLog::Action::Insert, "2023-12-05T09:32:00"},
        {"person", personKey, AuditLog::Action::Update, "2023-12-05T09:33:00"},
        {"person", personKey, AuditLog::Action::Delete, "2023-12-05T09:34:00"},
        {"opd", opdKey, AuditLog::Action::Delete, "2023-12-05T09:35:00"},
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(entries[i].table, QLatin1String(expected[i].table));
        EXPECT_EQ(entries[i].rowKey, expected[i].key);
        EXPECT_EQ(entries[i].action, expected[i].action);
        EXPECT_EQ(entries[i].at, QLatin1String(expected[i].at));
        EXPECT_EQ(entries[i].actor, QStringLiteral("admin"));
    }
    const QJsonObject opdBefore{{QStringLiteral("name"), QStringLiteral("Dinas Kesehatan")},
                                {QStringLiteral("short_name"), QStringLiteral("Dinkes")}};
    const QJsonObject opdAfter{
        {QStringLiteral("name"), QStringLiteral("Dinas Kesehatan Bengkalis")},
        {QStringLiteral("short_name"), QStringLiteral("Dinkes")}};
    EXPECT_TRUE(entries[0].before.isEmpty());
    EXPECT_EQ(entries[0].after, opdBefore);
    EXPECT_EQ(entries[1].before, opdBefore);
    EXPECT_EQ(entries[1].after, opdAfter);
    EXPECT_EQ(entries[5].before, opdAfter);
    EXPECT_TRUE(entries[5].after.isEmpty());

    const QJsonObject personBefore{{QStringLiteral("opd_id"), static_cast<qint64>(dinkes.id)},
                                   {QStringLiteral("name"), QStringLiteral("Ani")},
                                   {QStringLiteral("position"), QStringLiteral("Staf")},
                                   {QStringLiteral("phone"), QStringLiteral("0812-1111-2222")}};
    QJsonObject personAfter = personBefore;
    personAfter.insert(QStringLiteral("phone"), QStringLiteral("0812-3333-4444"));
    EXPECT_EQ(entries[2].after, personBefore);
    EXPECT_EQ(entries[3].before, personBefore);
    EXPECT_EQ(entries[3].after, personAfter);
    EXPECT_EQ(entries[4].before, personAfter);
    EXPECT_TRUE(entries[4].after.isEmpty());

    // Filtering by table and row.
    EXPECT_EQ(AuditLog::entries(*db, QStringLiteral("person")).size(), 3U);
    EXPECT_EQ(AuditLog::entries(*db, QStringLiteral("opd"), opdKey).size(), 3U);
}

TEST_F(DirectoryRepositoryTest, RolledBackOuterTransactionLeavesNothing)
{
    {
        Transaction outer(*db);
        const Opd dinkes = directory.addOpd(opd("Dinas Kesehatan", "Dinkes"));
        directory.addPerson(person(dinkes.id, "Ani"));
        EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 2);
    }
    EXPECT_TRUE(directory.opds().empty());
    EXPECT_TRUE(directory.people().empty());
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 0);
}
