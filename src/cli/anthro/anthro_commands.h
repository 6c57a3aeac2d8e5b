// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::anthro {

/// `anthro zscores INPUT.csv [--output OUT.csv]` and `anthro prevalence INPUT.csv
/// [--format table|csv]`: the WHO Child Growth Standards for a file of children, without a
/// workspace.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::anthro
