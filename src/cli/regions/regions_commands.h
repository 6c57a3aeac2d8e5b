// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::regions {

/// `regions import`, `regions list`.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::regions
