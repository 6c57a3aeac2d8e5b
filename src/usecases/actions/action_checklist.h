// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/actions.h"
#include "reports/actions/action_report.h"
#include "storage/audit_log.h"
#include "usecases/progress.h"

#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace konvergensi::storage {
class Database;
}

// The yearly checklist of convergence actions (8 Aksi Konvergensi): every unit of work the
// page and the CLI start. QtCore only; the page only shows and asks.
namespace konvergensi::usecases::actions {

/// A rule of core refused the record (an output without a name, a due period that ends
/// before it starts, ...). message() is the translated reason.
class ChecklistError : public std::runtime_error
{
public:
    explicit ChecklistError(core::ActionProblem problem);
    core::ActionProblem problem() const { return m_problem; }
    QString message() const;

private:
    core::ActionProblem m_problem;
};

// Words (one place for the page, the report and the CLI).
/// The plain-words reason of a problem, translated.
QString problemText(core::ActionProblem problem);
/// One line of an action's history: "2024-03-12 09:30  admin  Output “Perbup” changed:
/// not started → done".
QString historyLine(const storage::AuditLog::Entry &entry);

/// The years that have a checklist, in order.
std::vector<int> checklistYears(storage::Database &db);
/// The year's actions with their outputs (empty for a year without a checklist or year 0).
std::vector<core::Action> checklist(storage::Database &db, int year);

/// What starting `year` copies: "the catalogue of 2023", or nullopt for the national one.
std::optional<int> copySourceFor(storage::Database &db, int year);
/// Starts the year's checklist (copying the previous year's catalogue or the built-in one).
std::vector<core::Action> startYear(storage::Database &db, int year);

/// Checks an output by core's rules and adds it (id 0) or stores it; throws ChecklistError
/// or storage::StorageError (a stale row version: Conflict).
core::ActionOutput saveOutput(storage::Database &db, const core::ActionOutput &output);
/// Removes an output with its evidence documents.
void removeOutput(storage::Database &db, std::int64_t outputId);
/// Checks an action's catalogue entry (name, purpose, lead OPD, due period, notes) and stores
/// it; its outputs are not touched.
core::Action saveAction(storage::Database &db, const core::Action &action);

/// The DocumentStore kind of an evidence file.
QString evidenceKind();

/// Reads the year's checklist for the report. Throws storage::StorageError, or
/// usecases::Cancelled when the user cancelled (each function below checks between steps).
reports::ActionReportData loadReport(storage::Database &db, int year, Progress &progress);
/// The same, without progress (the CLI, tests).
reports::ActionReportData loadReport(storage::Database &db, int year);
/// The action-progress report of the year, ready to preview or print.
reports::ReportDocument buildReport(storage::Database &db, int year, core::Language language,
                                    reports::Paper paper, Progress &progress);
/// Writes the report as PDF; returns its page count. Throws reports::ReportError.
int writeReportPdf(storage::Database &db, int year, core::Language language, reports::Paper paper,
                   const QString &path, Progress &progress);
/// Writes the checklist as an .xlsx workbook. Throws reports::ReportError.
void exportChecklistXlsx(storage::Database &db, int year, core::Language language,
                         const QString &path, Progress &progress);

/// "convergence-actions-2023" (translated), the name suggested for files of a year.
QString fileBaseName(int year);

} // namespace konvergensi::usecases::actions
