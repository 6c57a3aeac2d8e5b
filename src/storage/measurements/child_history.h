// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A measured child's history for the growth chart: every measurement of one child across the
// weighing rounds (a child is recognised across rounds at import, see
// MeasurementRepository::storeRound). Initials and sex only: no name, NIK, parents, address
// or birth date (the age at each measurement is stored with it).

#include "core/measurements/measurements.h"

#include <QString>

#include <optional>
#include <vector>

namespace konvergensi::storage {

class Database;

/// One measurement of the child, as imported with its WHO judgement.
struct HistoryMeasurement
{
    QString period;      ///< the round, "2024-08"
    QString measureDate; ///< "2024-08-12"
    int ageDays = 0;
    double weight = core::anthro::kMissing; ///< kg
    double lenhei = core::anthro::kMissing; ///< cm, as measured
    QString measure;                        ///< "l" lying, "h" standing, empty when unknown
    QString posyandu;
    core::measurements::Judgement judgement;
};

struct ChildHistoryRecord
{
    qint64 childId = 0;
    QString initials;
    int sex = 0; ///< 1 boy, 2 girl, 0 unknown
    QString villageCode;
    bool invented = false;
    /// Oldest first (by measurement date, then round).
    std::vector<HistoryMeasurement> measurements;
};

/// Reads children's histories.
class ChildHistory
{
public:
    explicit ChildHistory(Database &db);

    /// The child and all its measurements; nullopt when the workspace has no such child.
    std::optional<ChildHistoryRecord> of(qint64 childId) const;

    /// The children measured at least `times` times, by id.
    std::vector<qint64> childrenMeasuredAtLeast(int times) const;

private:
    Database &m_db;
};

} // namespace konvergensi::storage
