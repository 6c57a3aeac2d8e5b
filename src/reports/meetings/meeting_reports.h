// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/report_document.h"

#include "core/format.h"
#include "core/meetings/meeting.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
struct FollowUpEntry;
struct MeetingSummary;
} // namespace konvergensi::storage

namespace konvergensi::reports {

// Translated names of the meeting module's values, shared by the screens, the reports, the
// exports and the CLI.
QString meetingKindName(core::MeetingKind kind);
QString meetingLevelName(core::MeetingLevel level);
QString attendanceStatusName(core::AttendanceStatus status);
QString followUpStatusName(core::FollowUpStatus status);
/// "09.00" (Indonesian) or "09:00" (English).
QString timeText(int minuteOfDay, core::Language language);
/// "09.00–12.30", "09.00", or empty.
QString timeRangeText(const std::optional<int> &start, const std::optional<int> &end,
                      core::Language language);
/// "Bupati Bengkalis, diwakili oleh Staf Ahli ..." (the chair and who represented them).
QString chairText(const core::Meeting &meeting);
/// "Hadir", "Diwakili oleh Andi Saputra", "Tidak hadir".
QString attendanceText(const core::Attendee &attendee);
/// "Aksi 3" for the key "3"; the key itself when it is not a number; empty when none.
QString actionLabel(const std::string &actionKey);

/// What the printed minutes need besides the meeting: the OPD names and the region.
struct MeetingPrintContext
{
    std::map<std::int64_t, QString> opdShortNames;
    QString regionName;
};

/// The minutes (notulen): letterhead, meeting facts, agenda, attendance table and counts per
/// OPD, summary and minutes, decisions with their follow-ups, and the secretary's signature
/// (the letterhead's signatory when the meeting names no secretary).
ReportDocument meetingMinutesReport(const core::Meeting &meeting,
                                    const MeetingPrintContext &context,
                                    const core::Letterhead &letterhead, core::Language language,
                                    const boost::gregorian::date &today);
/// The attendance sheet (daftar hadir) with a signature column and blank rows for walk-ins.
ReportDocument attendanceSheetReport(const core::Meeting &meeting,
                                     const MeetingPrintContext &context,
                                     const core::Letterhead &letterhead, core::Language language);
/// Follow-ups due in a period, grouped per responsible OPD, with counts per status and the
/// overdue ones marked.
ReportDocument followUpStatusReport(const std::vector<storage::FollowUpEntry> &entries,
                                    const boost::gregorian::date &from,
                                    const boost::gregorian::date &to,
                                    const core::Letterhead &letterhead, core::Language language,
                                    const boost::gregorian::date &signedOn);

// The same, read from a workspace (for the desktop and the CLI). Throw StorageError.
ReportDocument meetingMinutes(storage::Database &db, std::int64_t meetingId,
                              core::Language language);
ReportDocument attendanceSheet(storage::Database &db, std::int64_t meetingId,
                               core::Language language);
ReportDocument followUpStatus(storage::Database &db, const boost::gregorian::date &from,
                              const boost::gregorian::date &to,
                              std::optional<std::int64_t> responsibleOpdId,
                              core::Language language);

// Exports of the register and the follow-ups. Throw ReportError.
void exportMeetingsXlsx(const QString &path, const std::vector<storage::MeetingSummary> &meetings,
                        core::Language language);
void exportMeetingsCsv(const QString &path, const std::vector<storage::MeetingSummary> &meetings);
void exportFollowUpsXlsx(const QString &path, const std::vector<storage::FollowUpEntry> &entries,
                         core::Language language);
void exportFollowUpsCsv(const QString &path, const std::vector<storage::FollowUpEntry> &entries);

} // namespace konvergensi::reports
