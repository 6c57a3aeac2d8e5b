// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csv_reader.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

/// What a locus-list or scorecard import did or would do.
struct LocusImportReport
{
    int rowsRead = 0;     ///< data rows read (header, title rows and empty lines not counted)
    int villages = 0;     ///< villages in the file (locus list) or scorecards (scorecard file)
    int replaced = 0;     ///< entries of the year's list, or scorecards, that the import replaces
    bool applied = false; ///< true only when every row was good and the change was committed
    QString fileError;    ///< a problem with the whole file
    std::vector<RowError> errors; ///< the first bad rows (kMaxListedErrors), in line order
    int moreErrors = 0;           ///< bad rows beyond those listed
    /// The village names (as written, with their kecamatan when given) that match no village
    /// of the district: the list the user fixes the file with.
    QStringList unmatched;
    /// Not applied because the year already had a list and replacing it was not asked for
    /// (checked inside the write transaction: a list imported meanwhile by someone else is
    /// never silently replaced).
    bool refusedExisting = false;

    bool ok() const { return fileError.isEmpty() && errors.empty(); }
};

/// Imports a year's locus list from CSV or XLSX (a file as Excel in Indonesia writes it:
/// semicolons, decimal commas, a byte-order mark, a title row above the
/// header). Columns, English or Indonesian: kode (code) and/or desa (village name; a code
/// also works), kecamatan (to tell apart villages of the same name), peringkat (rank),
/// alasan (reason), balita_diukur (measured), balita_stunting (stunted), prevalensi
/// (prevalence %), sasaran_1000_hpk (1,000-HPK households), kemiskinan (poverty %). Rows
/// without a rank take the file's order after the ranked ones. Every row is checked; the
/// year's list is replaced only when every row is good (all or nothing).
class LocusListImporter
{
public:
    explicit LocusListImporter(storage::Database &db);

    LocusImportReport check(int year, const CsvTable &table) const;
    /// With `replaceExisting` false, a year that already has a list is left alone
    /// (refusedExisting).
    LocusImportReport import(int year, const CsvTable &table, bool replaceExisting = true);
    LocusImportReport checkFile(int year, const QString &path) const;
    LocusImportReport importFile(int year, const QString &path, bool replaceExisting = true);

    /// Reads a CSV (UTF-8; other encodings are refused as by every importer) or XLSX file.
    static CsvTable readFile(const QString &path);

private:
    LocusImportReport run(int year, const CsvTable &table, bool apply, bool replaceExisting) const;

    storage::Database &m_db;
};

/// Imports village convergence scorecards of one year: one row per village and indicator.
/// Columns: kode and/or desa, kecamatan, paket (service package: KIA, konseling gizi, air
/// bersih dan sanitasi, perlindungan sosial, PAUD), indikator, sasaran (target), capaian
/// (achieved), and optionally apbdes (the village's stunting allocation in rupiah, the same
/// on every row of a village). The scorecards of the villages in the file are replaced as a
/// whole for that year; all or nothing.
class ScorecardImporter
{
public:
    explicit ScorecardImporter(storage::Database &db);

    LocusImportReport check(int year, const CsvTable &table) const;
    LocusImportReport import(int year, const CsvTable &table);
    LocusImportReport checkFile(int year, const QString &path) const;
    LocusImportReport importFile(int year, const QString &path);

private:
    LocusImportReport run(int year, const CsvTable &table, bool apply) const;

    storage::Database &m_db;
};

} // namespace konvergensi::io
