// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/regions/region_import.h"
#include "usecases/progress.h"

#include <QString>

namespace konvergensi::storage {
class Database;
}

// Wilayah: importing a region list (Kemendagri codes) from CSV, for the page and the CLI.
// Column words in Indonesian (kode, nama, tingkat, jenis) or English (code, name, level,
// kind); every row checked, all or nothing.
namespace konvergensi::usecases::regions {

/// Checks the file without writing: what importing would do, or every bad row with its line.
io::RegionImportReport checkRegionFile(storage::Database &db, const QString &path,
                                       Progress &progress);
/// Checks and, when every row is good, imports the file in one transaction. Throws
/// usecases::Cancelled when the user cancelled: then nothing was written (the transaction is
/// rolled back even when the rows were already written), or storage::StorageError.
io::RegionImportReport importRegionFile(storage::Database &db, const QString &path,
                                        Progress &progress);

} // namespace konvergensi::usecases::regions
