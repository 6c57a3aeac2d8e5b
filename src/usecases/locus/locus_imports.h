// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/locus/locus_import.h"
#include "usecases/progress.h"

#include <QString>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::locus {

/// The two files the module imports (io/locus/locus_import.h says what each holds).
enum class LocusFile {
    List,       ///< a year's locus list
    Scorecards, ///< village convergence scorecards of a year
};

/// Reads the file and checks every row against the workspace without writing: what the
/// import would do (villages, what it replaces) or every bad row with its line.
io::LocusImportReport checkImport(storage::Database &db, LocusFile kind, int year,
                                  const QString &path, Progress &progress);
/// Imports the file, all or nothing, in one transaction: the year's list (or the scorecards
/// of the villages in the file) is replaced only when every row is good. A cancel (Progress)
/// before the end throws Cancelled and changes nothing. With `replaceExisting` false a year
/// that has a list by the time of writing is left alone (report.refusedExisting): a list
/// saved meanwhile by someone else is never replaced silently (issue #16).
io::LocusImportReport runImport(storage::Database &db, LocusFile kind, int year,
                                const QString &path, Progress &progress,
                                bool replaceExisting = true);

/// What went wrong, for a message box or the terminal: the file's problem, then each bad row
/// ("line 4: ..."), at most `maxRows` of them, then the names that match no village.
QString importProblemsText(const io::LocusImportReport &report, int maxRows = 25);

} // namespace konvergensi::usecases::locus
