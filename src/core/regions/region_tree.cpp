// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/regions/region_tree.h"

#include <algorithm>

namespace konvergensi::core {

RegionTree::RegionTree(std::vector<Region> regions)
{
    for (auto &region : regions) {
        auto code = region.code;
        m_regions.insert_or_assign(std::move(code), std::move(region));
    }
}

const Region *RegionTree::find(const RegionCode &code) const
{
    const auto it = m_regions.find(code);
    return it == m_regions.end() ? nullptr : &it->second;
}

std::vector<const Region *> RegionTree::roots() const
{
    std::vector<const Region *> out;
    for (const auto &[code, region] : m_regions) {
        const auto parent = code.parent();
        if (!parent || !contains(*parent))
            out.push_back(&region);
    }
    return out;
}

std::vector<const Region *> RegionTree::children(const RegionCode &code) const
{
    std::vector<const Region *> out;
    // Codes below `code` sort right after it; walk until the prefix no longer matches.
    for (auto it = m_regions.upper_bound(code); it != m_regions.end(); ++it) {
        if (!it->first.isBelow(code))
            break;
        if (it->first.parent() == code)
            out.push_back(&it->second);
    }
    return out;
}

std::vector<const Region *> RegionTree::atLevel(RegionLevel level) const
{
    std::vector<const Region *> out;
    for (const auto &[code, region] : m_regions) {
        if (code.level() == level)
            out.push_back(&region);
    }
    return out;
}

std::size_t RegionTree::countBelow(const RegionCode &code, RegionLevel level) const
{
    std::size_t count = 0;
    for (auto it = m_regions.upper_bound(code); it != m_regions.end() && it->first.isBelow(code);
         ++it) {
        if (it->first.level() == level)
            ++count;
    }
    return count;
}

std::vector<const Region *> RegionTree::path(const RegionCode &code) const
{
    std::vector<const Region *> out;
    std::optional<RegionCode> current = code;
    while (current) {
        if (const Region *region = find(*current))
            out.push_back(region);
        current = current->parent();
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace konvergensi::core
