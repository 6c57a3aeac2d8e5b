// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli {

/// The office server (issue #17): `server init`, `server upgrade`, `server user add NAME
/// --role ROLE`, and `workspace copy FROM TO` between a file and a server (either way).
std::vector<CommandSpec> serverCommands();

} // namespace konvergensi::cli
