// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::prevalence {

/// `prevalence import FILE [--replace] [--dry-run]`,
/// `prevalence show --area CODE --year Y [--source S] [--round R] [--indicator I] [--format csv]`
/// `prevalence remove --area CODE --year Y --round R --source S [--indicator I]`,
/// `prevalence summary --pdf FILE [...]` and `prevalence chart trend|kecamatan FILE [...]`.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::prevalence
