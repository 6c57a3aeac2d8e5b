// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/meetings/meetings_commands.h"

#include "cli/cli_app.h"
#include "cli/cli_commands.h"
#include "cli/logging.h"

#include "core/clock.h"
#include "core/meetings/meeting.h"
#include "i18n/language.h"
#include "io/csv_reader.h"
#include "reports/meetings/meeting_reports.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/meetings/meeting_repository.h"

#include <QCoreApplication>

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace konvergensi::cli {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString iso(const std::optional<boost::gregorian::date> &date)
{
    return date && !date->is_special() ? q(core::toIsoDate(*date)) : QString();
}

/// One line in a table: line breaks and tabs become spaces.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    return text;
}

int listMeetings(CliContext &context, const CommandLine &line)
{
    storage::MeetingFilter filter;
    filter.year = line.intValue(QStringLiteral("--year"));
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    const auto meetings = storage::MeetingRepository(*db).list(filter);
    QTextStream &out = context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("kind"),
                            QStringLiteral("level"), QStringLiteral("region_code"),
                            QStringLiteral("title"), QStringLiteral("venue"),
                            QStringLiteral("chair"), QStringLiteral("serves_action"),
                            QStringLiteral("decisions"), QStringLiteral("follow_ups"),
                            QStringLiteral("pending"), QStringLiteral("overdue")})
            << '\n';
        for (const auto &m : meetings) {
            out << io::csvLine({QString::number(m.id), iso(m.date), q(core::toString(m.kind)),
                                q(core::toString(m.level)), q(m.regionCode), q(m.title), q(m.venue),
                                q(m.chair), q(m.servesAction), QString::number(m.decisionCount),
                                QString::number(m.followUpCount),
                                QString::number(m.pendingFollowUps),
                                QString::number(m.overdueFollowUps)})
                << '\n';
        }
        return ExitSuccess;
    }
    out << QCoreApplication::translate("Cli", "ID").leftJustified(6)
        << QCoreApplication::translate("Cli", "Date").leftJustified(12)
        << QCoreApplication::translate("Cli", "Kind").leftJustified(19)
        << QCoreApplication::translate("Cli", "Overdue").leftJustified(9)
        << QCoreApplication::translate("Cli", "Title") << '\n';
    for (const auto &m : meetings) {
        out << QString::number(m.id).leftJustified(6) << iso(m.date).leftJustified(12)
            << q(core::toString(m.kind)).leftJustified(19)
            << QString::number(m.overdueFollowUps).leftJustified(9) << oneLine(q(m.title)) << '\n';
    }
    out << QCoreApplication::translate("Cli", "Meetings: %1").arg(meetings.size()) << '\n';
    return ExitSuccess;
}

