// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite_statement.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/statement_counter.h"
#include "storage/storage_error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#ifdef KONVERGENSI_SQLITE_BULK

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace konvergensi::storage {

namespace {

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// Whether QtSql's SQLite driver runs on the SQLite this program links: the same source id
/// (a driver with its own copy of another version says otherwise), the same library in the
/// process (Debian's Qt links libsqlite3.so.0). Asked once per program.
bool sameLibrary(const QSqlDatabase &connection)
{
    // 0 unknown, 1 yes, 2 no
    static std::atomic<int> answer{0};
    if (const int known = answer.load())
        return known == 1;
    QSqlQuery query(connection);
    const bool same = query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()
                      && query.value(0).toString() == QLatin1String(sqlite3_sourceid());
    if (!same)
        qCInfo(lcStorage) << "QtSql's SQLite driver has its own SQLite: bulk writes go through "
                             "QtSql";
    answer.store(same ? 1 : 2);
    return same;
}

/// QtSql binds a null string, byte array or date as NULL (QSqlResultPrivate::isVariantNull).
bool isNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    default:
        return false;
    }
}

} // namespace

bool SqliteStatement::available(const Database &db)
{
    if (db.engine() != Engine::Sqlite)
        return false;
    const QSqlDatabase connection = db.connection();
    return handleOf(connection) != nullptr && sameLibrary(connection);
}

SqliteStatement::SqliteStatement(const Database &db, const QString &sql)
    : m_db(handleOf(db.connection()))
    , m_sql(sql)
{
    Q_ASSERT(available(db));
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v3(m_db, text.constData(), static_cast<int>(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int position, const QVariant &value)
{
    const int index = position + 1;
    int code = SQLITE_OK;
    if (isNull(value)) {
        code = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
            code = sqlite3_bind_int(m_statement, index, value.toInt());
            break;
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            code = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            code = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        // Strings and bytes are not copied: the value lives until exec() (SQLITE_STATIC).
        case QMetaType::QByteArray: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            code = sqlite3_bind_blob(m_statement, index, bytes->constData(),
                                     static_cast<int>(bytes->size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::QString:
            bindText(index, *static_cast<const QString *>(value.constData()));
            return;
        default:
            bindText(index, value.toString());
            return;
        }
    }
    if (code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bindText(int index, QStringView text)
{
    const auto room = static_cast<std::size_t>(m_utf8.requiredSpace(text.size()));
    char *const utf8 = m_text.take(room);
    const char *const end = m_utf8.appendToBuffer(utf8, text);
    const auto size = static_cast<std::size_t>(end - utf8);
    m_text.giveBack(room - size);
    // The workspace's text is UTF-8 (SQLite's default, never changed here): SQLite keeps the
    // bytes as they are, without a copy.
    const int code = sqlite3_bind_text(m_statement, index, utf8, static_cast<int>(size),
                                       SQLITE_STATIC);
    if (code != SQLITE_OK)
        fail(code);
}

char *SqliteStatement::TextBuffer::take(std::size_t size)
{
    // Blocks of 64 KiB (a longer text gets a block of its own size); a block is never
    // resized while its bytes are bound.
    constexpr std::size_t kBlock = 64 * 1024;
    if (m_block < m_blocks.size() && m_blocks[m_block].size() - m_used >= size) {
        char *const out = m_blocks[m_block].data() + m_used;
        m_used += size;
        return out;
    }
    if (!m_blocks.empty())
        ++m_block;
    if (m_block == m_blocks.size())
        m_blocks.emplace_back();
    if (m_blocks[m_block].size() < std::max(size, kBlock))
        m_blocks[m_block] = std::vector<char>(std::max(size, kBlock));
    m_used = size;
    return m_blocks[m_block].data();
}

void SqliteStatement::exec()
{
    StatementCounter::add();
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE) {
        const int extended = sqlite3_extended_errcode(m_db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_text.clear();
        fail(extended, message);
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_text.clear();
}

void SqliteStatement::fail(int code) const
{
    fail(code, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqliteStatement::fail(int code, const QString &message) const
{
    // The statement's text has placeholders only: no value reaches the log.
    qCWarning(lcStorage).noquote() << "statement failed:" << message << "in" << m_sql;
    if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
        throw StorageError::stillInUse();
    throw StorageError::fromSqlite(code);
}

} // namespace konvergensi::storage

#else // built without KONVERGENSI_SQLITE_BULK: bulk writes go through QtSql

namespace konvergensi::storage {

bool SqliteStatement::available(const Database &)
{
    return false;
}

SqliteStatement::SqliteStatement(const Database &, const QString &sql)
    : m_sql(sql)
{
    Q_UNREACHABLE();
}

SqliteStatement::~SqliteStatement() = default;

void SqliteStatement::bind(int, const QVariant &)
{
    Q_UNREACHABLE();
}

void SqliteStatement::exec()
{
    Q_UNREACHABLE();
}

void SqliteStatement::fail(int) const
{
    Q_UNREACHABLE();
}

void SqliteStatement::fail(int, const QString &) const
{
    Q_UNREACHABLE();
}

} // namespace konvergensi::storage

#endif
