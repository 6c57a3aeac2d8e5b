// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/regions/region.h"

namespace konvergensi::core {

std::string displayName(const Region &region)
{
    switch (region.level()) {
    case RegionLevel::Kecamatan:
        return "Kecamatan " + region.name;
    case RegionLevel::Village:
        return (region.kind.value_or(VillageKind::Desa) == VillageKind::Desa ? "Desa "
                                                                             : "Kelurahan ")
               + region.name;
    case RegionLevel::Province:
    case RegionLevel::District:
        break;
    }
    return region.name;
}

} // namespace konvergensi::core
