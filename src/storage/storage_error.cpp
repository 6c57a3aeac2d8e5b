// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDir>

namespace konvergensi::storage {

StorageError::StorageError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

StorageError StorageError::conflict()
{
    return StorageError(Kind::Conflict,
                        QCoreApplication::translate(
                            "Storage",
                            "Someone else changed or removed this record after you opened it. "
                            "Reload and try again."));
}

StorageError StorageError::stillInUse()
{
    return StorageError(Kind::InUse, QCoreApplication::translate(
                                         "Storage", "The record is still used elsewhere (for "
                                                    "example by a meeting, an action or a "
                                                    "follow-up), so it cannot be removed."));
}

StorageError StorageError::fromSqlite(int code, const QString &path)
{
    const QString where = path.isEmpty()
                              ? QCoreApplication::translate("Storage", "The workspace")
                              : QCoreApplication::translate("Storage", "The workspace %1")
                                    .arg(QDir::toNativeSeparators(path));
    switch (code & 0xFF) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError(Kind::Locked,
                            QCoreApplication::translate(
                                "Storage",
                                "%1 is in use by another program (or another Konvergensi) that is "
                                "writing to it. Nothing was changed. Wait a moment and try again.")
                                .arg(where));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError(Kind::Damaged,
                            QCoreApplication::translate(
                                "Storage",
                                "%1 is damaged. Nothing was changed. Restore it from a backup "
                                "(Berkas > Pulihkan dari cadangan, or konvergensi-cli workspace "
                                "restore).")
                                .arg(where));
    case 13: // SQLITE_FULL
        return StorageError(
            Kind::NoSpace,
            QCoreApplication::translate(
                "Storage", "The disk is full: nothing was changed. Make room and try again."));
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        return StorageError(Kind::ReadOnly,
                            QCoreApplication::translate(
                                "Storage",
                                "%1 cannot be written: the file or its folder is read-only. "
                                "Nothing was changed.")
                                .arg(where));
    case 10: // SQLITE_IOERR
        return StorageError(Kind::Query,
                            QCoreApplication::translate(
                                "Storage", "%1 could not be read or written (a disk or network "
                                           "error). Nothing was changed; try again.")
                                .arg(where));
    case 7: // SQLITE_NOMEM
        return StorageError(Kind::Query,
                            QCoreApplication::translate(
                                "Storage",
                                "There was not enough memory to carry out the request. Nothing "
                                "was changed."));
    default:
        return StorageError(
            Kind::Query,
            QCoreApplication::translate("Storage", "The database could not carry out the request. "
                                                   "Nothing was changed."));
    }
}

StorageError StorageError::fromPostgres(const QString &sqlState)
{
    if (sqlState == QLatin1String("42501"))
        return StorageError(Kind::Forbidden,
                            QCoreApplication::translate(
                                "Storage",
                                "The server refused: your account's role may not make this "
                                "change. Nothing was changed. Ask the administrator for the "
                                "right role."));
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01")
        || sqlState == QLatin1String("55P03"))
        return StorageError(Kind::Locked,
                            QCoreApplication::translate(
                                "Storage",
                                "Another user is changing the same data at this moment. Nothing "
                                "was changed. Wait a moment and try again."));
    if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01")
        || sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03"))
        return StorageError(Kind::Disconnected,
                            QCoreApplication::translate(
                                "Storage",
                                "The connection to the server was lost. Nothing was changed; "
                                "try again when the server can be reached."));
    if (sqlState == QLatin1String("53100"))
        return StorageError(
            Kind::NoSpace,
            QCoreApplication::translate("Storage",
                                        "The server's disk is full: nothing was changed. Tell the "
                                        "administrator."));
    return StorageError(Kind::Query, QCoreApplication::translate(
                                         "Storage", "The database could not carry out the request. "
                                                    "Nothing was changed."));
}

} // namespace konvergensi::storage
