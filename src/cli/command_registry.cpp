// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/actions/action_commands.h"
#include "cli/anthro/anthro_commands.h"
#include "cli/case_audit/case_audit_commands.h"
#include "cli/command.h"
#include "cli/locus/locus_commands.h"
#include "cli/meetings/meeting_commands.h"
#include "cli/prevalence/prevalence_commands.h"

namespace konvergensi::cli {

std::vector<CommandSpec> allCommands()
{
    std::vector<CommandSpec> all;
    auto add = [&all](std::vector<CommandSpec> more) {
        for (auto &spec : more)
            all.push_back(std::move(spec));
    };
    add(workspaceCommands());
    add(meetingCommands());
    add(prevalenceCommands());
    add(actionCommands());
    add(locusCommands());
    add(caseAuditCommands());
    add(anthroCommands());
    return all;
}

} // namespace konvergensi::cli
