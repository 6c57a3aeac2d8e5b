// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::case_audit {

/// `audit rounds`, `audit cases --round ID [--format table|csv]`, `audit print ID --pdf FILE`,
/// `audit export ID FILE.xlsx|FILE.csv [--with-identity]`, through the use cases of
/// usecases/case_audit. Output never carries identity (initials and age only); an export has
/// it only with --with-identity, and the file then says so.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::case_audit
