// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the measurement table's columns back, for every repository of the module: a NULL
// number is core's missing value, a judgement is its six columns (z, flag) × 3 in order.

#include "core/anthro/zscores.h"
#include "core/measurements/measurements.h"
#include "storage/query.h"

namespace konvergensi::storage::measurements {

inline double readNumber(const Query &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? core::anthro::kMissing : value.toDouble();
}

/// zlen, flen, zwei, fwei, zwfl, fwfl from column `first` on.
inline core::measurements::Judgement readJudgement(const Query &query, int first)
{
    core::measurements::Judgement j;
    j.zlen = readNumber(query, first);
    j.flen = static_cast<int>(query.integer(first + 1));
    j.zwei = readNumber(query, first + 2);
    j.fwei = static_cast<int>(query.integer(first + 3));
    j.zwfl = readNumber(query, first + 4);
    j.fwfl = static_cast<int>(query.integer(first + 5));
    return j;
}

} // namespace konvergensi::storage::measurements
