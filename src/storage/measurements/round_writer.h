// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing a weighing round: the whole of it (MeasurementRepository::storeRound) or piece by
// piece as an import judges its rows (RoundWriter), children recognised across rounds.

#include "storage/measurements/measurement_repository.h"

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace konvergensi::storage {

class Database;

/// A round written piece by piece as its rows are judged, in one transaction (joining the
/// caller's): nothing is kept unless finish() returns. The command line's import stores each
/// chunk of judged rows while the file's next rows are read, so that reading the file and
/// writing the workspace overlap; storeRound writes a whole round with it.
class RoundWriter
{
public:
    /// Begins the transaction. Throws StorageError (the identities are locked, the workspace
    /// is damaged or in use).
    RoundWriter(Database &db, bool invented);
    /// Rolls everything back unless finish() returned.
    ~RoundWriter();
    RoundWriter(const RoundWriter &) = delete;
    RoundWriter &operator=(const RoundWriter &) = delete;

    /// Writes these measurements and their children: a child is recognised by its full NIK,
    /// else by name + birth date + desa, across rounds and within the file. `step(written)`
    /// is called every few hundred rows and may throw to cancel.
    void add(std::span<const NewMeasurement> measurements,
             const std::function<void(int written)> &step = {});
    /// Gives the round its period and file, writes its skipped rows and groups, and commits.
    /// A held round of the period is replaced whole when `replace` (its children measured
    /// again keep their ids), otherwise refused (StorageError, nothing written).
    /// `round.measurements` are the measurements added, all of them.
    qint64 finish(const RoundToStore &round, bool replace);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

namespace measurements {

/// Refuses (StorageError, Conflict) to go on over a round that already holds children,
/// unless it is to be replaced.
void refuseHeld(const std::optional<MeasurementRound> &held, bool replace);
/// Removes the children measured in no round.
void deleteOrphanChildren(Database &db);

} // namespace measurements

} // namespace konvergensi::storage
