// SPDX-License-Identifier: GPL-3.0-or-later
// The office server (issue #17), on the test server of scripts/test: a migration applied to a
// server database, server init and the role matrix enforced by the server, the audit log's
// actor and immutability, two connections editing the same record, and the copy SQLite →
// PostgreSQL → SQLite giving identical content. Registered with
// KONVERGENSI_TEST_ENGINE=postgresql, so it skips (with the reason) when no server is given.

#include "storage_test_util.h"

#include "io/workspace_setup.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/directory/directory_repository.h"
#include "storage/migrations.h"
#include "storage/server_admin.h"
#include "storage/sql_dialect.h"
#include "storage/transaction.h"
#include "storage/workspace_copy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace konvergensi;
using konvergensi::test::TestServerAdmin;
using konvergensi::test::TestServerDatabase;
using storage::ServerAdmin;
using storage::StorageError;

namespace {

/// An empty database of its own on the test server (no schema), dropped at the end.
class EmptyServerDatabase
{
public:
    EmptyServerDatabase()
    {
        static int counter = 0;
        m_name = QStringLiteral("kvg_empty_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(++counter);
        TestServerAdmin admin;
        admin.run(QStringLiteral("CREATE DATABASE ") + m_name);
        m_server = admin.server();
        m_server.database = m_name;
    }
    ~EmptyServerDatabase()
    {
        TestServerAdmin admin;
        admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    storage::ServerConnection server(const QString &user = {}) const
    {
        storage::ServerConnection out = m_server;
        if (!user.isEmpty())
            out.user = user;
        return out;
    }
    const QString &name() const { return m_name; }

private:
    QString m_name;
    storage::ServerConnection m_server;
};

/// Runs raw SQL on a connection; returns the SQLSTATE ("" when it worked).
QString tryRun(storage::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (query.exec(sql))
        return {};
    return query.lastError().nativeErrorCode();
}

} // namespace

TEST(Server, ConnectionUrlIsParsedAndShownWithoutPassword)
{
    storage::ServerConnection server;
    QString error;
    ASSERT_TRUE(storage::ServerConnection::parse(
        QStringLiteral("postgresql://ani:rahasia@kantor.local:5433/bengkalis?sslmode=require"),
        &server, &error))
        << error.toStdString();
    EXPECT_EQ(server.host, QStringLiteral("kantor.local"));
    EXPECT_EQ(server.port, 5433);
    EXPECT_EQ(server.database, QStringLiteral("bengkalis"));
    EXPECT_EQ(server.user, QStringLiteral("ani"));
    EXPECT_EQ(server.password, QStringLiteral("rahasia"));
    EXPECT_EQ(server.sslMode, QStringLiteral("require"));
    EXPECT_EQ(server.url(),
              QStringLiteral("postgresql://ani@kantor.local:5433/bengkalis?sslmode=require"));
    EXPECT_FALSE(storage::ServerConnection::parse(QStringLiteral("postgresql://ani@kantor.local/"),
                                                  &server, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("database")));
    EXPECT_FALSE(storage::ServerConnection::parse(
        QStringLiteral("postgresql://ani@kantor.local/db?sslmode=sometimes"), &server, &error));
    EXPECT_FALSE(storage::ServerConnection::isUrl(QStringLiteral("/home/ani/kerja.kvg")));
}

TEST(Server, MigrationAppliedToAServerDatabase)
{
    EmptyServerDatabase empty;
    const int latest = storage::Migrations::latestVersion();
    {
        auto db = storage::Database::openPostgres(empty.server(), {},
                                                  storage::ServerSchema::Unchecked);
        EXPECT_EQ(db->schemaVersion(), 0);
        storage::Migrations::apply(*db, latest - 1);
        EXPECT_EQ(storage::Migrations::currentVersion(*db), latest - 1);
        test::exec(*db, QStringLiteral("INSERT INTO region (code, name, level, created_at, "
                                       "created_by, updated_at, updated_by) VALUES ('14', "
                                       "'Riau', 'province', 'a', 'b', 'c', 'd')"));
    }
    // Everyday opening refuses the older schema and says who upgrades it.
    QString message;
    EXPECT_EQ(
        test::errorKind([&] { (void)storage::Database::openPostgres(empty.server()); }, &message),
        StorageError::Kind::Migration);
    EXPECT_TRUE(message.contains(QStringLiteral("server upgrade"))) << message.toStdString();
    auto db = storage::Database::openPostgres(empty.server(), {}, storage::ServerSchema::Upgrade);
    EXPECT_EQ(db->schemaVersion(), latest);
    EXPECT_EQ(
        test::scalar(*db, QStringLiteral("SELECT name FROM region WHERE code = '14'")).toString(),
        QStringLiteral("Riau"));
    EXPECT_EQ(test::count(*db, QStringLiteral("schema_migrations")), latest);
}

TEST(Server, RegionCodesCompareByteForByteAsOnSqlite)
{
    TestServerDatabase server;
    auto db = server.open();
    // '14.03/' sorts right after every code below 14.03 in byte order; a linguistic collation
    // ignores the punctuation and would sort differently.
    test::exec(*db, QStringLiteral("CREATE TEMPORARY TABLE codes (code TEXT)"));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE code >= '14.03' "
                                               "AND code < '14.03/'"))
                  .toInt(),
              0);
    test::exec(*db,
               QStringLiteral("INSERT INTO region (code, name, level, created_at, created_by, "
                              "updated_at, updated_by) VALUES ('14', 'Riau', 'province', "
                              "'a','b','c','d'), ('14.03', 'Bengkalis', 'district', "
                              "'a','b','c','d'), ('14.03.01', 'Mandau', 'kecamatan', "
                              "'a','b','c','d'), ('14.030', 'X', 'district', 'a','b','c','d')"));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT string_agg(code, ' ' ORDER BY code) FROM "
                                               "region"))
                  .toString(),
              QStringLiteral("14 14.03 14.03.01 14.030"));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE code > '14.03' "
                                               "AND code < '14.03/'"))
                  .toInt(),
              1);
}

