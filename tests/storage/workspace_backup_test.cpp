// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16: findings 6, 7 and 10 (damaged, read-only or locked workspaces; no upgrade without
// a backup) and the backups themselves: daily, kept 10, check, restore.
#include "storage_test_util.h"
#include "test_paths.h"

#include "storage/migrations.h"
#include "storage/regions/region_repository.h"
#include "storage/transaction.h"
#include "storage/workspace_backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <unistd.h>

using namespace konvergensi;
using storage::Database;
using storage::StorageError;
using storage::WorkspaceBackup;

namespace {

StorageError::Kind kindOf(const std::function<void()> &action, QString *message = nullptr)
{
    try {
        action();
    } catch (const StorageError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    ADD_FAILURE() << "no StorageError";
    return StorageError::Kind::Query;
}

/// A workspace file with some rows, closed (its log folded into the file).
QString makeWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("ws.kvg"))
{
    const QString path = dir.filePath(name);
    test::TestDb db(path);
    QSqlQuery query(db->connection());
    for (int i = 0; i < 400; ++i)
        query.exec(QStringLiteral("INSERT INTO audit_log (at, actor, table_name, row_key, action) "
                                  "VALUES ('2023-12-05T09:30:00', 'tester', 'x', '%1', 'insert')")
                       .arg(i));
    return path;
}

int rawVersion(const QString &path)
{
    const QString name = QStringLiteral("raw-version");
    int version = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery query(raw);
            if (query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations"))
                && query.next())
                version = query.value(0).toInt();
            raw.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

void damage(const QString &path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 6 * 4096);
    for (const qint64 page : {3, 4, 5}) {
        file.seek((page - 1) * 4096 + 8);
        file.write(QByteArray(4000, '\x5a'));
    }
}

} // namespace

TEST(WorkspaceBackup, NoUpgradeWithoutABackupAndTheUserIsToldWhere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.kvg"));
    ASSERT_TRUE(QFile::copy(test::dataFile(QStringLiteral("migrations/v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString backup;
    {
        auto db = Database::openSqlite(path);
        EXPECT_EQ(db->schemaVersion(), storage::Migrations::latestVersion());
        backup = db->backupBeforeUpgrade();
    }
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(backup.startsWith(WorkspaceBackup::folderFor(path)));
    EXPECT_TRUE(backup.contains(QStringLiteral("sebelum-pembaruan")));
    EXPECT_EQ(rawVersion(backup), 1) << "the backup is the workspace as it was";

    // A place where no backup can be made: the upgrade is refused, the file unchanged.
    const QString second = dir.filePath(QStringLiteral("second.kvg"));
    ASSERT_TRUE(QFile::copy(test::dataFile(QStringLiteral("migrations/v1.sqlite")), second));
    QFile::setPermissions(second, QFile::ReadOwner | QFile::WriteOwner);
    QFile blocker(WorkspaceBackup::folderFor(second));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    QString message;
    EXPECT_EQ(kindOf([&] { (void)Database::openSqlite(second); }, &message),
              StorageError::Kind::Migration);
    EXPECT_TRUE(message.contains(QStringLiteral("backup"))) << message.toStdString();
    EXPECT_EQ(rawVersion(second), 1);
}

TEST(WorkspaceBackup, DailyBackupOnceADayTheLastTenKept)
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    auto clock = std::make_shared<core::FixedClock>(test::testStart());
    for (int day = 0; day < 12; ++day) {
        for (int again = 0; again < 2; ++again) {
            auto db = Database::openSqlite(path, clock);
            EXPECT_EQ(db->dailyBackup().isEmpty(), again == 1) << day;
        }
        clock->advance(boost::posix_time::hours(24));
    }
    const QStringList backups = WorkspaceBackup::list(path);
    ASSERT_EQ(backups.size(), WorkspaceBackup::kKeep);
    EXPECT_TRUE(backups.first().contains(QStringLiteral("20231216-093000-harian")))
        << backups.first().toStdString();
    EXPECT_TRUE(backups.last().contains(QStringLiteral("20231207-093000-harian")))
        << backups.last().toStdString();
    EXPECT_EQ(rawVersion(backups.first()), storage::Migrations::latestVersion());
}

TEST(WorkspaceBackup, DamagedWorkspaceIsRefusedAndNeverWritten)
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    damage(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QString message;
    EXPECT_EQ(kindOf([&] { (void)Database::openSqlite(path); }, &message),
              StorageError::Kind::Damaged);
    EXPECT_TRUE(message.contains(WorkspaceBackup::folderFor(path))) << message.toStdString();

    storage::DatabaseOpenOptions options;
    options.allowDamaged = true;
    auto db = Database::openSqlite(path, {}, options);
    EXPECT_TRUE(db->isDamaged());
    EXPECT_FALSE(WorkspaceBackup::check(*db).ok());
    EXPECT_EQ(kindOf([&] { storage::Transaction transaction(*db); }), StorageError::Kind::Damaged);
    db.reset();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST(WorkspaceBackup, LockedWorkspaceIsInUseNotDamaged)
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        ASSERT_TRUE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE row_key = '1'")));

        storage::DatabaseOpenOptions options;
        options.busyTimeoutMs = 100;
        QString message;
        EXPECT_EQ(kindOf([&] { (void)Database::openSqlite(path, {}, options); }, &message),
                  StorageError::Kind::Locked);
        EXPECT_TRUE(message.contains(QStringLiteral("in use by another program")))
            << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("damaged"))) << message.toStdString();
        query.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_NO_THROW((void)Database::openSqlite(path));
}

TEST(WorkspaceBackup, ReadOnlyPlaceIsSaidSo)
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    QFile::setPermissions(path, QFile::ReadOwner);
    if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
        GTEST_SKIP() << "running with rights that ignore file permissions (root)";
    QString message;
    EXPECT_EQ(kindOf([&] { (void)Database::openSqlite(path); }, &message),
              StorageError::Kind::ReadOnly);
    EXPECT_TRUE(message.contains(QStringLiteral("read-only place"))) << message.toStdString();
}

