// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The locus module's words: each core enum of the module turned into translated text, in one
// function per enum, shared by the page, the documents and the CLI.

#include "core/format.h"
#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#include "core/locus/locus_scoring.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace konvergensi::reports {

/// "Maternal and child health (KIA)", ...
QString packageName(core::ServicePackage package);
/// "KIA", "Nutrition", ... where a table has little room.
QString packageShortName(core::ServicePackage package);
/// "ranking", "added by hand", "imported".
QString originText(core::LocusOrigin origin);
/// "Prevalence", "Stunted children", "Service gap", "Poverty".
QString criterionName(core::LocusCriterion criterion);
/// "February", "August", "survey".
QString roundName(core::PrevalenceRound round);
/// Where figures come from: "e-PPGBM, August 2022", "SSGI 2022" (a survey), "locus list
/// 2022" (the numbers stored with that year's list).
QString figureOriginText(const core::FigureOrigin &origin);
/// The rule a proposal's choices break.
QString selectionProblemText(core::SelectionProblem problem);
/// The rule a locus entry breaks ("The rank must be 1 or more.").
QString locusProblemText(core::LocusProblem problem);
/// The rule a year's whole list breaks ("The village 14.03.01.2001 is on the list twice.").
QString listProblemText(const core::LocusListIssue &issue);
/// The rule a scorecard breaks ("Every indicator needs a name.").
QString scorecardProblemText(core::ScorecardProblem problem);

/// "8,4 %" or "–" when unknown.
QString percentOrDash(const std::optional<double> &percent, core::Language language);
QString countOrDash(const std::optional<std::int64_t> &count, core::Language language);
/// "12,5" with one decimal, or "–".
QString decimalOrDash(const std::optional<double> &value, core::Language language);

} // namespace konvergensi::reports
