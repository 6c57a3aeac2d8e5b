// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csv_reader.h"

#ifndef Q_MOC_RUN
#include "core/prevalence/prevalence.h"
#endif

#include <QString>

#include <functional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

/// A figure of the file that differs from the one held for the same area, period, source and
/// indicator: shown side by side before anything is replaced.
struct PrevalenceConflict
{
    int line = 0;
    core::PrevalenceObservation held;
    core::PrevalenceObservation incoming;
};

struct PrevalenceImportReport
{
    int rowsRead = 0;
    int added = 0;     ///< figures new to the workspace
    int updated = 0;   ///< figures replaced (only with ConflictPolicy::Replace)
    int unchanged = 0; ///< figures already held exactly so
    bool applied = false;
    QString fileError;
    std::vector<RowError> errors;
    int moreErrors = 0; ///< bad rows beyond those listed
    std::vector<PrevalenceConflict> conflicts;

    bool ok() const { return fileError.isEmpty() && errors.empty(); }
};

/// What to do with figures that differ from the held ones.
enum class ConflictPolicy {
    Refuse,  ///< import nothing while there are conflicts; the report lists them
    Replace, ///< replace the held figures (after the user saw them side by side)
};

/// Imports prevalence figures from a CSV or XLSX table (see readTableFile). Columns (English or
/// Indonesian header words): area/kode_wilayah (a region code, "nasional", or a puskesmas code),
/// year/tahun, round/putaran (februari, agustus, survei; survei when empty), source/sumber,
/// indicator/indikator (stunting when empty), measured/diukur, cases/kasus, rate/prevalensi,
/// eligible/sasaran, note/catatan. Every row is checked; nothing is written unless every row is
/// good (and, with ConflictPolicy::Refuse, no figure conflicts with a held one).
class PrevalenceImporter
{
public:
    explicit PrevalenceImporter(storage::Database &db);

    PrevalenceImportReport check(const CsvTable &table) const;
    PrevalenceImportReport import(const CsvTable &table, ConflictPolicy policy);

    PrevalenceImportReport checkFile(const QString &path) const;
    PrevalenceImportReport importFile(const QString &path, ConflictPolicy policy);

private:
    PrevalenceImportReport run(const CsvTable &table, bool apply, ConflictPolicy policy) const;

    storage::Database &m_db;
};

/// Test seam for the lost-update tests: called by every import (prevalence, locus list) after
/// the file is read and checked and just before its write transaction begins; an empty
/// function turns it off. Tests run a second import there, as a second user would.
void setImportBeforeWriteHookForTesting(std::function<void()> hook);
/// The hook set above (empty when none).
std::function<void()> &beforeWriteHook();

} // namespace konvergensi::io
