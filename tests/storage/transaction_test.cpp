// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage_test_util.h"

#include "storage/query.h"
#include "storage/statement_counter.h"
#include "storage/transaction.h"

#include <stdexcept>

using konvergensi::storage::Query;
using konvergensi::storage::StatementCounter;
using konvergensi::storage::StorageError;
using konvergensi::storage::Transaction;
using namespace konvergensi::test;

namespace {

class TransactionTest : public ::testing::Test
{
protected:
    void SetUp() override { exec(*db, QStringLiteral("CREATE TABLE t (x INTEGER PRIMARY KEY)")); }

    void insert(int x)
    {
        Query(*db, QStringLiteral("INSERT INTO t (x) VALUES (:x)"))
            .bind(QStringLiteral(":x"), x)
            .exec();
    }

    QList<int> rows()
    {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT x FROM t ORDER BY x"));
        QList<int> out;
        while (query.next())
            out << query.value(0).toInt();
        return out;
    }

    bool inTransaction()
    {
        QSqlQuery query(db->connection());
        if (db->isPostgres()) {
            // now() is the transaction's start: earlier than this statement only inside one.
            query.exec(QStringLiteral("SELECT now() <> statement_timestamp()"));
            return query.next() && query.value(0).toBool();
        }
        // BEGIN fails inside an open transaction; a savepoint would not tell.
        if (!query.exec(QStringLiteral("BEGIN")))
            return true;
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

    TestDb db;
};

} // namespace

TEST_F(TransactionTest, CommitKeepsTheWork)
{
    {
        Transaction transaction(*db);
        EXPECT_EQ(db->transactionDepth(), 1);
        EXPECT_TRUE(inTransaction());
        insert(1);
        insert(2);
        transaction.commit();
        EXPECT_EQ(db->transactionDepth(), 0);
        transaction.commit(); // a second commit does nothing
    }
    EXPECT_FALSE(inTransaction());
    EXPECT_EQ(rows(), (QList<int>{1, 2}));
}

TEST_F(TransactionTest, DestructorRollsBack)
{
    {
        Transaction transaction(*db);
        insert(1);
        EXPECT_EQ(rows(), QList<int>{1});
    }
    EXPECT_EQ(db->transactionDepth(), 0);
    EXPECT_FALSE(inTransaction());
    EXPECT_TRUE(rows().isEmpty());
}

TEST_F(TransactionTest, ExceptionRollsBack)
{
    EXPECT_THROW(
        {
            Transaction transaction(*db);
            insert(1);
            throw std::runtime_error("import failed half way");
        },
        std::runtime_error);
    EXPECT_TRUE(rows().isEmpty());
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_F(TransactionTest, FailedStatementRollsBackEverything)
{
    EXPECT_THROW(
        {
            Transaction transaction(*db);
            insert(1);
            insert(1); // primary key clash
            transaction.commit();
        },
        StorageError);
    EXPECT_TRUE(rows().isEmpty());
}

TEST_F(TransactionTest, NestedRollbackKeepsOuterWork)
{
    {
        Transaction outer(*db);
        insert(1);
        {
            Transaction inner(*db);
            EXPECT_EQ(db->transactionDepth(), 2);
            insert(2);
            EXPECT_EQ(rows(), (QList<int>{1, 2}));
        } // rolled back to the savepoint
        EXPECT_EQ(db->transactionDepth(), 1);
        EXPECT_EQ(rows(), QList<int>{1});
        {
            Transaction inner(*db);
            insert(3);
            inner.commit();
        }
        insert(4);
        outer.commit();
    }
    EXPECT_EQ(rows(), (QList<int>{1, 3, 4}));
    EXPECT_FALSE(inTransaction());
}

TEST_F(TransactionTest, NestedCommitUndoneByOuterRollback)
{
    {
        Transaction outer(*db);
        insert(1);
        {
            Transaction inner(*db);
            insert(2);
            inner.commit();
        }
    }
    EXPECT_TRUE(rows().isEmpty());
}

TEST_F(TransactionTest, ThreeLevels)
{
    {
        Transaction a(*db);
        insert(1);
        {
            Transaction b(*db);
            insert(2);
            {
                Transaction c(*db);
                EXPECT_EQ(db->transactionDepth(), 3);
                insert(3);
            }
            insert(4);
            b.commit();
        }
        a.commit();
    }
    EXPECT_EQ(rows(), (QList<int>{1, 2, 4}));
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_F(TransactionTest, SequentialTransactions)
{
    for (int i = 0; i < 3; ++i) {
        Transaction transaction(*db);
        insert(i);
        if (i != 1)
            transaction.commit();
    }
    EXPECT_EQ(rows(), (QList<int>{0, 2}));
}

TEST_F(TransactionTest, StatementsAreCountedOnlyWhileACounterLives)
{
    insert(1); // no counter: nothing to see, nothing counted
    {
        StatementCounter counter;
        EXPECT_EQ(counter.count(), 0);
        insert(2);
        EXPECT_EQ(counter.count(), 1);
        {
            Transaction transaction(*db); // BEGIN
            insert(3);
            insert(4);
            transaction.commit(); // COMMIT
        }
        EXPECT_EQ(counter.count(), 5);
        Query read(*db, QStringLiteral("SELECT x FROM t ORDER BY x"));
        read.exec();
        int seen = 0;
        while (read.next())
            ++seen;
        EXPECT_EQ(seen, 4);
        EXPECT_EQ(counter.count(), 6) << "reading the rows of one statement is one statement";
        {
            StatementCounter inner;
            insert(5);
            EXPECT_EQ(inner.count(), 1);
        }
        EXPECT_EQ(counter.count(), 7) << "a nested counter counts for the outer one too";
        counter.reset();
        EXPECT_EQ(counter.count(), 0);
        insert(6);
        EXPECT_EQ(counter.count(), 1);
    }
    StatementCounter later;
    EXPECT_EQ(later.count(), 0) << "statements before the counter are not its own";
    EXPECT_EQ(rows(), QList<int>({1, 2, 3, 4, 5, 6}));
}
