// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage_test_util.h"
#include "test_paths.h"

#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/sql_dialect.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>

using konvergensi::storage::Database;
using konvergensi::storage::Migrations;
using konvergensi::storage::StorageError;
using namespace konvergensi::test;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// Copies a fixture from tests/data/migrations into `dir`, writable.
QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString source = dataFile(QStringLiteral("migrations/") + name);
    const QString target = dir.filePath(name);
    EXPECT_TRUE(QFileInfo::exists(source)) << source.toStdString();
    EXPECT_TRUE(QFile::copy(source, target)) << source.toStdString();
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

const std::vector<QString> kVersion1Tables = {QStringLiteral("audit_log"), QStringLiteral("region"),
                                              QStringLiteral("schema_migrations"),
                                              QStringLiteral("workspace_setting")};

} // namespace

TEST(Migrations, StepsAreNumberedAndNamed)
{
    const auto &steps = Migrations::steps();
    ASSERT_GE(steps.size(), 3U);
    for (std::size_t i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps[i].version, static_cast<int>(i) + 1);
    EXPECT_EQ(steps[0].name, QStringLiteral("foundation"));
    EXPECT_EQ(steps[1].name, QStringLiteral("directory"));
    EXPECT_EQ(steps[2].name, QStringLiteral("documents"));
    EXPECT_EQ(Migrations::latestVersion(), static_cast<int>(steps.size()));
    for (const auto &step : steps)
        EXPECT_TRUE(QFile::exists(step.resourcePath)) << step.resourcePath.toStdString();
}

TEST(Migrations, SplitStatements)
{
    const QString script = QStringLiteral(
        "-- a comment line\n"
        "CREATE TABLE a (\n"
        "    x INTEGER, -- trailing comment stays inside the statement\n"
        "    y TEXT\n"
        ");\n"
        "\n"
        "   -- indented comment\n"
        "CREATE INDEX a_x ON a (x);\r\n"
        "INSERT INTO a VALUES (1, 'semi;colon');\n"
        "INSERT INTO a VALUES (2, 'no semicolon at the end')");
    const QStringList statements = Migrations::splitStatements(script);
    ASSERT_EQ(statements.size(), 4);
    EXPECT_EQ(statements[0], QStringLiteral("CREATE TABLE a (\n"
                                            "    x INTEGER, -- trailing comment stays inside the "
                                            "statement\n"
                                            "    y TEXT\n"
                                            ");"));
    EXPECT_EQ(statements[1], QStringLiteral("CREATE INDEX a_x ON a (x);"));
    EXPECT_EQ(statements[2], QStringLiteral("INSERT INTO a VALUES (1, 'semi;colon');"));
    EXPECT_EQ(statements[3], QStringLiteral("INSERT INTO a VALUES (2, 'no semicolon at the end')"));
}

TEST(Migrations, SplitStatementsKeepsAFunctionBodyWhole)
{
    const QString script = QStringLiteral("CREATE FUNCTION f() RETURNS trigger\n"
                                          "LANGUAGE plpgsql AS $$\n"
                                          "BEGIN\n"
                                          "    -- a comment inside the body stays\n"
                                          "    PERFORM pg_notify('c', TG_TABLE_NAME);\n"
                                          "    RETURN NULL;\n"
                                          "END;\n"
                                          "$$;\n"
                                          "SELECT f();\n");
    const QStringList statements = Migrations::splitStatements(script);
    ASSERT_EQ(statements.size(), 2);
    EXPECT_TRUE(statements[0].startsWith(QStringLiteral("CREATE FUNCTION f()")));
    EXPECT_TRUE(statements[0].contains(QStringLiteral("-- a comment inside the body stays")));
    EXPECT_TRUE(statements[0].endsWith(QStringLiteral("END;\n$$;")));
    EXPECT_EQ(statements[1], QStringLiteral("SELECT f();"));
}

TEST(Migrations, SplitStatementsOfNothing)
{
    EXPECT_TRUE(Migrations::splitStatements(QString()).isEmpty());
    EXPECT_TRUE(Migrations::splitStatements(QStringLiteral("-- only\n-- comments\n\n")).isEmpty());
}

