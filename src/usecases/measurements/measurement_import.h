// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Importing an e-PPGBM per-child export (issue 14) as a unit of work: the file judged and
// shown before anything is written (io/measurements/eppgbm_import.h), then the round stored
// in one transaction, with progress and cancel. A failed or cancelled import leaves the
// workspace as it was.

#include "io/measurements/eppgbm_import.h"

namespace konvergensi::usecases {
class Progress;
}

namespace konvergensi::usecases::measurements {

using io::measurements::ImportOptions;
using io::measurements::ImportPreview;
using io::measurements::RowOutcome;
using io::measurements::UnmatchedRegion;

/// Reads and judges the file without writing; the preview says what an import would do.
ImportPreview previewImport(storage::Database &db, const QString &path,
                            const ImportOptions &options, Progress &progress);

/// Stores a preview's round (after the user has seen it). Throws StorageError with the
/// blocker's sentence when it cannot go ahead, Cancelled when cancelled; either way nothing
/// is written.
void commitImport(storage::Database &db, const ImportPreview &preview, const ImportOptions &options,
                  Progress &progress);

/// Kecamatan/desa names of e-PPGBM files and the desa of the workspace they mean.
struct RegionMapping
{
    QString kecamatan;
    QString desa;
    QString villageCode;
};

/// Remembers that the kecamatan/desa names of e-PPGBM files mean the desa `villageCode` of
/// the workspace (for this file and the next). Throws StorageError (Kind::Invalid, one
/// translated sentence) for a code that is not a desa/kelurahan of the workspace.
void mapRegion(storage::Database &db, const QString &kecamatan, const QString &desa,
               const QString &villageCode);
/// Several mappings in one transaction: all remembered, or none.
void mapRegions(storage::Database &db, const std::vector<RegionMapping> &mappings);

using io::measurements::ImportResult;

/// Reads, judges and stores the file at once, without a look in between (the command line):
/// the file's rows are stored as they are judged, while the next ones are read, all in one
/// transaction. `stored` is false when the preview shows an error or a blocker: nothing was
/// written then. Cancelled when cancelled, nothing written.
ImportResult importAtOnce(storage::Database &db, const QString &path, const ImportOptions &options,
                          Progress &progress);

/// importAtOnce; throws StorageError with the blocker's sentence when the file cannot be
/// imported (as commitImport does), nothing written.
ImportPreview importFile(storage::Database &db, const QString &path, const ImportOptions &options,
                         Progress &progress);

} // namespace konvergensi::usecases::measurements
