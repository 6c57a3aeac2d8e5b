// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The families and families at risk of stunting per desa (issue 14, item 4), as the district
// gets them from the family-planning agency (BKKBN's family data): a CSV or XLSX table with a
// desa column (its code, or the kecamatan and desa names), the families and the families at
// risk. Every row is checked; a file with any bad row is reported whole and stored not at all.

#include "core/regions/region.h"

#include <QString>

#include <optional>
#include <vector>

namespace konvergensi::io::measurements {

struct FamiliesRow
{
    int line = 0;
    QString desaCode;
    std::optional<int> families;
    std::optional<int> familiesAtRisk;
};

struct FamiliesProblem
{
    int line = 0;
    QString reason; ///< in the user's words
};

struct FamiliesFile
{
    QString error; ///< the whole file is unusable (one sentence); rows and problems empty
    std::vector<FamiliesRow> rows;
    std::vector<FamiliesProblem> problems; ///< in line order; the file is refused when any
};

/// Reads and checks a families file against the workspace's regions.
FamiliesFile readFamiliesFile(const QString &path, const std::vector<core::Region> &regions);

} // namespace konvergensi::io::measurements