TEST(Migrations, SplitsTheShippedScripts)
{
    for (const auto &step : Migrations::steps()) {
        QFile file(step.resourcePath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QStringList statements = Migrations::splitStatements(
            QString::fromUtf8(file.readAll()));
        // Only a step that PostgreSQL alone needs (its own script) may be empty on SQLite.
        const bool postgresOnly = QFile::exists(QStringLiteral(":/migrations/postgresql/%1_%2.sql")
                                                    .arg(step.version, 4, 10, QLatin1Char('0'))
                                                    .arg(step.name));
        EXPECT_TRUE(!statements.isEmpty() || postgresOnly) << step.name.toStdString();
        for (const QString &statement : statements) {
            // Whole statements: schema, reference rows a step ships (a checklist, ...), or the
            // repair of existing rows a step makes (ALTER, UPDATE, DROP).
            EXPECT_TRUE(statement.startsWith(QLatin1String("CREATE "))
                        || statement.startsWith(QLatin1String("INSERT INTO "))
                        || statement.startsWith(QLatin1String("ALTER TABLE "))
                        || statement.startsWith(QLatin1String("UPDATE "))
                        || statement.startsWith(QLatin1String("DROP ")))
                << statement.toStdString();
            EXPECT_TRUE(statement.endsWith(QLatin1Char(';'))) << statement.toStdString();
        }
    }
}

TEST(Migrations, FreshDatabaseHasEveryTable)
{
    TestDb db;
    const QStringList all = tables(*db);
    for (const char *table : {"audit_log", "document", "opd", "person", "region",
                              "schema_migrations", "workspace_setting"})
        EXPECT_TRUE(all.contains(QLatin1String(table))) << table;
    EXPECT_EQ(count(*db, QStringLiteral("schema_migrations")), Migrations::latestVersion());
    // On a server the test database is a copy of a template migrated once for every test
    // (tests/support/test_engine.h), so its steps carry the template's time;
    // MigrationAppliedToAServerDatabase (server_test) checks a server's own migration.
    if (!db->isPostgres())
        EXPECT_EQ(scalar(*db, QStringLiteral(
                                  "SELECT applied_at FROM schema_migrations WHERE version = 2"))
                      .toString(),
                  QStringLiteral("2023-12-05T09:30:00"))
            << "applied_at comes from the database's clock";
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 0);
}