int listFollowUps(CliContext &context, const CommandLine &line)
{
    storage::FollowUpFilter filter;
    filter.overdueOnly = line.flag(QStringLiteral("--overdue"));
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    const auto entries = storage::FollowUpRepository(*db).list(filter);
    QTextStream &out = context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine({QStringLiteral("id"), QStringLiteral("meeting_id"),
                            QStringLiteral("meeting_date"), QStringLiteral("due_date"),
                            QStringLiteral("status"), QStringLiteral("responsible"),
                            QStringLiteral("person"), QStringLiteral("action"),
                            QStringLiteral("done_date"), QStringLiteral("days_overdue")})
            << '\n';
        for (const auto &e : entries) {
            out << io::csvLine(
                {QString::number(e.followUp.id),
                 e.meetingId ? QString::number(e.meetingId) : QString(), iso(e.meetingDate),
                 iso(e.followUp.dueDate), q(core::toString(e.followUp.status)),
                 q(e.responsibleLabel()), q(e.followUp.responsiblePerson), q(e.followUp.action),
                 iso(e.followUp.doneDate), e.overdue ? QString::number(e.daysOverdue) : QString()})
                << '\n';
        }
        return ExitSuccess;
    }
    // The responsible column is as wide as its longest entry, so names never run together.
    qsizetype responsibleWidth = QCoreApplication::translate("Cli", "Responsible").size();
    for (const auto &e : entries)
        responsibleWidth = std::max(responsibleWidth, oneLine(q(e.responsibleLabel())).size());
    responsibleWidth += 2;
    out << QCoreApplication::translate("Cli", "ID").leftJustified(6)
        << QCoreApplication::translate("Cli", "Due").leftJustified(12)
        << QCoreApplication::translate("Cli", "Status").leftJustified(13)
        << QCoreApplication::translate("Cli", "Responsible").leftJustified(responsibleWidth)
        << QCoreApplication::translate("Cli", "Follow-up") << '\n';
    for (const auto &e : entries) {
        QString status = q(core::toString(e.followUp.status));
        if (e.overdue)
            status = QCoreApplication::translate("Cli", "OVERDUE");
        out << QString::number(e.followUp.id).leftJustified(6)
            << iso(e.followUp.dueDate).leftJustified(12) << status.leftJustified(13)
            << oneLine(q(e.responsibleLabel())).leftJustified(responsibleWidth)
            << oneLine(q(e.followUp.action)) << '\n';
    }
    int overdue = 0;
    for (const auto &e : entries)
        overdue += e.overdue ? 1 : 0;
    out << QCoreApplication::translate("Cli", "Follow-ups: %1, overdue: %2")
               .arg(entries.size())
               .arg(overdue)
        << '\n';
    return ExitSuccess;
}

int printMeeting(CliContext &context, const CommandLine &line)
{
    bool ok = false;
    const qlonglong id = line.positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        usageError(QCoreApplication::translate("Cli", "\"%1\" is not a meeting number.")
                       .arg(line.positional.first()));
    const auto pdf = line.value(QStringLiteral("--pdf"));
    if (!pdf || pdf->isEmpty())
        usageError(QCoreApplication::translate("Cli", "name the PDF file with --pdf FILE."));
    const auto db = openExistingWorkspace(context);
    const core::Language language = i18n::LanguageSetup::current();
    const reports::ReportDocument document = line.flag(QStringLiteral("--attendance"))
                                                 ? reports::attendanceSheet(*db, id, language)
                                                 : reports::meetingMinutes(*db, id, language);
    try {
        document.writePdf(*pdf);
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1 (%2 pages).")
                       .arg(QDir::toNativeSeparators(*pdf))
                       .arg(document.pageCount())
                << '\n';
    qCInfo(lcCli) << "meetings print" << id;
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> meetings::commands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("meetings"), QStringLiteral("list")},
         {QStringLiteral("--year"), QStringLiteral("--format")},
         {},
         0,
         0,
         QStringLiteral("meetings list [--year Y] [--format table|csv]"),
         QCoreApplication::translate("Cli", "List the TPPS meetings, newest first: number, "
                                            "date, kind, overdue follow-ups and title."),
         &listMeetings});
    specs.push_back(
        {{QStringLiteral("meetings"), QStringLiteral("print")},
         {QStringLiteral("--pdf")},
         {QStringLiteral("--attendance")},
         1,
         1,
         QStringLiteral("meetings print ID --pdf FILE [--attendance]"),
         QCoreApplication::translate("Cli", "Write the minutes of meeting ID (or with "
                                            "--attendance its attendance sheet) as a PDF."),
         &printMeeting});
    specs.push_back(
        {{QStringLiteral("followups"), QStringLiteral("list")},
         {QStringLiteral("--format")},
         {QStringLiteral("--overdue")},
         0,
         0,
         QStringLiteral("followups list [--overdue] [--format table|csv]"),
         QCoreApplication::translate("Cli", "List the follow-ups of every meeting by due "
                                            "date; --overdue only those past due and not "
                                            "done."),
         &listFollowUps});
    return specs;
}

} // namespace konvergensi::cli