TEST(WorkspaceBackup, BackupCheckAndRestore)
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    const QString copy = dir.filePath(QStringLiteral("copy.kvg"));
    {
        test::TestDb db(path);
        EXPECT_TRUE(WorkspaceBackup::check(*db).ok());
        WorkspaceBackup::backupTo(*db, copy);
        EXPECT_EQ(kindOf([&] { WorkspaceBackup::backupTo(*db, copy); }),
                  StorageError::Kind::Invalid);
        EXPECT_EQ(kindOf([&] { WorkspaceBackup::backupTo(*db, path); }),
                  StorageError::Kind::Invalid);
        // Never over the open workspace, even when asked.
        EXPECT_EQ(kindOf([&] { WorkspaceBackup::restore(copy, path, true); }),
                  StorageError::Kind::Locked);
        QSqlQuery(db->connection()).exec(QStringLiteral("DELETE FROM audit_log"));
    }
    // Into a new file.
    const QString restored = dir.filePath(QStringLiteral("restored.kvg"));
    WorkspaceBackup::restore(copy, restored, false);
    {
        test::TestDb db(restored);
        EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 400);
    }
    // Not over an existing file unless asked; then the replaced one is kept.
    EXPECT_EQ(kindOf([&] { WorkspaceBackup::restore(copy, path, false); }),
              StorageError::Kind::Invalid);
    WorkspaceBackup::restore(copy, path, true);
    {
        test::TestDb db(path);
        EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 400);
    }
    bool kept = false;
    for (const QString &backup : WorkspaceBackup::list(path))
        kept = kept || backup.contains(QStringLiteral("sebelum-pemulihan"));
    EXPECT_TRUE(kept);
    // A damaged backup is refused and nothing is made.
    damage(copy);
    const QString fromDamaged = dir.filePath(QStringLiteral("bad.kvg"));
    EXPECT_EQ(kindOf([&] { WorkspaceBackup::restore(copy, fromDamaged, false); }),
              StorageError::Kind::Damaged);
    EXPECT_FALSE(QFileInfo::exists(fromDamaged));
}

TEST(WorkspaceBackup, AFullDiskIsSaidPlainlyAndNothingIsHalfWritten)
{
    // Issue #16, finding 13: the disk fills up in the middle of a write. SQLite's page limit
    // stands in for the disk: no page may be added, as on a full disk. The user reads one
    // plain sentence, the write is undone whole, and with room again the same write works.
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    test::TestDb db(path);
    const auto count = [&] {
        return test::scalar(*db, QStringLiteral("SELECT count(*) FROM region")).toLongLong();
    };
    const qint64 before = count();
    std::vector<core::Region> regions{
        {core::RegionCode::fromString("14"), "Riau", std::nullopt},
        {core::RegionCode::fromString("14.03"), "Kabupaten Bengkalis", std::nullopt}};
    for (int i = 1; i <= 99; ++i) {
        regions.push_back({core::RegionCode::fromString(fmt::format("14.03.{:02}", i)),
                           fmt::format("Kecamatan dengan nama yang cukup panjang nomor {}", i),
                           std::nullopt});
    }
    const qint64 pages = test::scalar(*db, QStringLiteral("PRAGMA page_count")).toLongLong();
    ASSERT_GT(pages, 0);
    test::scalar(*db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));

    QString message;
    EXPECT_EQ(kindOf([&] { storage::RegionRepository(*db).upsert(regions); }, &message),
              StorageError::Kind::NoSpace);
    EXPECT_TRUE(message.contains(QStringLiteral("The disk is full"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("nothing was changed"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("database or disk is full")))
        << message.toStdString();
    EXPECT_EQ(count(), before);
    EXPECT_TRUE(WorkspaceBackup::check(*db).ok());

    test::scalar(*db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    const auto result = storage::RegionRepository(*db).upsert(regions);
    EXPECT_EQ(result.added, static_cast<int>(regions.size()));
    EXPECT_EQ(count(), before + static_cast<qint64>(regions.size()));
}
