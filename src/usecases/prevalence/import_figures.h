// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/prevalence/prevalence_import.h"

#include <QString>
#include <QStringList>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases {
class Progress;
}

namespace konvergensi::usecases::prevalence {

/// Importing figures from a CSV or XLSX file (io::PrevalenceImporter), in two steps the
/// window shows between: check() reads the file and says what an import would do (rows with
/// problems, figures that differ from the held ones, side by side); apply() imports it.
/// Both check progress between their steps; a cancelled apply() throws Cancelled and leaves
/// the workspace exactly as it was (the import runs inside one transaction that is only
/// committed once the work was not cancelled).
class FigureImport
{
public:
    static io::PrevalenceImportReport check(storage::Database &db, const QString &path,
                                            Progress &progress);
    static io::PrevalenceImportReport apply(storage::Database &db, const QString &path,
                                            io::ConflictPolicy policy, Progress &progress);

    /// The problems of a report as lines ("Line 3: ..."), at most `limit`, then "… and n
    /// more".
    static QStringList problemLines(const io::PrevalenceImportReport &report, int limit = 15);
};

} // namespace konvergensi::usecases::prevalence
