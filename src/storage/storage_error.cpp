// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storage_error.h"

#include <QCoreApplication>

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

} // namespace konvergensi::storage
