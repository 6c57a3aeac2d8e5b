// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csv_reader.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

// RowError (a rejected row: its line and a translated reason) and describe(RowError) live
// in csv_reader.h, shared by every import.

/// What an import did or would do.
struct RegionImportReport
{
    int rowsRead = 0;     ///< data rows read (header and empty lines not counted)
    int added = 0;        ///< regions new to the workspace
    int updated = 0;      ///< regions whose name or kind changed
    int unchanged = 0;    ///< regions already held as they are
    bool applied = false; ///< true only when every row was good and the change was committed
    QString fileError;    ///< a problem with the whole file (cannot read, no header, ...)
    std::vector<RowError> errors; ///< the first bad rows (kMaxListedErrors), in line order
    int moreErrors = 0;           ///< bad rows beyond those listed

    bool ok() const { return fileError.isEmpty() && errors.empty(); }
};

/// Imports a region list from CSV: columns code, name and optional level and kind (English
/// or Indonesian header words; comma or semicolon separated; UTF-8 with or without BOM).
/// Every row is validated; nothing is written unless every row is good.
class RegionCsvImporter
{
public:
    explicit RegionCsvImporter(storage::Database &db);

    /// Validates only; counts what would be added/updated; never writes.
    RegionImportReport check(const QByteArray &data) const;
    /// Validates and, when every row is good, applies in one transaction.
    RegionImportReport import(const QByteArray &data);

    /// Same, reading a file; a file that cannot be read is reported in fileError.
    RegionImportReport checkFile(const QString &path) const;
    RegionImportReport importFile(const QString &path);

private:
    RegionImportReport run(const QByteArray &data, bool apply) const;

    storage::Database &m_db;
};

} // namespace konvergensi::io
