// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/storage_error.h"

#include <QSqlQuery>

namespace konvergensi::storage {

namespace {
QString savepoint(int level)
{
    return QStringLiteral("konvergensi_sp%1").arg(level);
}
} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_level(db.transactionDepth() + 1)
{
    if (m_level == 1 && m_db.isDamaged())
        m_db.verifyBeforeWrite(); // throws: nothing is written to a damaged workspace
    if (m_level == 1)
        Query::run(m_db,
                   m_db.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    else
        Query::run(m_db, QStringLiteral("SAVEPOINT ") + savepoint(m_level));
    m_db.setTransactionDepth(m_level);
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

void Transaction::commit()
{
    if (!m_open)
        return;
    if (m_db.transactionDepth() != m_level)
        qCCritical(lcStorage) << "transaction committed out of order";
    if (m_level == 1)
        Query::run(m_db, QStringLiteral("COMMIT"));
    else
        Query::run(m_db, QStringLiteral("RELEASE ") + savepoint(m_level));
    m_open = false;
    m_db.setTransactionDepth(m_level - 1);
}

void Transaction::rollback() noexcept
{
    m_open = false;
    m_db.setTransactionDepth(m_level - 1);
    QSqlQuery query(m_db.connection());
    bool ok = false;
    if (m_level == 1) {
        ok = query.exec(QStringLiteral("ROLLBACK"));
    } else {
        ok = query.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_level))
             && query.exec(QStringLiteral("RELEASE ") + savepoint(m_level));
    }
    if (!ok)
        qCWarning(lcStorage) << "rollback failed";
}

} // namespace konvergensi::storage
