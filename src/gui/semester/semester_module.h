// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/page_module.h"

namespace konvergensi::gui::semester {

/// The "Laporan Semester" page: the written parts of a semester report and its files.
PageModule pageModule();

} // namespace konvergensi::gui::semester