TEST(Server, TwoConnectionsEditingTheSameRecord)
{
    TestServerDatabase server;
    auto first = server.open();
    auto second = server.open();
    storage::DirectoryRepository one(*first);
    storage::DirectoryRepository two(*second);
    core::Opd bappeda = one.addOpd({0, "Badan Perencanaan Pembangunan Daerah", "Bappeda", 0});
    // Both read the same version.
    core::Opd mine = *one.opd(bappeda.id);
    core::Opd theirs = *two.opd(bappeda.id);
    ASSERT_EQ(mine.rowVersion, theirs.rowVersion);
    mine.name = "Bappedalitbang";
    const core::Opd saved = one.updateOpd(mine);
    EXPECT_EQ(saved.rowVersion, mine.rowVersion + 1);
    theirs.name = "Bappeda Kabupaten";
    QString message;
    EXPECT_EQ(test::errorKind([&] { (void)two.updateOpd(theirs); }, &message),
              StorageError::Kind::Conflict);
    EXPECT_EQ(message, StorageError::conflict().message());
    // The stale edit changed nothing; a stale removal is refused too.
    EXPECT_EQ(two.opd(bappeda.id)->name, "Bappedalitbang");
    theirs = *two.opd(bappeda.id);
    theirs.name = "Bappeda Kabupaten";
    EXPECT_NO_THROW((void)two.updateOpd(theirs)); // after reloading it works
}

