// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/locus/locus_scorecard.h"

#include <QString>

#include <optional>
#include <vector>

namespace konvergensi::storage {

class Database;

/// Village convergence scorecards (one per village and year, with the APBDes allocation for
/// stunting) and each village's KPM. Writes check row versions and are audited.
class ScorecardRepository
{
public:
    explicit ScorecardRepository(Database &db);

    std::optional<core::Scorecard> find(const core::RegionCode &village, int year) const;
    std::optional<core::Scorecard> byId(std::int64_t id) const;
    /// Every scorecard of a year, by village code.
    std::vector<core::Scorecard> scorecards(int year) const;
    /// Every scorecard of a village, oldest year first.
    std::vector<core::Scorecard> ofVillage(const core::RegionCode &village) const;
    std::size_t count() const;

    /// Saves a scorecard: a new one (id 0; refused when the village already has one for the
    /// year) or changes to a held one (row version must match). The indicators are replaced
    /// as a whole. Throws StorageError.
    core::Scorecard save(core::Scorecard scorecard);
    /// Adds or replaces the scorecards of the given villages and years in one transaction
    /// (joining the caller's): for imports.
    void replace(const std::vector<core::Scorecard> &scorecards);
    void remove(std::int64_t id, int rowVersion);

    std::optional<core::Kpm> kpm(const core::RegionCode &village) const;
    /// Adds (rowVersion 0) or updates the village's KPM.
    core::Kpm saveKpm(core::Kpm kpm);

private:
    void check(const core::Scorecard &scorecard) const;
    void writeIndicators(std::int64_t id, const core::Scorecard &scorecard);

    Database &m_db;
};

} // namespace konvergensi::storage
