#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli {

/// `prevalence import FILE [--replace] [--dry-run]` and
/// `prevalence show --area CODE --year Y [--source S] [--round R] [--indicator I] [--format csv]`.
std::vector<CommandSpec> prevalenceCommands();

} // namespace konvergensi::cli
