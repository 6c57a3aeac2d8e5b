#include "storage/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "konvergensi.storage", QtInfoMsg)
