// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage_test_util.h"

#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using konvergensi::storage::Database;
using konvergensi::storage::Migrations;
using konvergensi::storage::StorageError;
using namespace konvergensi::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

} // namespace

TEST(Database, OpensInMemoryWithPragmas)
{
    KONVERGENSI_SQLITE_ONLY("SQLite's PRAGMAs");
    TestDb db;
    EXPECT_EQ(db->path(), QStringLiteral(":memory:"));
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("memory"));
    EXPECT_EQ(db->schemaVersion(), Migrations::latestVersion());
    EXPECT_EQ(Migrations::currentVersion(*db), Migrations::latestVersion());
    EXPECT_TRUE(db->connection().isOpen());
}

TEST(Database, OpensFileWithWalJournal)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bengkalis.konvergensi"));
    {
        TestDb db(path);
        EXPECT_EQ(db->path(), path);
        EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                  QStringLiteral("wal"));
        EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        // NORMAL (1) or stronger.
        EXPECT_GE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 1);
        EXPECT_EQ(db->schemaVersion(), Migrations::latestVersion());
        exec(*db, QStringLiteral("INSERT INTO workspace_setting (key, text_value, created_at, "
                                 "created_by, updated_at, updated_by) VALUES ('k', 'v', 'a', 'b', "
                                 "'c', 'd')"));
    }
    EXPECT_TRUE(QFileInfo::exists(path));
    // Opening again keeps the data and applies nothing new.
    TestDb again(path);
    EXPECT_EQ(
        scalar(*again, QStringLiteral("SELECT text_value FROM workspace_setting WHERE key = 'k'"))
            .toString(),
        QStringLiteral("v"));
    EXPECT_EQ(count(*again, QStringLiteral("schema_migrations")), Migrations::latestVersion());
}

TEST(Database, TwoDatabasesAtOnce)
{
    TestDb first;
    TestDb second;
    EXPECT_NE(first->connection().connectionName(), second->connection().connectionName());
    exec(*first, QStringLiteral("CREATE TABLE only_here (x INTEGER)"));
    EXPECT_TRUE(tables(*first).contains(QStringLiteral("only_here")));
    EXPECT_FALSE(tables(*second).contains(QStringLiteral("only_here")));
}

TEST(Database, ConnectionIsRemovedWhenClosed)
{
    QString name;
    {
        TestDb db;
        name = db->connection().connectionName();
        EXPECT_TRUE(QSqlDatabase::contains(name));
    }
    EXPECT_FALSE(QSqlDatabase::contains(name));
}

TEST(Database, RefusesAFileThatIsNotSqlite)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.konvergensi"));
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(static_cast<char>((i * 37 + 11) % 256));
    junk.replace(0, 16, "This is no db!!\n");
    writeFile(path, junk);

    QString message;
    EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(path); }, &message),
              StorageError::Kind::NotAWorkspace);
    EXPECT_TRUE(message.contains(QStringLiteral("notes.konvergensi"))) << message.toStdString();
    EXPECT_EQ(fileBytes(path), junk) << "the file must be left byte for byte";
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST(Database, RefusesAnotherProgramsSqliteDatabase)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("places.sqlite"));
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray before = fileBytes(path);

    QString message;
    EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(path); }, &message),
              StorageError::Kind::NotAWorkspace);
    EXPECT_TRUE(message.contains(QStringLiteral("places.sqlite"))) << message.toStdString();
    EXPECT_EQ(fileBytes(path), before) << "no Konvergensi table may be added to it";
}

TEST(Database, EmptyFileIsRefusedNotMadeAWorkspace)
{
    // Issue #16, finding 5: a zero-byte file became an empty district on any command.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.konvergensi"));
    writeFile(path, {});
    QString message;
    EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(path); }, &message),
              StorageError::Kind::NotAWorkspace);
    EXPECT_TRUE(message.contains(QStringLiteral("empty (0 bytes)"))) << message.toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 0);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    // A SQLite file without any table is no workspace either.
    const QString blank = dir.filePath(QStringLiteral("blank.kvg"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                     QStringLiteral("b"));
        raw.setDatabaseName(blank);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 1"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("b"));
    if (QFileInfo(blank).size() > 0) {
        EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(blank); }),
                  StorageError::Kind::NotAWorkspace);
    }
    // Only creating may create: a missing file is not made by opening.
    const QString missing = dir.filePath(QStringLiteral("missing.kvg"));
    EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(missing); }),
              StorageError::Kind::NotAWorkspace);
    EXPECT_FALSE(QFileInfo::exists(missing));
    auto created = Database::createSqlite(missing);
    EXPECT_EQ(created->schemaVersion(), Migrations::latestVersion());
    EXPECT_EQ(errorKind([&] { (void)Database::createSqlite(path); }),
              StorageError::Kind::CannotOpen);
}

TEST(Database, RefusesAMissingFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/x.konvergensi"));
    QString message;
    EXPECT_EQ(errorKind([&] { (void)Database::openSqlite(path); }, &message),
              StorageError::Kind::CannotOpen);
    EXPECT_TRUE(message.contains(QStringLiteral("folder"))) << message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

TEST(Database, RefusesAFolderAsFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("workspace")));
    EXPECT_EQ(
        errorKind([&] { (void)Database::openSqlite(dir.filePath(QStringLiteral("workspace"))); }),
        StorageError::Kind::NotAWorkspace);
}

TEST(Database, ClockAndActor)
{
    TestDb db;
    EXPECT_EQ(db->nowText(), QStringLiteral("2023-12-05T09:30:00"));
    db.clock->advance(boost::posix_time::minutes(90));
    EXPECT_EQ(db->nowText(), QStringLiteral("2023-12-05T11:00:00"));
    EXPECT_EQ(db->clock().today(), boost::gregorian::date(2023, 12, 5));

    db->setClock(
        std::make_shared<konvergensi::core::FixedClock>(boost::gregorian::date(2024, 1, 2)));
    EXPECT_EQ(db->nowText(), QStringLiteral("2024-01-02T09:00:00"));
    db->setClock(nullptr); // ignored: a database always has a clock
    EXPECT_EQ(db->nowText(), QStringLiteral("2024-01-02T09:00:00"));

    EXPECT_EQ(db->actor(), QStringLiteral("tester"));
    db->setActor(QStringLiteral("bappeda-admin"));
    EXPECT_EQ(db->actor(), QStringLiteral("bappeda-admin"));
}

TEST(Database, DefaultActorAndClock)
{
    auto db = Database::openSqlite(QStringLiteral(":memory:"));
    EXPECT_FALSE(db->actor().isEmpty());
    EXPECT_FALSE(db->clock().now().is_special());
}
