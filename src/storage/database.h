// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <QString>

#include <memory>

// QtSql stays inside storage (linked PRIVATE): only storage's own sources use connection().
class QSqlDatabase;

namespace konvergensi::storage {

/// One open workspace database. Owns its QtSql connection; not copyable; use from one
/// thread. Opening applies pending migrations, each in its own transaction; a database
/// written by a newer program is refused and left exactly as it was.
class Database
{
public:
    /// Opens (creating when missing) the SQLite file at `path`; ":memory:" gives a private
    /// in-memory database. Throws StorageError.
    static std::unique_ptr<Database> openSqlite(const QString &path,
                                                std::shared_ptr<const core::Clock> clock = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The QtSql connection, for storage's own sources (they include <QSqlDatabase>).
    QSqlDatabase connection() const;
    /// The file path, or ":memory:".
    const QString &path() const { return m_path; }
    /// The schema version after opening (the newest migration applied).
    int schemaVersion() const { return m_schemaVersion; }

    /// Who is writing: goes into who-columns and the audit log. Defaults to the login name.
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    const core::Clock &clock() const { return *m_clock; }
    /// The clock, to open another connection to the same workspace with it (a worker thread).
    std::shared_ptr<const core::Clock> clockPointer() const { return m_clock; }
    void setClock(std::shared_ptr<const core::Clock> clock);
    /// The clock's "now" as ISO text, for who/when columns.
    QString nowText() const;

    // Transaction nesting, used by Transaction only.
    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth) { m_transactionDepth = depth; }

private:
    Database(QString connectionName, QString path, std::shared_ptr<const core::Clock> clock);

    QString m_connectionName;
    QString m_path;
    QString m_actor;
    std::shared_ptr<const core::Clock> m_clock;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace konvergensi::storage
