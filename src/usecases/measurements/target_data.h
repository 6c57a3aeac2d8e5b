// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the district reports to the home-affairs ministry per desa after a weighing round
// ("Data Sasaran", issue 14 item 4): families and families at risk of stunting (typed or
// imported from the family-planning agency's data), children measured, severely stunted
// (sangat pendek) and stunted (pendek, -3 to below -2 SD), as a table, CSV and XLSX.

#include "io/measurements/families_import.h"
#include "storage/measurements/desa_families_repository.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::measurements {

struct TargetRow
{
    QString kecamatanCode;
    QString kecamatan;
    QString desaCode;
    QString desa;
    std::optional<int> families;
    std::optional<int> familiesAtRisk;
    int measured = 0;        ///< children measured (kept rows)
    int severelyStunted = 0; ///< valid length/height-for-age below -3 SD
    int stunted = 0;         ///< valid length/height-for-age -3 to below -2 SD
};

struct TargetData
{
    QString period;              ///< the weighing round, "2024-08"
    int familiesYear = 0;        ///< the year whose family figures are shown; 0 when none held
    std::vector<TargetRow> rows; ///< every desa/kelurahan of the workspace, by code
};

/// The round's target data; the families of the round's year, else of the latest earlier
/// year that holds any. nullopt when the workspace holds no such round.
std::optional<TargetData> targetData(storage::Database &db, const QString &period);

/// desa_code, kecamatan, desa, families, families_at_risk, children_measured,
/// severely_stunted, stunted, stunting_total, families_year.
QStringList targetColumns();
/// Writes the target data as XLSX (a path ending in .xlsx) or CSV; throws reports::ReportError.
void writeTargetData(const TargetData &data, const QString &path);

/// Stores typed families of a year (all or nothing); throws with the first problem
/// in the user's words (storage::StorageError, Kind::Invalid: at risk more than families, a
/// negative count, an unknown desa).
void setFamilies(storage::Database &db, int year, std::vector<storage::DesaFamilies> desa);

/// Reads a families file and, when every row is good and `dryRun` is false, stores its rows
/// as the year's figures (other desa of the year are kept) in one transaction.
io::measurements::FamiliesFile importFamilies(storage::Database &db, const QString &path, int year,
                                              bool dryRun);

} // namespace konvergensi::usecases::measurements
