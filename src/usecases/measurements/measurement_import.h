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

/// previewImport then commitImport.
ImportPreview importFile(storage::Database &db, const QString &path, const ImportOptions &options,
                         Progress &progress);

} // namespace konvergensi::usecases::measurements
