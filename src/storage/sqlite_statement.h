// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringEncoder>
#include <QVariant>

#include <cstddef>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace konvergensi::storage {

class Database;

/// A statement run through SQLite's own C interface on a workspace's QtSql connection, for
/// bulk writes: QtSql's binding makes a placeholder name and a copy per value, which cost a
/// quarter of a 100,000-child import; sqlite3_bind_* costs almost nothing. Values are bound
/// as QtSql's SQLite driver binds them (a null QString is NULL, booleans 0/1), so a row reads
/// back the same either way. Failures throw the StorageError Query would throw. Counted by
/// StatementCounter like Query.
///
/// Only for a SQLite workspace, and only when the QtSql driver uses the same SQLite library
/// as this program (Debian's Qt links the system library): available() says so. Elsewhere
/// (PostgreSQL, a Qt with its own copy of SQLite) use Query.
class SqliteStatement
{
public:
    /// True when `db` is a SQLite workspace whose connection this program's SQLite can drive.
    static bool available(const Database &db);

    /// Prepares `sql` (with `?` placeholders) on `db`'s connection. Throws StorageError.
    SqliteStatement(const Database &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Binds the `position`-th (0-based) placeholder. A string is handed to SQLite as UTF-8
    /// (written once into the statement's own buffer: SQLite would otherwise convert UTF-16 to
    /// a copy of its own per value); a byte array is not copied: `value` must live until exec()
    /// has returned.
    void bind(int position, const QVariant &value);
    /// Runs the statement to its end, then clears it for the next values. Throws StorageError.
    void exec();

private:
    void bindText(int index, QStringView text);
    [[noreturn]] void fail(int code) const;
    [[noreturn]] void fail(int code, const QString &message) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;

    /// The UTF-8 of the strings bound since the last exec(): blocks that stay where they are
    /// until then (SQLite reads them as they are, SQLITE_STATIC), reused by the next values.
    class TextBuffer
    {
    public:
        char *take(std::size_t size);
        void giveBack(std::size_t unused) { m_used -= unused; }
        void clear() { m_block = m_used = 0; }

    private:
        std::vector<std::vector<char>> m_blocks;
        std::size_t m_block = 0;
        std::size_t m_used = 0;
    };
    TextBuffer m_text;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace konvergensi::storage
