#pragma once

#include "core/prevalence.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace konvergensi::storage {

class Database;

/// The rule an observation breaks, in plain translated words (for dialogs, imports, the CLI).
QString prevalenceProblemText(core::PrevalenceProblem problem);

/// A health centre (puskesmas) and the villages it serves.
struct Puskesmas
{
    std::string code;  ///< the ministry's code, e.g. "P1403010101"
    std::string name;
    std::optional<core::RegionCode> kecamatan;
    std::vector<core::RegionCode> villages;
};

/// Which observations to read. Every field narrows the selection; the empty filter reads all.
struct PrevalenceFilter
{
    /// Region areas equal to or below this code (a district gives it and every kecamatan and
    /// village in it). Puskesmas and national figures are never "within" a region.
    std::optional<core::RegionCode> within;
    /// Exactly this area (e.g. the national reference, or the province).
    std::optional<core::PrevalenceArea> area;
    std::optional<core::PrevalenceSource> source;
    std::optional<core::PrevalenceIndicator> indicator;
    std::optional<int> year;
    std::optional<core::PrevalenceRound> round;
};

/// Prevalence figures and targets. One figure per area, period (year and round), source and
/// indicator; writes check the row version they were read with and are recorded in the
/// audit log in the same transaction.
class PrevalenceRepository
{
public:
    explicit PrevalenceRepository(Database &db);

    struct UpsertResult
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };

    /// Observations matching the filter, ordered by area key, year, round.
    std::vector<core::PrevalenceObservation> observations(const PrevalenceFilter &filter) const;
    std::optional<core::PrevalenceObservation> find(const core::PrevalenceObservation &key) const;
    std::optional<core::PrevalenceObservation> byId(std::int64_t id) const;
    /// The periods that have figures for a source and indicator within a region, newest first.
    std::vector<std::pair<int, core::PrevalenceRound>>
    periods(core::PrevalenceIndicator indicator, core::PrevalenceSource source,
            const core::RegionCode &within) const;
    /// The sources with figures for an indicator within a region (or for the region itself).
    std::vector<core::PrevalenceSource> sources(core::PrevalenceIndicator indicator,
                                                const core::RegionCode &within) const;
    std::size_t count() const;

    /// Adds a new figure; refused when one exists for the same key or the figure breaks a rule.
    core::PrevalenceObservation add(core::PrevalenceObservation observation);
    /// Saves changed figures; the row version must match the stored one.
    core::PrevalenceObservation update(core::PrevalenceObservation observation);
    void remove(std::int64_t id, int rowVersion);
    /// Adds new figures and replaces the figures of existing keys, in one transaction (joining
    /// the caller's). Every figure must be valid and its area known.
    UpsertResult upsert(const std::vector<core::PrevalenceObservation> &observations);

    /// Targets, by area, indicator and year; the national target of Presidential Regulation
    /// 72/2021 (stunting 14 % by 2024) is built in (id 0) and cannot be changed or removed.
    std::vector<core::PrevalenceTarget> targets() const;
    core::PrevalenceTarget addTarget(core::PrevalenceTarget target);
    core::PrevalenceTarget updateTarget(core::PrevalenceTarget target);
    void removeTarget(std::int64_t id, int rowVersion);

    std::vector<Puskesmas> puskesmas() const;
    std::optional<Puskesmas> puskesmas(const std::string &code) const;
    /// Adds a puskesmas or replaces its name, kecamatan and villages.
    void savePuskesmas(const Puskesmas &puskesmas);

    /// True when the area is known in the workspace (a held region, a held puskesmas, or the
    /// national reference).
    bool areaExists(const core::PrevalenceArea &area) const;

private:
    void checkValid(const core::PrevalenceObservation &observation) const;
    core::PrevalenceObservation insert(core::PrevalenceObservation observation);
    core::PrevalenceObservation replace(const core::PrevalenceObservation &before,
                                        core::PrevalenceObservation observation);

    Database &m_db;
};

} // namespace konvergensi::storage
