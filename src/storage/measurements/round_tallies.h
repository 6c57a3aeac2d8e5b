// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/measurements/measurements.h"
#include "storage/measurements/measurement_repository.h"

#include <QString>

#include <array>
#include <map>
#include <vector>

namespace konvergensi::storage {

class Database;

/// How many measurements of a round have one z-score with one flag.
struct ZScoreTally
{
    double z = core::anthro::kMissing;
    int flag = -1;
    int count = 0;
};

/// A round's measurements grouped by their stored z-scores and flags, and its skipped rows by
/// reason: what the district figures of the round list are counted from (by the rules of
/// core::measurements), without reading every child.
struct RoundTally
{
    std::array<std::vector<ZScoreTally>, 3> zscores; ///< zlen, zwei, zwfl
    std::array<int, 6> skipped{};                    ///< in kSkipReasons order
};

/// Every round's tally by period: the groups stored with each round (measurement_round_tally)
/// and its skipped rows by reason. Two grouped queries, whatever the number of children.
std::map<QString, RoundTally> roundTallies(Database &db);

/// Stores the groups of a round being saved (inside its transaction): each indicator's
/// measurements grouped by z-score and flag, exactly as they are written to `measurement`.
void storeRoundTally(Database &db, qint64 roundId, const std::vector<NewMeasurement> &measurements);

} // namespace konvergensi::storage
