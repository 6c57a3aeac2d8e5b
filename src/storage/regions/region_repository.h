// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/regions/region.h"
#include "core/regions/region_tree.h"

#include <optional>
#include <vector>

namespace konvergensi::storage {

class Database;

/// The workspace's administrative regions.
class RegionRepository
{
public:
    explicit RegionRepository(Database &db);

    struct UpsertResult
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };

    std::vector<core::Region> all() const;
    core::RegionTree tree() const;
    std::optional<core::Region> find(const core::RegionCode &code) const;
    bool contains(const core::RegionCode &code) const;
    std::size_t count(core::RegionLevel level) const;
    /// The workspace's district (the first one by code), if any is held.
    std::optional<core::Region> district() const;

    /// Adds new regions and renames changed ones, all in one transaction (joining the
    /// caller's when there is one). Parents must be held or come earlier in code order.
    UpsertResult upsert(std::vector<core::Region> regions);

private:
    Database &m_db;
};

} // namespace konvergensi::storage
