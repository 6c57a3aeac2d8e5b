// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli::measurements {

/// `measurements import FILE [--round YYYY-MM] [--replace] [--dry-run]`, `measurements
/// summary --round YYYY-MM [--format table|csv] [--puskesmas] [--posyandu]`, `measurements
/// rounds`, `measurements map KECAMATAN DESA CODE`. Never prints a child's name or NIK.
std::vector<CommandSpec> commands();

} // namespace konvergensi::cli::measurements
