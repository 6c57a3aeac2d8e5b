#include "io/logging.h"

Q_LOGGING_CATEGORY(lcIo, "konvergensi.io", QtInfoMsg)
