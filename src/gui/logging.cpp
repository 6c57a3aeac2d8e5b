#include "gui/logging.h"

Q_LOGGING_CATEGORY(lcGui, "konvergensi.gui", QtInfoMsg)
