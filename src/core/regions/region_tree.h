// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/regions/region.h"

#include <map>
#include <vector>

namespace konvergensi::core {

/// The regions of a workspace as a tree, keyed by code. Children are kept in code order.
class RegionTree
{
public:
    RegionTree() = default;
    explicit RegionTree(std::vector<Region> regions);

    bool empty() const { return m_regions.empty(); }
    std::size_t size() const { return m_regions.size(); }

    const Region *find(const RegionCode &code) const;
    bool contains(const RegionCode &code) const { return find(code) != nullptr; }

    /// Regions with no parent in the tree (normally the province, or the district when the
    /// province is not held), in code order.
    std::vector<const Region *> roots() const;
    /// Direct children in code order.
    std::vector<const Region *> children(const RegionCode &code) const;
    /// Every region of a level in code order.
    std::vector<const Region *> atLevel(RegionLevel level) const;
    /// Count of regions below a code (all depths) at a level.
    std::size_t countBelow(const RegionCode &code, RegionLevel level) const;
    /// The chain from the root down to the code, inclusive.
    std::vector<const Region *> path(const RegionCode &code) const;

private:
    std::map<RegionCode, Region> m_regions;
};

} // namespace konvergensi::core
