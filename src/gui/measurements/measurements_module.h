// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/page_module.h"

namespace konvergensi::gui::measurements {

/// The module's sidebar entry and page (src/modules.cmake).
PageModule pageModule();

} // namespace konvergensi::gui::measurements
