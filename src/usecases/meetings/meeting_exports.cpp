// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/meetings/meeting_exports.h"

#include "reports/meetings/meeting_reports.h"
#include "usecases/meetings/file_writing.h"

#include <string>

namespace konvergensi::usecases::meetings {

namespace {

bool isCsv(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

/// Progress per row written, with a chance to cancel between rows.
reports::RowWritten reporter(const Progress &progress)
{
    return [&progress](std::size_t written, std::size_t total) {
        progress.report(static_cast<qint64>(written), static_cast<qint64>(total));
        progress.check();
    };
}

} // namespace

bool isExportPath(const QString &path)
{
    return isCsv(path) || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

int exportMeetings(storage::Database &db, const storage::MeetingFilter &filter, const QString &path,
                   Progress &progress)
{
    progress.check();
    const auto meetings = storage::MeetingRepository(db).list(filter);
    writeReplacing(path, progress, [&](const QString &part) {
        if (isCsv(path))
            reports::exportMeetingsCsv(part, meetings, reporter(progress));
        else
            reports::exportMeetingsXlsx(part, meetings, reporter(progress));
    });
    return static_cast<int>(meetings.size());
}

int exportFollowUps(storage::Database &db, storage::FollowUpFilter filter, const QString &path,
                    Progress &progress)
{
    progress.check();
    filter.ownerType = std::string(core::follow_up_owner::kMeetingDecision);
    const auto entries = storage::FollowUpRepository(db).list(filter);
    writeReplacing(path, progress, [&](const QString &part) {
        if (isCsv(path))
            reports::exportFollowUpsCsv(part, entries, reporter(progress));
        else
            reports::exportFollowUpsXlsx(part, entries, reporter(progress));
    });
    return static_cast<int>(entries.size());
}

} // namespace konvergensi::usecases::meetings