TEST(Server, InitRolesAndTheRoleMatrix)
{
    EmptyServerDatabase empty;
    EXPECT_EQ(ServerAdmin::init(empty.server()), storage::Migrations::latestVersion());
    QString message;
    EXPECT_EQ(test::errorKind([&] { (void)ServerAdmin::init(empty.server()); }, &message),
              StorageError::Kind::Invalid);

    // One login per role; role names are the server's, so the logins carry the database's.
    struct Login
    {
        ServerAdmin::Role role;
        QString user;
    };
    std::vector<Login> logins;
    for (const QString &roleName : ServerAdmin::roleNames()) {
        const auto role = *ServerAdmin::roleFromName(roleName);
        const QString user = empty.name() + QLatin1Char('_')
                             + QString(roleName).replace(u'-', u'_');
        ServerAdmin::addUser(empty.server(), user, role, {});
        logins.push_back({role, user});
    }
    EXPECT_EQ(test::errorKind([&] {
                  ServerAdmin::addUser(empty.server(), logins.front().user,
                                       ServerAdmin::Role::Reader, {});
              }),
              StorageError::Kind::Invalid);

    // Each kind of write, and who may do it.
    using Role = ServerAdmin::Role;
    struct Write
    {
        const char *what;
        QString sql;
        std::vector<Role> allowed;
    };
    const QString who = QStringLiteral("'2023-12-05T09:30:00', 'x', '2023-12-05T09:30:00', 'x'");
    const std::vector<Write> writes{
        {"region",
         QStringLiteral("INSERT INTO region (code, name, level, created_at, created_by, "
                        "updated_at, updated_by) VALUES ('14', 'Riau', 'province', ")
             + who + QStringLiteral(")"),
         {Role::Admin}},
        {"setting",
         QStringLiteral("INSERT INTO workspace_setting (key, text_value, created_at, "
                        "created_by, updated_at, updated_by) VALUES ('k', 'v', ")
             + who + QStringLiteral(")"),
         {Role::Admin}},
        {"opd",
         QStringLiteral("INSERT INTO opd (name, short_name, created_at, created_by, "
                        "updated_at, updated_by) VALUES ('Dinas', 'D', ")
             + who + QStringLiteral(")"),
         {Role::Admin, Role::Meetings}},
        {"meeting",
         QStringLiteral("INSERT INTO meeting (kind, level, title, meeting_date, "
                        "created_at, created_by, updated_at, updated_by) VALUES "
                        "('rakor', 'kabupaten', 'Rakor', '2023-12-05', ")
             + who + QStringLiteral(")"),
         {Role::Admin, Role::Meetings}},
        {"locus",
         QStringLiteral("INSERT INTO locus_year (year, created_at, created_by, "
                        "updated_at, updated_by) VALUES (2024, ")
             + who + QStringLiteral(")"),
         {Role::Admin, Role::Locus}},
        {"prevalence",
         QStringLiteral("INSERT INTO prevalence (area_key, area_kind, year, "
                        "period_round, source, indicator, measured, cases, "
                        "created_at, created_by, updated_at, updated_by) VALUES "
                        "('national', 'national', 2023, 'survey', 'ssgi', "
                        "'stunting', 100, 20, ")
             + who + QStringLiteral(")"),
         {Role::Admin, Role::Prevalence}},
        {"desa families",
         QStringLiteral("INSERT INTO measurement_desa_families (desa_code, year, families, "
                        "families_at_risk, source, updated_at, updated_by) VALUES "
                        "('14.03.01.2001', 2024, 120, 14, 'BKKBN', '2023-12-05T09:30:00', 'x')"),
         {Role::Admin, Role::Prevalence}},
        {"measurement round and its groups",
         QStringLiteral("WITH r AS (INSERT INTO measurement_round (period, source_file, "
                        "rows_read, invented, created_at, created_by, updated_at, updated_by) "
                        "VALUES ('2024-08', 'e.xlsx', 3, 0, ")
             + who
             + QStringLiteral(") RETURNING id) INSERT INTO measurement_round_tally (round_id, "
                              "indicator, z, flag, children) SELECT id, 0, -2.5, 0, 3 FROM r"),
         {Role::Admin, Role::Prevalence}},
        {"case audit",
         QStringLiteral("INSERT INTO case_audit_round (year, semester, title, "
                        "created_at, created_by, updated_at, updated_by) VALUES "
                        "(2023, 2, 'Audit', ")
             + who + QStringLiteral(")"),
         {Role::Admin, Role::CaseAudit}},
    };
    // One audited case, written by the owner, for every login to list below.
    std::int64_t auditRound = 0;
    {
        TestServerAdmin owner(empty.name());
        owner.run(QStringLiteral("INSERT INTO region (code, name, level, kind, created_at, "
                                 "created_by, updated_at, updated_by) VALUES ('14.03.01.2001', "
                                 "'Desa Uji', 'village', 'desa', ")
                  + who + QStringLiteral(")"));
        owner.run(QStringLiteral("INSERT INTO case_audit_round (year, semester, title, created_at, "
                                 "created_by, updated_at, updated_by) VALUES (2022, 1, 'Audit', ")
                  + who + QStringLiteral(")"));
        QSqlQuery id = owner.run(QStringLiteral("SELECT max(id) FROM case_audit_round"));
        ASSERT_TRUE(id.next());
        auditRound = id.value(0).toLongLong();
        owner.run(QStringLiteral("INSERT INTO case_audit_case (round_id, case_number, "
                                 "target_group, desa_code, name, nik, birth_date, sex, "
                                 "created_at, created_by, updated_at, updated_by, list_initials, "
                                 "list_birth_month) VALUES (%1, '01', 'baduta', '14.03.01.2001', "
                                 "'Nur Aisyah Cahyani', '1403015205229999', '2022-08-12', 'f', ")
                      .arg(auditRound)
                  + who + QStringLiteral(", 'NAC', '2022-08')"));
    }
    for (const Login &login : logins) {
        auto db = storage::Database::openPostgres(empty.server(login.user));
        EXPECT_EQ(db->actor(), login.user);
        // Every login lists the audited cases (initials and age, never the identity).
        const auto cases = storage::CaseAuditRepository(*db).listCases(auditRound);
        ASSERT_EQ(cases.size(), 1u) << login.user.toStdString();
        EXPECT_EQ(cases.front().initials, "N.A.C.") << login.user.toStdString();
        const auto roles = ServerAdmin::rolesOf(*db);
        EXPECT_TRUE(roles.contains(login.role)) << login.user.toStdString();
        for (const Write &write : writes) {
            storage::Transaction transaction(*db); // rolled back: every role starts clean
            const QString state = tryRun(*db, write.sql);
            const bool allowed = std::find(write.allowed.begin(), write.allowed.end(), login.role)
                                 != write.allowed.end();
            if (allowed)
                EXPECT_EQ(state, QString()) << login.user.toStdString() << " " << write.what;
            else
                EXPECT_EQ(state, QStringLiteral("42501"))
                    << login.user.toStdString() << " may not write " << write.what;
        }
        // Identities: only the identity role (and the administrator, who has every role).
        const bool mayReadIdentity = login.role == Role::Identity || login.role == Role::Admin;
        EXPECT_EQ(tryRun(*db, QStringLiteral("SELECT name, nik FROM case_audit_case")).isEmpty(),
                  mayReadIdentity)
            << login.user.toStdString();
        EXPECT_EQ(
            tryRun(*db, QStringLiteral("SELECT name FROM measurement_child_identity")).isEmpty(),
            mayReadIdentity)
            << login.user.toStdString();
        EXPECT_EQ(tryRun(*db, QStringLiteral("SELECT id, list_initials FROM case_audit_case")),
                  QString())
            << login.user.toStdString();
    }

    // A forbidden write through a repository: one clear line, nothing changed.
    {
        const auto reader = std::find_if(logins.begin(), logins.end(),
                                         [](const Login &l) { return l.role == Role::Reader; });
        auto db = storage::Database::openPostgres(empty.server(reader->user));
        storage::DirectoryRepository directory(*db);
        QString line;
        EXPECT_EQ(test::errorKind(
                      [&] {
                          (void)directory.addOpd({0, "Dinas Kesehatan", "Dinkes", 0});
                      },
                      &line),
                  StorageError::Kind::Forbidden);
        EXPECT_FALSE(line.contains(u'\n'));
        EXPECT_TRUE(directory.opds().empty());
    }

    // The audit log: the actor is the login whatever the program says; nobody changes a row.
    const auto meetings = std::find_if(logins.begin(), logins.end(),
                                       [](const Login &l) { return l.role == Role::Meetings; });
    {
        auto db = storage::Database::openPostgres(empty.server(meetings->user));
        db->setActor(QStringLiteral("someone else"));
        storage::DirectoryRepository directory(*db);
        (void)directory.addOpd({0, "Dinas Kesehatan", "Dinkes", 0});
        const auto entries = storage::AuditLog::entries(*db, QStringLiteral("opd"));
        ASSERT_EQ(entries.size(), 1u);
        EXPECT_EQ(entries.front().actor, meetings->user);
    }
    for (const Login &login : logins) {
        auto db = storage::Database::openPostgres(empty.server(login.user));
        EXPECT_FALSE(tryRun(*db, QStringLiteral("UPDATE audit_log SET actor = 'x'")).isEmpty())
            << login.user.toStdString();
        EXPECT_FALSE(tryRun(*db, QStringLiteral("DELETE FROM audit_log")).isEmpty())
            << login.user.toStdString();
    }
    TestServerAdmin owner(empty.name()); // not even the server's superuser
    EXPECT_THROW(owner.run(QStringLiteral("DELETE FROM audit_log")), std::runtime_error);
    EXPECT_EQ(owner.run(QStringLiteral("SELECT count(*) FROM audit_log")).next(), true);
    for (const Login &login : logins)
        owner.run(QStringLiteral("DROP ROLE ") + login.user);
}