TEST(Migrations, ApplyUpToATargetThenTheRest)
{
    TestDb db;
    // Take the schema back to nothing, then climb one step at a time.
    if (db->isPostgres()) {
        exec(*db, QStringLiteral("DROP SCHEMA public CASCADE"));
        exec(*db, QStringLiteral("CREATE SCHEMA public"));
    } else {
        exec(*db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (const QString &table : tables(*db))
            exec(*db, QStringLiteral("DROP TABLE ") + table);
        exec(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    EXPECT_TRUE(tables(*db).isEmpty());
    EXPECT_EQ(Migrations::currentVersion(*db), 0);

    Migrations::apply(*db, 1);
    EXPECT_EQ(Migrations::currentVersion(*db), 1);
    EXPECT_FALSE(tables(*db).contains(QStringLiteral("opd")));
    EXPECT_TRUE(tables(*db).contains(QStringLiteral("region")));

    Migrations::apply(*db, 2);
    EXPECT_EQ(Migrations::currentVersion(*db), 2);
    EXPECT_TRUE(tables(*db).contains(QStringLiteral("person")));
    EXPECT_FALSE(tables(*db).contains(QStringLiteral("document")));

    Migrations::apply(*db);
    EXPECT_EQ(Migrations::currentVersion(*db), Migrations::latestVersion());
    EXPECT_TRUE(tables(*db).contains(QStringLiteral("document")));

    Migrations::apply(*db); // nothing left to do
    EXPECT_EQ(count(*db, QStringLiteral("schema_migrations")), Migrations::latestVersion());
}

TEST(Migrations, UpgradesVersion1Fixture)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
    {
        // Read the fixture as it is, without Database (which would upgrade it).
        const QString name = QStringLiteral("fixture-check");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            ASSERT_TRUE(raw.open());
            QSqlQuery query(raw);
            ASSERT_TRUE(query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")));
            ASSERT_TRUE(query.next());
            ASSERT_EQ(query.value(0).toInt(), 1) << "the fixture must be at version 1";
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    TestDb db(path);
    EXPECT_EQ(db->schemaVersion(), Migrations::latestVersion());
    EXPECT_EQ(Migrations::currentVersion(*db), Migrations::latestVersion());

    // The new tables are there and work.
    EXPECT_TRUE(tables(*db).contains(QStringLiteral("opd")));
    EXPECT_TRUE(tables(*db).contains(QStringLiteral("person")));
    EXPECT_EQ(count(*db, QStringLiteral("opd")), 0);
    exec(*db,
         QStringLiteral("INSERT INTO opd (name, short_name, created_at, created_by, updated_at, "
                        "updated_by) VALUES ('Dinas Kesehatan', 'Dinkes', 'a', 'b', 'c', 'd')"));
    EXPECT_EQ(count(*db, QStringLiteral("opd")), 1);

    // Both steps recorded: the old one as it was, the new one on the database's clock.
    QSqlQuery history(db->connection());
    ASSERT_TRUE(history.exec(QStringLiteral(
        "SELECT version, name, applied_at FROM schema_migrations ORDER BY version")));
    ASSERT_TRUE(history.next());
    EXPECT_EQ(history.value(0).toInt(), 1);
    EXPECT_EQ(history.value(1).toString(), QStringLiteral("foundation"));
    EXPECT_EQ(history.value(2).toString(), QStringLiteral("2023-11-01T08:00:00"));
    ASSERT_TRUE(history.next());
    EXPECT_EQ(history.value(0).toInt(), 2);
    EXPECT_EQ(history.value(1).toString(), QStringLiteral("directory"));
    EXPECT_EQ(history.value(2).toString(), QStringLiteral("2023-12-05T09:30:00"));
    // ... and every later step after it, each once.
    for (int version = 3; version <= Migrations::latestVersion(); ++version) {
        ASSERT_TRUE(history.next());
        EXPECT_EQ(history.value(0).toInt(), version);
    }
    EXPECT_FALSE(history.next());

    // The old rows are intact.
    EXPECT_EQ(count(*db, QStringLiteral("region")), 4);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT name FROM region WHERE code = '14.03.01.2017'"))
                  .toString(),
              QStringLiteral("Ketam Putih"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT parent_code FROM region WHERE code = '14.03.01'"))
                  .toString(),
              QStringLiteral("14.03"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT kind FROM region WHERE code = '14.03.01.1001'"))
                  .toString(),
              QStringLiteral("kelurahan"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT text_value FROM workspace_setting WHERE key = "
                                         "'district_name'"))
                  .toString(),
              QStringLiteral("Kabupaten Bengkalis"));
    EXPECT_EQ(count(*db, QStringLiteral("audit_log")), 1) << "migrations write no audit rows";
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    EXPECT_FALSE(scalar(*db, QStringLiteral("PRAGMA foreign_key_check")).isValid());
}

TEST(Migrations, RefusesNewerDatabaseAndLeavesItUntouched)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = copyFixture(dir, QStringLiteral("v99-newer.sqlite"));
    const QByteArray before = sha256(path);
    ASSERT_FALSE(before.isEmpty());
    const QFileInfo info(path);
    const qint64 size = info.size();

    for (int attempt = 0; attempt < 2; ++attempt) {
        QString message;
        EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(path); }, &message),
                  StorageError::Kind::SchemaTooNew);
        EXPECT_TRUE(message.contains(QStringLiteral("99"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QString::number(Migrations::latestVersion())))
            << message.toStdString();
    }
    EXPECT_EQ(sha256(path), before) << "a newer workspace must be left byte for byte";
    EXPECT_EQ(QFileInfo(path).size(), size);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST(Migrations, RefusesNewerWalDatabaseAndLeavesItUntouched)
{
    // Workspaces are written in WAL mode, so a real newer one is in WAL mode too.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = copyFixture(dir, QStringLiteral("v99-newer.sqlite"));
    const QString name = QStringLiteral("fixture-wal");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    ASSERT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = sha256(path);

    EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(path); }),
              StorageError::Kind::SchemaTooNew);
    EXPECT_EQ(sha256(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST(Migrations, FailedStepRollsBackWithApply)
{
    KONVERGENSI_SQLITE_ONLY("drops tables with SQLite's PRAGMAs and reads sqlite_master");
    TestDb db;
    // Back to version 1 (every later table dropped), with a table in the way of version 2.
    const QStringList version1{QStringLiteral("audit_log"), QStringLiteral("region"),
                               QStringLiteral("schema_migrations"),
                               QStringLiteral("workspace_setting")};
    exec(*db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const QString &table : tables(*db)) {
        if (!version1.contains(table))
            exec(*db, QStringLiteral("DROP TABLE ") + table);
    }
    exec(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(*db, QStringLiteral("DELETE FROM schema_migrations WHERE version >= 2"));
    exec(*db, QStringLiteral("CREATE TABLE opd (something_else TEXT)"));
    ASSERT_EQ(Migrations::currentVersion(*db), 1);

    QString message;
    EXPECT_EQ(errorKind([&] { Migrations::apply(*db); }, &message), StorageError::Kind::Migration);
    EXPECT_TRUE(message.contains(QStringLiteral("2"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("directory"))) << message.toStdString();

    EXPECT_EQ(Migrations::currentVersion(*db), 1);
    EXPECT_EQ(count(*db, QStringLiteral("schema_migrations")), 1);
    EXPECT_FALSE(tables(*db).contains(QStringLiteral("person"))) << "no partial step";
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                         "'opd_short_name'"))
                  .toInt(),
              0);
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'opd'")).toString(),
        QStringLiteral("CREATE TABLE opd (something_else TEXT)"));
    EXPECT_EQ(db->transactionDepth(), 0);
    // The connection is usable afterwards.
    exec(*db, QStringLiteral("CREATE TABLE after_failure (x)"));
}

