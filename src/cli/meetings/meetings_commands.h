// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::meetings {

/// `meetings list [--year Y] [--format table|csv]`, `meetings print ID --pdf FILE
/// [--attendance]`, `meetings export FILE [--year Y]`, `meetings export-followups FILE
/// [--overdue]`, `meetings followup-report --pdf FILE [--from D] [--to D]`, `followups list
/// [--overdue] [--register meetings|case-audit] [--format table|csv]`.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::meetings
