// SPDX-License-Identifier: GPL-3.0-or-later
// BatchInsert: rows written many to a statement read back exactly as rows written one by one
// through Query, on both engines. On SQLite the batches go through SQLite's own interface
// (SqliteStatement), so this also proves that binding the same values that way stores the
// same things QtSql would: NULLs, empty strings, 64-bit integers, doubles, bytes, Unicode.

#include "storage/batch_insert.h"
#include "storage/query.h"
#include "storage/sqlite_statement.h"
#include "storage/statement_counter.h"
#include "storage/transaction.h"
#include "storage_test_util.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace konvergensi;
using namespace konvergensi::storage;
using konvergensi::test::TestDb;

namespace {

void createTable(Database &db, const QString &name)
{
    test::exec(db,
               QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, i INTEGER, big BIGINT, "
                              "d DOUBLE PRECISION, t TEXT, b %2, flag INTEGER)")
                   .arg(name, db.isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB")));
}

std::vector<std::vector<QVariant>> probeRows()
{
    const QByteArray bytes("\x00\x01zz\xff", 5);
    std::vector<std::vector<QVariant>> rows{
        {1, 42, qint64(9'000'000'000'000), 8.4, QStringLiteral("Desa Sungai Pagar"), bytes, true},
        {2, QVariant(), QVariant(), QVariant(), QString(), QByteArray(), false},
        {3, 0, qint64(-1), -0.5, QStringLiteral(""), QByteArray(""), 0},
        {4, -7, qint64(0), 1e-9, QStringLiteral("Ñandú ä 😀 Kampar"), bytes, 1},
    };
    for (int id = 5; id <= 7; ++id)
        rows.push_back({id, id * 10, qint64(id) << 40, id / 3.0, QStringLiteral("baris %1").arg(id),
                        QByteArray(id, 'x'), id % 2 == 0});
    return rows;
}

QString columns()
{
    return QStringLiteral("(id, i, big, d, t, b, flag)");
}

/// Every row of `table` as text: each value with its type as the engine stored it.
QStringList dump(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    const QString types = db.isPostgres() ? QStringLiteral("")
                                          : QStringLiteral(", typeof(i), typeof(big), typeof(d), "
                                                           "typeof(t), typeof(b), typeof(flag)");
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT id, i, big, d, t, b, flag%1 FROM %2 ORDER BY id")
                               .arg(types, table)));
    QStringList out;
    while (query.next()) {
        QStringList cells;
        for (int c = 0; c < query.record().count(); ++c) {
            const QVariant v = query.value(c);
            cells << (v.isNull() ? QStringLiteral("NULL")
                      : v.typeId() == QMetaType::QByteArray
                          ? QString::fromLatin1(v.toByteArray().toHex())
                          : v.toString());
        }
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

TEST(BatchInsertTest, RowsReadBackAsRowsWrittenOneByOneThroughQuery)
{
    TestDb db;
    createTable(*db, QStringLiteral("bulk_probe"));
    createTable(*db, QStringLiteral("bulk_twin"));
    const auto rows = probeRows();
    {
        Transaction transaction(*db);
        BatchInsert batch(*db, QStringLiteral("INSERT INTO bulk_probe ") + columns(), 7, {}, 3);
        for (const auto &row : rows)
            batch.add(row);
        batch.flush();
        for (const auto &row : rows) {
            Query one(*db, QStringLiteral("INSERT INTO bulk_twin ") + columns()
                               + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (int c = 0; c < 7; ++c)
                one.bind(c, row[static_cast<size_t>(c)]);
            one.exec();
        }
        transaction.commit();
    }
    const QStringList written = dump(*db, QStringLiteral("bulk_probe"));
    ASSERT_EQ(written.size(), 7);
    EXPECT_EQ(written, dump(*db, QStringLiteral("bulk_twin")));
    // What "the same" means, spelled out for the rows where engines could differ.
    EXPECT_TRUE(written[1].startsWith(QStringLiteral("2|NULL|NULL|NULL|NULL|NULL|0")))
        << written[1].toStdString();
    EXPECT_TRUE(written[0].contains(QStringLiteral("|9000000000000|")));
    EXPECT_TRUE(written[0].contains(QStringLiteral("|00017a7aff|")));
    EXPECT_TRUE(written[3].contains(QStringLiteral("Ñandú ä 😀 Kampar")));
    if (!db->isPostgres()) {
        EXPECT_TRUE(written[1].endsWith(QStringLiteral("null|null|null|null|null|integer")));
        EXPECT_TRUE(written[2].endsWith(QStringLiteral("integer|integer|real|text|blob|integer")))
            << written[2].toStdString();
    }
}

TEST(BatchInsertTest, AFullBatchIsOneStatementAndTheRestOneMore)
{
    TestDb db;
    createTable(*db, QStringLiteral("bulk_probe"));
    Transaction transaction(*db);
    BatchInsert batch(*db, QStringLiteral("INSERT INTO bulk_probe ") + columns(), 7, {}, 3);
    StatementCounter counter;
    const auto rows = probeRows();
    for (const auto &row : rows)
        batch.add(row);
    EXPECT_EQ(counter.count(), 2); // rows 1-3 and 4-6 went out as each batch filled
    batch.flush();
    batch.flush(); // nothing pending: no statement
    EXPECT_EQ(counter.count(), 3);
    EXPECT_EQ(test::count(*db, QStringLiteral("bulk_probe")), 7);
    transaction.commit();
}

TEST(BatchInsertTest, ARowThatBreaksARuleFailsTheBatchAndTheTransactionLeavesNothing)
{
    TestDb db;
    test::exec(*db, QStringLiteral("CREATE TABLE bulk_parent (id INTEGER PRIMARY KEY)"));
    test::exec(*db, QStringLiteral("CREATE TABLE bulk_child (id INTEGER PRIMARY KEY, parent "
                                   "INTEGER NOT NULL REFERENCES bulk_parent (id))"));
    test::exec(*db, QStringLiteral("INSERT INTO bulk_parent (id) VALUES (1)"));
    const auto kind = test::errorKind([&] {
        Transaction transaction(*db);
        BatchInsert batch(*db, QStringLiteral("INSERT INTO bulk_child (id, parent)"), 2, {}, 10);
        batch.add({1, 1});
        batch.add({2, 99}); // no such parent
        batch.flush();
        transaction.commit();
    });
    EXPECT_EQ(kind, StorageError::Kind::InUse);
    EXPECT_EQ(test::count(*db, QStringLiteral("bulk_child")), 0);

    // A duplicate key: refused with a sentence, nothing written.
    QString message;
    const auto duplicate = test::errorKind(
        [&] {
            Transaction transaction(*db);
            BatchInsert batch(*db, QStringLiteral("INSERT INTO bulk_parent (id)"), 1, {}, 10);
            batch.add({2});
            batch.add({1});
            batch.flush();
            transaction.commit();
        },
        &message);
    ASSERT_TRUE(duplicate.has_value());
    EXPECT_FALSE(message.isEmpty());
    EXPECT_EQ(test::count(*db, QStringLiteral("bulk_parent")), 1);

    // On SQLite a failed statement undoes itself only, and the same BatchInsert goes on (a
    // PostgreSQL transaction is over at its first failure).
    if (db->isPostgres())
        return;
    Transaction transaction(*db);
    BatchInsert batch(*db, QStringLiteral("INSERT INTO bulk_child (id, parent)"), 2, {}, 1);
    EXPECT_THROW(batch.add({5, 77}), StorageError);
    batch.add({6, 1});
    transaction.commit();
    EXPECT_EQ(test::count(*db, QStringLiteral("bulk_child")), 1);
}

TEST(BatchInsertTest, SqliteWorkspacesWriteThroughSqlitesOwnInterface)
{
    TestDb db;
    if (db->isPostgres()) {
        EXPECT_FALSE(SqliteStatement::available(*db));
        return;
    }
#ifdef Q_OS_LINUX
    // Debian's QtSql driver links the system SQLite: the import's speed depends on this.
    EXPECT_TRUE(SqliteStatement::available(*db));
#endif
}
