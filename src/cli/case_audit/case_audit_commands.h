// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::case_audit {

/// `audit rounds`, `audit cases --round ID [--format table|csv]`, `audit print ID --pdf FILE`.
/// Case lists never carry identity (initials and age only).
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::case_audit
