#include "storage/storage_error.h"

namespace konvergensi::storage {

StorageError::StorageError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

} // namespace konvergensi::storage
