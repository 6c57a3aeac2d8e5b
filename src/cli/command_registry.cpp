// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "cli/server/server_commands.h"
#include "cli/workspace/workspace_commands.h"

namespace konvergensi::cli {

std::vector<CommandSpec> allCommands()
{
    std::vector<CommandSpec> all = workspaceCommands();
    for (auto &spec : moduleCommands()) // src/modules.cmake, in manifest order
        all.push_back(std::move(spec));
    for (auto &spec : workspaceMaintenanceCommands()) // backup, check, restore, passphrase
        all.push_back(std::move(spec));
    for (auto &spec : serverCommands()) // server init/upgrade/user add, workspace copy
        all.push_back(std::move(spec));
    return all;
}

} // namespace konvergensi::cli
