// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/logging.h"

Q_LOGGING_CATEGORY(lcIo, "konvergensi.io", QtInfoMsg)
