// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The figures of a weighing round, counted from its children, as e-PPGBM figures of the
// prevalence module (district, kecamatan, desa; stunting, severe stunting, wasting,
// underweight, overweight), each marked "computed from N children".

#include "io/prevalence/prevalence_import.h"

#include <QString>

#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io::measurements {

struct PrevalenceFeed
{
    int written = 0;
    /// Typed e-PPGBM figures of the round (held) that differ from the children's (incoming),
    /// side by side; `line` is 0.
    std::vector<PrevalenceConflict> conflicts;
    /// Empty when done; otherwise why nothing was written.
    QString refused;
};

/// Writes the round's figures as source e-PPGBM of its year and month (February or August
/// only). Typed figures of the same keys that differ are replaced only with `replaceTyped`;
/// without it nothing is written when one differs. One transaction.
PrevalenceFeed feedPrevalence(storage::Database &db, const QString &period, bool replaceTyped);

} // namespace konvergensi::io::measurements
