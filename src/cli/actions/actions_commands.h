// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::actions {

/// `actions status --year Y [--format table|csv]` and
/// `report actions --year Y --pdf FILE [--paper a4|f4]`.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::actions
