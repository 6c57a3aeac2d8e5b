#include "cli/logging.h"

Q_LOGGING_CATEGORY(lcCli, "konvergensi.cli", QtInfoMsg)
