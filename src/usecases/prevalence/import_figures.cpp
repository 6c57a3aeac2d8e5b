// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/prevalence/import_figures.h"

#include "reports/prevalence/prevalence_words.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "usecases/progress.h"

#include <QCoreApplication>

#include <algorithm>

namespace konvergensi::usecases::prevalence {

namespace {

/// The rows that break a rule of core, worded (io keeps the rule typed: it cannot see reports).
io::PrevalenceImportReport worded(io::PrevalenceImportReport report)
{
    for (io::RowError &error : report.errors) {
        if (const auto *rule = std::get_if<core::PrevalenceProblem>(&error.rule))
            error.reason = reports::prevalence::prevalenceProblemText(*rule);
    }
    return report;
}

} // namespace

io::PrevalenceImportReport FigureImport::check(storage::Database &db, const QString &path,
                                               Progress &progress)
{
    progress.report(0, 1, QCoreApplication::translate("FigureImport", "Checking the file"));
    progress.check();
    auto report = io::PrevalenceImporter(db).checkFile(path);
    progress.report(1, 1);
    progress.check();
    return worded(std::move(report));
}

io::PrevalenceImportReport FigureImport::apply(storage::Database &db, const QString &path,
                                               io::ConflictPolicy policy, Progress &progress)
{
    progress.report(0, 2, QCoreApplication::translate("FigureImport", "Importing the figures"));
    progress.check();
    // The importer's own transaction becomes a savepoint of this one: nothing is kept unless
    // the work was not cancelled once the figures were written.
    storage::Transaction transaction(db);
    auto report = io::PrevalenceImporter(db).importFile(path, policy);
    progress.report(1, 2, QCoreApplication::translate("FigureImport", "Saving"));
    progress.check();
    transaction.commit();
    progress.report(2, 2);
    return worded(std::move(report));
}

QStringList FigureImport::problemLines(const io::PrevalenceImportReport &report, int limit)
{
    QStringList lines;
    if (!report.fileError.isEmpty())
        lines << report.fileError;
    // Rows beyond those the importer lists (io::withFirstErrors) are counted too.
    lines << io::firstErrorLines(report.errors, report.moreErrors, limit);
    return lines;
}

} // namespace konvergensi::usecases::prevalence
