// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::semester {

/// `report semester --year Y --semester 1|2 --pdf FILE [--odt FILE] [--xlsx FILE]
/// [--paper a4|f4]`.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::semester
