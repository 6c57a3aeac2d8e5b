// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/meetings/meeting_words.h"
#include "reports/report_document.h"

#include "core/format.h"
#include "core/meetings/meeting.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace konvergensi::storage {
struct FollowUpEntry;
struct MeetingSummary;
} // namespace konvergensi::storage

// The documents of the meeting module (Rapat TPPS), built from what was read: the minutes,
// the attendance sheet, the follow-up report, and the exports of the register and of the
// follow-ups. Reading the workspace and writing files is the use cases' work
// (usecases/meetings); the words are in meeting_words.h and followups/follow_up_words.h.
namespace konvergensi::reports {

/// What the printed minutes need besides the meeting: the OPD names and the region.
struct MeetingPrintContext
{
    std::map<std::int64_t, QString> opdShortNames;
    QString regionName;
};

/// The minutes (notulen): letterhead, meeting facts, agenda, attendance table and counts per
/// OPD, summary and minutes, decisions with their follow-ups as agreed at the meeting (what,
/// the responsible OPD, the due date; never where they stand today), and the secretary's
/// signature (the letterhead's signatory when the meeting names no secretary).
ReportDocument meetingMinutesReport(const core::Meeting &meeting,
                                    const MeetingPrintContext &context,
                                    const core::Letterhead &letterhead, core::Language language);
/// The attendance sheet (daftar hadir) with a signature column and blank rows for walk-ins.
ReportDocument attendanceSheetReport(const core::Meeting &meeting,
                                     const MeetingPrintContext &context,
                                     const core::Letterhead &letterhead, core::Language language);
/// Follow-ups due in a period, grouped per responsible OPD, with counts per status and the
/// overdue ones (as of the day the entries were read) marked.
ReportDocument followUpStatusReport(const std::vector<storage::FollowUpEntry> &entries,
                                    const boost::gregorian::date &from,
                                    const boost::gregorian::date &to,
                                    const core::Letterhead &letterhead, core::Language language,
                                    const boost::gregorian::date &signedOn);

/// Called after each row an export wrote (rows written, rows in all); may throw to stop.
using RowWritten = std::function<void(std::size_t written, std::size_t total)>;

// Exports of the register and the follow-ups. Throw ReportError.
void exportMeetingsXlsx(const QString &path, const std::vector<storage::MeetingSummary> &meetings,
                        const RowWritten &rowWritten = {});
void exportMeetingsCsv(const QString &path, const std::vector<storage::MeetingSummary> &meetings,
                       const RowWritten &rowWritten = {});
void exportFollowUpsXlsx(const QString &path, const std::vector<storage::FollowUpEntry> &entries,
                         const RowWritten &rowWritten = {});
void exportFollowUpsCsv(const QString &path, const std::vector<storage::FollowUpEntry> &entries,
                        const RowWritten &rowWritten = {});

} // namespace konvergensi::reports
