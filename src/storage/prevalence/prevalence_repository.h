// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/prevalence/prevalence.h"
#include "core/prevalence/prevalence_puskesmas.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace konvergensi::storage {

class Database;

/// A health centre (puskesmas) and the villages it serves (core::Puskesmas).
using Puskesmas = core::Puskesmas;

/// Which observations to read. Every field narrows the selection; the empty filter reads all.
struct PrevalenceFilter
{
    /// Region areas equal to or below this code (a district gives it and every kecamatan and
    /// village in it). Puskesmas and national figures are never "within" a region.
    std::optional<core::RegionCode> within;
    /// Exactly this area (e.g. the national reference, or the province).
    std::optional<core::PrevalenceArea> area;
    /// Only areas of this kind (e.g. every puskesmas figure).
    std::optional<core::PrevalenceArea::Kind> areaKind;
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
    std::vector<std::pair<int, core::PrevalenceRound>> periods(
        core::PrevalenceIndicator indicator, core::PrevalenceSource source,
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

    /// Every puskesmas with its villages, in code order (two queries, whatever the count).
    std::vector<Puskesmas> puskesmas() const;
    std::optional<Puskesmas> puskesmas(const std::string &code) const;
    /// Adds a new puskesmas; refused when its code is held already. The rules: those of
    /// core::validate(Puskesmas); the kecamatan and every village are held in the workspace;
    /// a village is served by one puskesmas only (the error names the other one). Villages
    /// outside the puskesmas's kecamatan are allowed (core::puskesmasWarnings).
    Puskesmas addPuskesmas(Puskesmas puskesmas);
    /// Saves the name, kecamatan and villages of a held puskesmas (same rules); the row
    /// version must match the stored one. The code cannot change: figures refer to it.
    Puskesmas updatePuskesmas(Puskesmas puskesmas);
    /// Adds a puskesmas or replaces its name, kecamatan and villages, without a row-version
    /// check (imports, the demo); same rules.
    void savePuskesmas(const Puskesmas &puskesmas);
    /// Removes a puskesmas and its list of villages; refused while figures are recorded for
    /// it (remove those first) and when the row version does not match.
    void removePuskesmas(const std::string &code, int rowVersion);
    /// The number of figures recorded for a puskesmas (any source, indicator and period).
    std::size_t puskesmasFigureCount(const std::string &code) const;

    /// True when the area is known in the workspace (a held region, a held puskesmas, or the
    /// national reference).
    bool areaExists(const core::PrevalenceArea &area) const;

private:
    void checkValid(const core::PrevalenceObservation &observation) const;
    core::PrevalenceObservation insert(core::PrevalenceObservation observation);
    core::PrevalenceObservation replace(const core::PrevalenceObservation &before,
                                        core::PrevalenceObservation observation);
    /// Trims and checks a puskesmas against every rule; throws StorageError.
    Puskesmas checkedPuskesmas(Puskesmas puskesmas) const;
    Puskesmas writePuskesmas(const Puskesmas &puskesmas, const std::optional<Puskesmas> &before);

    Database &m_db;
};

} // namespace konvergensi::storage
