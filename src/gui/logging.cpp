// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/logging.h"

Q_LOGGING_CATEGORY(lcGui, "konvergensi.gui", QtInfoMsg)
