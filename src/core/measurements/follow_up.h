// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The children a desa must follow up after a weighing round (issue 14, item 4): severely
// stunted (sangat pendek, length/height-for-age below -3 SD), severely wasted (gizi buruk,
// weight-for-length/height below -3 SD) and those whose weight did not go up since the round
// they were last weighed in. The z-score rules are those of the figures: a z-score counts
// when it is there and not flagged, and the cut-off is strict on the rounded z.

#include "core/measurements/measurements.h"

namespace konvergensi::core::measurements {

struct FollowUpReasons
{
    bool severelyStunted = false; ///< sangat pendek: valid zlen < -3
    bool severelyWasted = false;  ///< gizi buruk: valid zwfl < -3
    bool noWeightGain = false;    ///< weighed in an earlier round and not heavier now

    bool any() const { return severelyStunted || severelyWasted || noWeightGain; }
    friend bool operator==(const FollowUpReasons &, const FollowUpReasons &) = default;
};

/// Why a child measured with this judgement and weight needs a visit. `previousWeight` is the
/// weight of the child's latest earlier round (anthro::kMissing when none): the weight "did
/// not go up" when both are known and the new one is not higher (kg, as measured; the
/// Indonesian growth-monitoring "T", tidak naik).
FollowUpReasons followUpReasons(const Judgement &judgement, double weight, double previousWeight);

} // namespace konvergensi::core::measurements
