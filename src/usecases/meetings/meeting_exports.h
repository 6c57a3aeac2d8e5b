// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "usecases/progress.h"

#include <QString>

namespace konvergensi::storage {
class Database;
}

// Exports of the meeting register and of the follow-ups of meeting decisions as a workbook
// (.xlsx) or CSV (.csv): the format follows the file's suffix. Used by the Rapat TPPS page
// (through BackgroundTask) and by `konvergensi-cli meetings export` / `followups export`.
namespace konvergensi::usecases::meetings {

/// True for a path the exports can write (ends in .xlsx or .csv, any case).
bool isExportPath(const QString &path);

/// Writes the meetings `filter` selects (newest first, as the register lists them); returns
/// how many. A cancelled export leaves no file (a file that was at `path` stays as it was).
/// Throws reports::ReportError, storage::StorageError, usecases::Cancelled.
int exportMeetings(storage::Database &db, const storage::MeetingFilter &filter, const QString &path,
                   Progress &progress);

/// Writes the follow-ups of meeting decisions `filter` selects (by due date); returns how
/// many. Same rules as exportMeetings().
int exportFollowUps(storage::Database &db, storage::FollowUpFilter filter, const QString &path,
                    Progress &progress);

} // namespace konvergensi::usecases::meetings
