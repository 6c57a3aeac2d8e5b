// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::locus {

/// `locus list --year Y [--format table|csv]`,
/// `locus import --year Y FILE [--replace] [--dry-run]`,
/// `locus scorecards import --year Y FILE [--dry-run]`,
/// `locus compare --from Y1 --to Y2 [--format table|csv]`,
/// `locus propose --year Y [--data-year Y0] [--top N] [--weights P,S,G,K] [--save [--replace]]`,
/// `locus print --year Y FILE [--paper a4|f4]`,
/// `locus scorecards summary --year Y FILE [--paper a4|f4]`.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::locus
