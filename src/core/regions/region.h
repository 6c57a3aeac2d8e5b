// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/regions/region_code.h"

#include <optional>
#include <string>

namespace konvergensi::core {

/// One administrative region of the workspace.
struct Region
{
    RegionCode code;
    std::string name;
    /// Only for villages; agrees with the code's last part.
    std::optional<VillageKind> kind;

    RegionLevel level() const { return code.level(); }

    friend bool operator==(const Region &, const Region &) = default;
};

/// "Kabupaten Bengkalis" stays as it is; a village shows "Desa Ketam Putih" or
/// "Kelurahan Bengkalis Kota"; a kecamatan "Kecamatan Bantan". For headings and reports.
std::string displayName(const Region &region);

} // namespace konvergensi::core
