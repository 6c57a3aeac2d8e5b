// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/locus/locus_imports.h"

#include "reports/locus/locus_words.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace konvergensi::usecases::locus {

namespace {

constexpr int kSteps = 3;

/// The rows that break a rule of core, worded (io keeps the rule typed: it cannot see reports).
io::LocusImportReport worded(io::LocusImportReport report)
{
    for (io::RowError &error : report.errors) {
        if (const auto *rule = std::get_if<core::LocusProblem>(&error.rule))
            error.reason = reports::locusProblemText(*rule);
    }
    return report;
}

io::LocusImportReport run(storage::Database &db, LocusFile kind, int year, const QString &path,
                          Progress &progress, bool apply, bool replaceExisting)
{
    if (year < 2000 || year > 2100) { // core's rule, in the module's words, before io is asked
        io::LocusImportReport refused;
        refused.fileError = kind == LocusFile::List
                                ? reports::locusProblemText(core::LocusProblem::YearOutOfRange)
                                : reports::scorecardProblemText(
                                    core::ScorecardProblem::YearOutOfRange);
        return refused;
    }
    progress.report(0, kSteps, QCoreApplication::translate("LocusImports", "Reading the file"));
    progress.check();
    const io::CsvTable table = io::LocusListImporter::readFile(path);
    progress.report(1, kSteps, QCoreApplication::translate("LocusImports", "Checking the rows"));
    progress.check();
    if (!apply) {
        return worded(kind == LocusFile::List ? io::LocusListImporter(db).check(year, table)
                                              : io::ScorecardImporter(db).check(year, table));
    }
    // The importer's own transaction joins this one: a cancel after it has written still
    // rolls everything back.
    storage::Transaction transaction(db);
    io::LocusImportReport report = kind == LocusFile::List
                                       ? io::LocusListImporter(db).import(year, table,
                                                                          replaceExisting)
                                       : io::ScorecardImporter(db).import(year, table);
    progress.report(2, kSteps, QCoreApplication::translate("LocusImports", "Saving"));
    progress.check();
    if (report.applied)
        transaction.commit();
    progress.report(kSteps, kSteps);
    return worded(std::move(report));
}

} // namespace

io::LocusImportReport checkImport(storage::Database &db, LocusFile kind, int year,
                                  const QString &path, Progress &progress)
{
    return run(db, kind, year, path, progress, false, true);
}

io::LocusImportReport runImport(storage::Database &db, LocusFile kind, int year,
                                const QString &path, Progress &progress, bool replaceExisting)
{
    return run(db, kind, year, path, progress, true, replaceExisting);
}

QString importProblemsText(const io::LocusImportReport &report, int maxRows)
{
    QStringList lines;
    if (!report.fileError.isEmpty())
        lines << report.fileError;
    // Rows beyond those the importer lists (io::withFirstErrors) are counted, not lost.
    lines << io::firstErrorLines(report.errors, report.moreErrors, maxRows);
    if (!report.unmatched.isEmpty())
        lines << QString()
              << QCoreApplication::translate("LocusImports",
                                             "Not matched to a village of the district:")
              << report.unmatched.join(QLatin1Char('\n'));
    return lines.join(QLatin1Char('\n'));
}

} // namespace konvergensi::usecases::locus
