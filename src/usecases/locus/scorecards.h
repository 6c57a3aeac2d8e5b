// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/locus/locus_scorecard.h"

#include <QStringList>

#include <optional>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::locus {

// A village's convergence scorecards (with the APBDes allocation for stunting) and its KPM,
// as the Village profile tab and its dialogs change them. Each throws storage::StorageError
// with a translated message when a rule is broken or the record changed meanwhile.

/// A new scorecard of the village for the year, starting from the national standard
/// indicators (targets and achievements 0).
core::Scorecard newScorecard(const core::RegionCode &village, int year);
/// The scorecard of the village for the year; nullopt when none is held.
std::optional<core::Scorecard> findScorecard(storage::Database &db, const core::RegionCode &village,
                                             int year);
/// The rules the scorecard breaks, in words, each once (empty when none).
QStringList scorecardProblems(const core::Scorecard &scorecard);
/// Saves a new scorecard (id 0; refused when the village has one for the year) or changes
/// to a held one (row version must match), indicators as a whole.
core::Scorecard saveScorecard(storage::Database &db, const core::Scorecard &scorecard);
void removeScorecard(storage::Database &db, std::int64_t id, int rowVersion);

/// The village's KPM, or an empty one (rowVersion 0) when none is held.
core::Kpm kpmOf(storage::Database &db, const core::RegionCode &village);
core::Kpm saveKpm(storage::Database &db, const core::Kpm &kpm);

} // namespace konvergensi::usecases::locus
