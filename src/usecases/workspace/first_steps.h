// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/changes.h"

#include <QString>

#include <vector>

namespace konvergensi::storage {
class Database;
}

// What a new, empty workspace needs first, in the order to do it; each step is done once the
// workspace holds what it asks for (so it ticks itself, whoever did it: the window, the CLI or
// an import).
namespace konvergensi::usecases::workspace {

enum class FirstStep {
    ImportRegions, ///< the district's kecamatan and desa/kelurahan (Wilayah > Impor)
    SetLetterhead, ///< the letterhead and signatory of printed documents (Pengaturan)
    AddOpd,        ///< the district agencies (Wilayah > OPD)
    AddFigures,    ///< prevalence figures for the dashboard (Dasbor > Impor)
    FirstMeeting,  ///< the first TPPS meeting (Rapat TPPS)
};

struct FirstStepState
{
    FirstStep step;
    bool done = false;
    QString title;       ///< "Import the regions" (translated)
    QString explanation; ///< one sentence of why and where
    QString moduleKey;   ///< the sidebar page where it is done ("regions", "settings", ...)
};

/// Every step with whether the workspace already has it.
std::vector<FirstStepState> firstSteps(storage::Database &db);
/// True while the workspace has no region: a new, empty workspace.
bool isEmptyWorkspace(storage::Database &db);
/// Whether the first-steps panel is shown: some step is still open and nobody hid it in this
/// workspace.
bool showFirstSteps(storage::Database &db);
/// Hides the panel in this workspace (for every user of the file).
void hideFirstSteps(storage::Database &db);
/// The topics after which the steps are judged again.
Topics firstStepTopics();

} // namespace konvergensi::usecases::workspace
