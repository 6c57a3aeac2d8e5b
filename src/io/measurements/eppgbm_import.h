// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Judging an e-PPGBM per-child export (issue 14): read the file, find each row's desa
// (remembered mappings first), skip rows by the rules of core/measurements, judge every kept
// row with the WHO standards, and gather everything the user sees before an import writes,
// with the round ready to store. The use case (usecases/measurements) adds progress, cancel
// and the write; the demo stores the bundled samples through the same path.

#include "core/measurements/measurements.h"
#include "storage/measurements/measurement_repository.h"

#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <span>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io::measurements {

struct ImportOptions
{
    QString round;         ///< "2024-08"; empty: from the extract date or the measurement dates
    bool replace = false;  ///< replace a round that already holds children
    bool invented = false; ///< the children are invented (the demo)
};

/// A kecamatan/desa pair of the file that matches no desa of the workspace.
struct UnmatchedRegion
{
    QString kecamatan;
    QString desa;
    std::vector<int> rows;
};

/// What became of one data row; no personal data.
struct RowOutcome
{
    int line = 0;
    QString villageCode;
    core::measurements::SkipReason skip = core::measurements::SkipReason::None;
    int duplicateOf = 0; ///< the kept row this one repeats
    int ageDays = -1;
    core::measurements::Judgement judgement;
};

/// Everything the user sees before an import writes.
struct ImportPreview
{
    QString error; ///< the file is refused: one sentence; nothing else is filled then
    QString fileName;
    int headerLine = 0;
    QString extractDate;
    /// (column key, header text in the file) for every column found.
    std::vector<std::pair<QString, QString>> columns;
    QString round;
    int rowsRead = 0;
    int kept = 0;
    /// Row numbers skipped, by reason in kSkipReasons order.
    std::array<std::vector<int>, 6> skippedRows;
    std::vector<UnmatchedRegion> unmatched;
    QStringList puskesmas; ///< as written, first form of each
    QStringList posyandu;  ///< "Melati 2 (Bengkalis Kota)": first form of each per desa
    int heldChildren = 0;  ///< children the round already holds (0: a new round)
    std::vector<RowOutcome> outcomes;
    storage::RoundToStore toStore;

    int skippedTotal() const;
    /// Why the import cannot go ahead with these options; empty when it can.
    QString blocker(bool replace) const;
};

/// Called between rows with the work done, the total and a short text of the step; may throw
/// to stop (the use case's Cancelled).
using StepHook = std::function<void(qint64 done, qint64 total, const QString &step)>;

/// Handed each piece of the round's measurements as soon as it is judged: in file order, each
/// measurement once, all of them by the end (toStore.measurements).
using JudgedSink = std::function<void(std::span<const storage::NewMeasurement> measurements)>;

/// Reads and judges the file without writing (`judged` may write the pieces as they come).
ImportPreview judgeFile(storage::Database &db, const QString &path, const ImportOptions &options,
                        const StepHook &step = {}, const JudgedSink &judged = {});

/// Reads, judges and stores the file in one transaction, each piece of judged rows written
/// while the next rows are read: the import without a look in between (the command line).
/// The preview says what was read; `stored` is false when it shows an error or a blocker,
/// and then nothing was written. `step` may throw to cancel; nothing is written then either.
struct ImportResult
{
    ImportPreview preview;
    bool stored = false;
};
ImportResult importAtOnce(storage::Database &db, const QString &path, const ImportOptions &options,
                          const StepHook &step = {});

/// Stores a preview's round in one transaction. Throws StorageError with the blocker's
/// sentence when it cannot go ahead; `step` may throw to cancel; either way nothing is
/// written.
void storeJudged(storage::Database &db, const ImportPreview &preview, const ImportOptions &options,
                 const StepHook &step = {});

} // namespace konvergensi::io::measurements
