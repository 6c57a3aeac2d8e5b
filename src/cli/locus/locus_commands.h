// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::locus {

/// `locus list --year Y [--format table|csv]`,
/// `locus import --year Y FILE [--replace] [--dry-run]`,
/// `locus scorecards import --year Y FILE [--dry-run]`,
/// `locus compare --from Y1 --to Y2 [--format table|csv]`.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::locus
