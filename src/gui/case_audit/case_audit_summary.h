// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"

#include <QString>

namespace konvergensi::usecases::case_audit {
struct RoundOverview;
}

namespace konvergensi::gui {

/// The lines above the case list: the dissemination meeting, the team and the steps.
QString roundInfoHtml(const usecases::case_audit::RoundOverview &overview, core::Language language);
/// The summary beside the case list: cases by target group, the most frequent risk
/// factors, follow-up completion.
QString roundSummaryHtml(const usecases::case_audit::RoundOverview &overview,
                         core::Language language);

} // namespace konvergensi::gui
