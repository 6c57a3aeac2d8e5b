// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/batch_insert.h"

#include "storage/query.h"
#include "storage/sqlite_statement.h"

namespace konvergensi::storage {

BatchInsert::BatchInsert(Database &db, QString head, int columns, QString tail, int batchRows)
    : m_db(db)
    , m_head(std::move(head))
    , m_columns(columns)
    , m_tail(std::move(tail))
    , m_batchRows(std::max(1, batchRows))
    , m_native(SqliteStatement::available(db))
{
    m_values.reserve(static_cast<size_t>(m_columns * m_batchRows));
}

BatchInsert::~BatchInsert() = default;

QString BatchInsert::sql(int rows) const
{
    QString text = m_head + QStringLiteral(" VALUES ");
    for (int row = 0; row < rows; ++row) {
        text += row == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (int column = 0; column < m_columns; ++column)
            text += column == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        text += QLatin1Char(')');
    }
    if (!m_tail.isEmpty())
        text += QLatin1Char(' ') + m_tail;
    return text;
}

void BatchInsert::add(const std::vector<QVariant> &values)
{
    Q_ASSERT(static_cast<int>(values.size()) == m_columns);
    m_values.insert(m_values.end(), values.begin(), values.end());
    if (static_cast<int>(m_values.size()) >= m_columns * m_batchRows)
        flush();
}

void BatchInsert::add(const std::vector<QVariant> &values, qint64 key)
{
    if (m_keys.contains(key))
        flush();
    m_keys.insert(key);
    add(values);
}

void BatchInsert::flush()
{
    const int rows = static_cast<int>(m_values.size()) / m_columns;
    if (rows == 0)
        return;
    // Positional: a batch holds thousands of values. They are dropped after the statement
    // (which may use them until then), or when it fails.
    const int count = rows * m_columns;
    m_keys.clear();
    struct Drop
    {
        std::vector<QVariant> &values;
        ~Drop() { values.clear(); }
    } drop{m_values};
    if (m_native) {
        std::unique_ptr<SqliteStatement> partial;
        SqliteStatement *statement = nullptr;
        if (rows == m_batchRows) {
            if (!m_nativeFull)
                m_nativeFull = std::make_unique<SqliteStatement>(m_db, sql(rows));
            statement = m_nativeFull.get();
        } else {
            partial = std::make_unique<SqliteStatement>(m_db, sql(rows));
            statement = partial.get();
        }
        for (int i = 0; i < count; ++i)
            statement->bind(i, m_values[static_cast<size_t>(i)]);
        statement->exec();
        return;
    }
    std::unique_ptr<Query> partial;
    Query *query = nullptr;
    if (rows == m_batchRows) {
        if (!m_full)
            m_full = std::make_unique<Query>(m_db, sql(rows));
        query = m_full.get();
    } else {
        partial = std::make_unique<Query>(m_db, sql(rows));
        query = partial.get();
    }
    for (int i = 0; i < count; ++i)
        query->bind(i, m_values[static_cast<size_t>(i)]);
    query->exec();
}

} // namespace konvergensi::storage
