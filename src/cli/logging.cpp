// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/logging.h"

Q_LOGGING_CATEGORY(lcCli, "konvergensi.cli", QtInfoMsg)
