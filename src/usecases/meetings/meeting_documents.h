// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "reports/report_document.h"
#include "usecases/progress.h"

#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>

namespace konvergensi::storage {
class Database;
}

// The printed documents of the meeting register, read from the workspace: the minutes and
// the attendance sheet of a meeting, and the follow-up report. The window shows them in the
// print preview or writes them as PDF (through BackgroundTask); the CLI writes PDF.
namespace konvergensi::usecases::meetings {

/// The minutes (notulen) of a meeting. Throws storage::StorageError (NotFound for a number
/// that is no meeting).
reports::ReportDocument minutes(storage::Database &db, std::int64_t meetingId,
                                core::Language language);
/// The attendance sheet (daftar hadir) of a meeting.
reports::ReportDocument attendanceSheet(storage::Database &db, std::int64_t meetingId,
                                        core::Language language);

/// Which follow-ups of meeting decisions the follow-up report covers.
struct FollowUpReportRequest
{
    boost::gregorian::date from; ///< due on or after
    boost::gregorian::date to;   ///< due on or before
    std::optional<std::int64_t> responsibleOpdId;
};
/// The follow-ups of meeting decisions due in a period, per responsible OPD, with where each
/// stands today (overdue marked).
reports::ReportDocument followUpReport(storage::Database &db, const FollowUpReportRequest &request,
                                       core::Language language);
/// The whole current year (1 January to 31 December of the database's today).
FollowUpReportRequest currentYear(storage::Database &db);

/// Writes a document as PDF at `path`, reporting its steps; returns the pages written. A
/// cancelled run leaves no file (and a file that was at `path` as it was). Throws
/// reports::ReportError, usecases::Cancelled.
int writePdf(const reports::ReportDocument &document, const QString &path, Progress &progress);

/// A file name for a meeting's document: "notulen-2023-12-05-rakornis-tpps" (the kind of
/// document, the date and the title's words; no suffix).
QString documentFileName(const QString &kind, const boost::gregorian::date &date,
                         const QString &title);

} // namespace konvergensi::usecases::meetings