TEST(Server, CopySqliteToPostgresAndBackIsIdentical)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString original = dir.filePath(QStringLiteral("demo.kvg"));
    const QString back = dir.filePath(QStringLiteral("back.kvg"));
    auto file = io::createWorkspace(original, io::WorkspaceTemplate::Demo);
    TestServerDatabase server;
    auto onServer = server.open();
    const auto there = storage::WorkspaceCopy::copy(*file, *onServer);
    auto returned = storage::Database::createSqlite(back);
    const auto again = storage::WorkspaceCopy::copy(*onServer, *returned);

    const auto first = storage::WorkspaceCopy::summarise(*file);
    const auto last = storage::WorkspaceCopy::summarise(*returned);
    ASSERT_EQ(first.size(), last.size());
    qint64 rows = 0;
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].table, last[i].table);
        EXPECT_EQ(first[i].rows, last[i].rows) << first[i].table.toStdString();
        EXPECT_EQ(first[i].checksum, last[i].checksum) << first[i].table.toStdString();
        EXPECT_EQ(there[i].checksum, first[i].checksum);
        EXPECT_EQ(again[i].checksum, first[i].checksum);
        rows += first[i].rows;
    }
    EXPECT_GT(rows, 1000); // the demo district: regions, meetings, figures, ...
    // New rows on the server continue after the copied ids.
    storage::DirectoryRepository directory(*onServer);
    const auto opds = directory.opds();
    ASSERT_FALSE(opds.empty());
    const core::Opd added = directory.addOpd({0, "Badan Baru", "Baru", 0});
    for (const auto &opd : opds)
        EXPECT_GT(added.id, opd.id);
    // A target that holds data is refused, and left as it was.
    QString message;
    EXPECT_EQ(
        test::errorKind([&] { (void)storage::WorkspaceCopy::copy(*file, *returned); }, &message),
        StorageError::Kind::Invalid);
}
