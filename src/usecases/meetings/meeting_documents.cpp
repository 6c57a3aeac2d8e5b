// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/meetings/meeting_documents.h"

#include "qtsupport/text.h"
#include "reports/meetings/meeting_reports.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/workspace_repository.h"
#include "usecases/meetings/file_writing.h"

#include "core/clock.h"

#include <QCoreApplication>

namespace konvergensi::usecases::meetings {

namespace {

core::Meeting load(storage::Database &db, std::int64_t id)
{
    auto meeting = storage::MeetingRepository(db).find(id);
    if (!meeting)
        throw storage::StorageError(
            storage::StorageError::Kind::NotFound,
            QCoreApplication::translate("Meetings", "There is no meeting with the number %1.")
                .arg(id));
    return *meeting;
}

reports::MeetingPrintContext contextOf(storage::Database &db, const core::Meeting &meeting)
{
    reports::MeetingPrintContext context;
    for (const core::Opd &opd : storage::DirectoryRepository(db).opds())
        context.opdShortNames[opd.id] = qs(opd.shortName);
    if (const auto code = core::RegionCode::parse(meeting.regionCode)) {
        if (const auto region = storage::RegionRepository(db).find(*code))
            context.regionName = qs(core::displayName(*region));
    }
    return context;
}

} // namespace

reports::ReportDocument minutes(storage::Database &db, std::int64_t meetingId,
                                core::Language language)
{
    const core::Meeting meeting = load(db, meetingId);
    return reports::meetingMinutesReport(meeting, contextOf(db, meeting),
                                         storage::WorkspaceRepository(db).letterhead(), language);
}

reports::ReportDocument attendanceSheet(storage::Database &db, std::int64_t meetingId,
                                        core::Language language)
{
    const core::Meeting meeting = load(db, meetingId);
    return reports::attendanceSheetReport(meeting, contextOf(db, meeting),
                                          storage::WorkspaceRepository(db).letterhead(), language);
}

reports::ReportDocument followUpReport(storage::Database &db, const FollowUpReportRequest &request,
                                       core::Language language)
{
    storage::FollowUpFilter filter;
    filter.ownerType = std::string(core::follow_up_owner::kMeetingDecision);
    filter.dueFrom = request.from;
    filter.dueTo = request.to;
    filter.responsibleOpdId = request.responsibleOpdId;
    return reports::followUpStatusReport(storage::FollowUpRepository(db).list(filter), request.from,
                                         request.to, storage::WorkspaceRepository(db).letterhead(),
                                         language, db.clock().today());
}

FollowUpReportRequest currentYear(storage::Database &db)
{
    const auto year = static_cast<unsigned short>(db.clock().today().year());
    return {boost::gregorian::date(year, 1, 1), boost::gregorian::date(year, 12, 31), std::nullopt};
}

int writePdf(const reports::ReportDocument &document, const QString &path, Progress &progress)
{
    progress.report(0, 2);
    progress.check();
    int pages = 0;
    writeReplacing(path, progress, [&](const QString &partPath) {
        document.writePdf(partPath);
        progress.report(1, 2);
        pages = document.pageCount();
    });
    progress.report(2, 2);
    return pages;
}

QString documentFileName(const QString &kind, const boost::gregorian::date &date,
                         const QString &title)
{
    QString words;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            words += c;
        else if (!words.isEmpty() && !words.endsWith(QLatin1Char('-')))
            words += QLatin1Char('-');
    }
    words = words.left(60);
    while (words.endsWith(QLatin1Char('-')))
        words.chop(1);
    QStringList parts{kind};
    if (!date.is_special())
        parts << qs(core::toIsoDate(date));
    if (!words.isEmpty())
        parts << words;
    return parts.join(QLatin1Char('-'));
}

} // namespace konvergensi::usecases::meetings
