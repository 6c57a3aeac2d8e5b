#include "cli/command.h"

namespace konvergensi::cli {

std::vector<CommandSpec> allCommands()
{
    std::vector<CommandSpec> all;
    auto add = [&all](std::vector<CommandSpec> more) {
        for (auto &spec : more)
            all.push_back(std::move(spec));
    };
    add(workspaceCommands());
    return all;
}

} // namespace konvergensi::cli
