// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <vector>

namespace konvergensi::cli {

/// `workspace backup DEST`, `workspace check`, `workspace restore BACKUP [--to NEW.kvg]
/// [--replace]`, `workspace backups`.
std::vector<CommandSpec> workspaceMaintenanceCommands();

} // namespace konvergensi::cli