TEST(Migrations, FailedStepOnOpenLeavesVersion1)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
    const QString name = QStringLiteral("fixture-sabotage");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE person (x)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);

    EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(path); }), StorageError::Kind::Migration);

    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                              "('opd', 'opd_short_name', 'person_opd')")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 0) << "the opd table of the failed step is gone";
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM region")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 4);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST(Migrations, CurrentVersionOfAnEmptyDatabase)
{
    TestDb db;
    exec(*db, QStringLiteral("DELETE FROM schema_migrations"));
    EXPECT_EQ(Migrations::currentVersion(*db), 0);
}

TEST(Migrations, SchemaTranslatedForPostgres)
{
    const QString script = QStringLiteral("CREATE TABLE t (\n"
                                          "    id    INTEGER PRIMARY KEY,\n"
                                          "    owner INTEGER NOT NULL REFERENCES o (id),\n"
                                          "    code  TEXT NOT NULL,\n"
                                          "    note  TEXT COLLATE \"C\",\n"
                                          "    rate  REAL,\n"
                                          "    data  BLOB,\n"
                                          "    last  TEXT\n"
                                          ");\n"
                                          "SELECT CAST(id AS TEXT) FROM t;\n");
    const QString translated = konvergensi::storage::sql::postgresSchema(script);
    EXPECT_TRUE(translated.contains(
        QStringLiteral("id    BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")));
    EXPECT_TRUE(translated.contains(QStringLiteral("owner BIGINT NOT NULL REFERENCES o (id)")));
    EXPECT_TRUE(translated.contains(QStringLiteral("code  TEXT COLLATE \"C\" NOT NULL")));
    EXPECT_TRUE(translated.contains(QStringLiteral("note  TEXT COLLATE \"C\",")));
    EXPECT_TRUE(translated.contains(QStringLiteral("rate  DOUBLE PRECISION")));
    EXPECT_TRUE(translated.contains(QStringLiteral("data  BYTEA")));
    EXPECT_TRUE(translated.contains(QStringLiteral("last  TEXT COLLATE \"C\"\n")));
    EXPECT_TRUE(translated.contains(QStringLiteral("CAST(id AS TEXT)")));
}

TEST(Migrations, EveryShippedScriptReadsOnPostgres)
{
    // A shared script that uses SQLite's own words needs its PostgreSQL file
    // (resources/migrations/postgresql/NNNN_name.sql); the translated text must not keep them.
    static const QRegularExpression sqliteOnly(
        QStringLiteral("\\bGLOB\\b|\\b(printf|strftime|datetime|julianday|json_object|json_array|"
                       "AUTOINCREMENT|ifnull|group_concat|total)\\s*\\(|"
                       "INSERT OR (REPLACE|IGNORE|ABORT|FAIL|ROLLBACK)\\b|\\btemp\\.|"
                       "BEGIN .* END;"),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto &step : Migrations::steps()) {
        const QString script = Migrations::scriptFor(step, konvergensi::storage::Engine::Postgres);
        for (const QString &statement : Migrations::splitStatements(script))
            EXPECT_FALSE(sqliteOnly.match(statement).hasMatch())
                << step.version << " " << step.name.toStdString() << ": "
                << statement.left(200).toStdString();
    }
}
