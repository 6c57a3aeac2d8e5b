// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measurements/follow_up.h"

namespace konvergensi::core::measurements {

namespace {

bool validBelow(double z, int flag, double cutOff)
{
    // As the figures count: a z-score with flag 0 is valid (-1 none, 1 implausible).
    return !anthro::isMissing(z) && flag == 0 && z < cutOff;
}

} // namespace

FollowUpReasons followUpReasons(const Judgement &judgement, double weight, double previousWeight)
{
    FollowUpReasons reasons;
    reasons.severelyStunted = validBelow(judgement.zlen, judgement.flen, -3.0);
    reasons.severelyWasted = validBelow(judgement.zwfl, judgement.fwfl, -3.0);
    reasons.noWeightGain = !anthro::isMissing(weight) && !anthro::isMissing(previousWeight)
                           && weight <= previousWeight;
    return reasons;
}

} // namespace konvergensi::core::measurements
