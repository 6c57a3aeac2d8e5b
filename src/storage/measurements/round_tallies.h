// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/measurements/measurements.h"

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

/// Every round's tally by period. Four grouped queries over all rounds.
std::map<QString, RoundTally> roundTallies(Database &db);

} // namespace konvergensi::storage
