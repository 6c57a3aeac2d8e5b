// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace konvergensi::storage {

/// Every failure of the storage layer. The message is translated, short and meant for the
/// user ("The workspace was made by a newer Konvergensi ..."); SQL detail goes to the log.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        CannotOpen,    ///< missing folder, no permission, not a database file
        SchemaTooNew,  ///< written by a newer program: refused, left as it is
        Migration,     ///< an upgrade step failed; rolled back
        Query,         ///< a statement failed
        Conflict,      ///< someone else changed the row since it was read
        NotFound,      ///< the row is gone
        InUse,         ///< the row is still referred to
        Invalid,       ///< the values break a rule
        NotAWorkspace, ///< missing, empty, not a database or a database of another program
        ReadOnly,      ///< the file or its folder cannot be written
        Locked,        ///< in use by another program: try again later
        Damaged,       ///< the database check found errors: nothing is written, restore a backup
        NoSpace,       ///< the disk is full
        Forbidden,     ///< the server refused: the user's role may not do this
        Disconnected,  ///< the connection to the server was lost
    };

    StorageError(Kind kind, const QString &message);

    /// The row was changed or removed by someone else since it was read (its row version no
    /// longer matches): one message for every repository.
    static StorageError conflict();
    /// The row is still referred to by another (a foreign key): one message for every engine.
    static StorageError stillInUse();
    /// A SQLite failure as the user should hear it: "in use by another program", "damaged",
    /// "disk full", "read-only"; Kind::Query with a general sentence for the rest. The
    /// driver's own words go to the log only. `code` is SQLite's (extended) result code.
    static StorageError fromSqlite(int code, const QString &path = {});
    /// A PostgreSQL failure (its SQLSTATE, e.g. "42501") as the user should hear it; the
    /// server's own words go to the log only.
    static StorageError fromPostgres(const QString &sqlState);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace konvergensi::storage
