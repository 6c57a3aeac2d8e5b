// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/meetings/meetings_commands.h"

#include "cli/cli_app.h"
#include "cli/cli_commands.h"
#include "cli/logging.h"

#include "core/clock.h"
#include "core/dates.h"
#include "core/meetings/meeting.h"
#include "i18n/language.h"
#include "io/csv_reader.h"
#include "qtsupport/dates.h"
#include "qtsupport/text.h"
#include "storage/database.h"
#include "storage/meetings/meeting_repository.h"
#include "usecases/followups/follow_up_registers.h"
#include "usecases/followups/follow_up_work.h"
#include "usecases/meetings/meeting_documents.h"
#include "usecases/meetings/meeting_exports.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <map>

namespace konvergensi::cli {

namespace {

namespace followups = usecases::followups;

/// One line in a table: line breaks and tabs become spaces.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    return text;
}

QString registerText(const core::FollowUp &followUp)
{
    const auto reg = followups::registerOf(followUp);
    return reg ? followups::registerName(*reg) : qs(followUp.ownerType);
}

std::optional<followups::Register> registerOption(const CommandLine &line)
{
    const auto key = line.value(QStringLiteral("--register"));
    if (!key)
        return std::nullopt;
    const auto reg = followups::registerFromKey(*key);
    if (!reg)
        usageError(QCoreApplication::translate("Cli", "unknown register \"%1\": use meetings or "
                                                      "case-audit.")
                       .arg(*key));
    return reg;
}

std::optional<boost::gregorian::date> dateOption(const CommandLine &line, const QString &option)
{
    const auto text = line.value(option);
    if (!text)
        return std::nullopt;
    const auto date = core::parseTypedDate(ss(*text));
    if (!date)
        usageError(QCoreApplication::translate("Cli", "the option %1 needs a date such as "
                                                      "2024-12-31, not \"%2\".")
                       .arg(option, *text));
    return date;
}

QString exportPath(const CommandLine &line)
{
    const QString path = line.positional.first();
    if (!usecases::meetings::isExportPath(path))
        usageError(QCoreApplication::translate("Cli", "name a file ending in .xlsx or .csv, not "
                                                      "\"%1\".")
                       .arg(path));
    return path;
}

void writeDocument(CliContext &context, const reports::ReportDocument &document,
                   const QString &path)
{
    writePdfFile(context, path, [&](usecases::Progress &progress) {
        return usecases::meetings::writePdf(document, path, progress);
    });
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
            out << io::csvLine({QString::number(m.id), isoText(m.date), qs(core::toString(m.kind)),
                                qs(core::toString(m.level)), qs(m.regionCode), qs(m.title),
                                qs(m.venue), qs(m.chair), qs(m.servesAction),
                                QString::number(m.decisionCount), QString::number(m.followUpCount),
                                QString::number(m.pendingFollowUps),
                                QString::number(m.overdueFollowUps)})
                << '\n';
        }
        return ExitSuccess;
    }
    // A column is at least as wide as its heading and a space ("Terlambat" is 9 letters).
    const QString overdueHeader = QCoreApplication::translate("Cli", "Overdue");
    const auto overdueWidth = std::max<qsizetype>(9, overdueHeader.size() + 1);
    out << QCoreApplication::translate("Cli", "ID").leftJustified(6)
        << QCoreApplication::translate("Cli", "Date").leftJustified(12)
        << QCoreApplication::translate("Cli", "Kind").leftJustified(19)
        << overdueHeader.leftJustified(overdueWidth) << QCoreApplication::translate("Cli", "Title")
        << '\n';
    for (const auto &m : meetings) {
        out << QString::number(m.id).leftJustified(6) << isoText(m.date).leftJustified(12)
            << qs(core::toString(m.kind)).leftJustified(19)
            << QString::number(m.overdueFollowUps).leftJustified(overdueWidth)
            << oneLine(qs(m.title)) << '\n';
    }
    out << QCoreApplication::translate("Cli", "Meetings: %1").arg(meetings.size()) << '\n';
    return ExitSuccess;
}

int listFollowUps(CliContext &context, const CommandLine &line)
{
    storage::FollowUpFilter filter;
    filter.overdueOnly = line.flag(QStringLiteral("--overdue"));
    const auto reg = registerOption(line);
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    const auto entries = followups::list(*db, reg, filter);
    QTextStream &out = context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine(
            {QStringLiteral("id"), QStringLiteral("register"), QStringLiteral("meeting_id"),
             QStringLiteral("meeting_date"), QStringLiteral("due_date"), QStringLiteral("status"),
             QStringLiteral("responsible"), QStringLiteral("person"), QStringLiteral("action"),
             QStringLiteral("done_date"), QStringLiteral("days_overdue")})
            << '\n';
        for (const auto &e : entries) {
            out << io::csvLine({QString::number(e.followUp.id), registerText(e.followUp),
                                e.meetingId ? QString::number(e.meetingId) : QString(),
                                isoText(e.meetingDate), isoText(e.followUp.dueDate),
                                qs(core::toString(e.followUp.status)), qs(e.responsibleLabel()),
                                qs(e.followUp.responsiblePerson), qs(e.followUp.action),
                                isoText(e.followUp.doneDate),
                                e.overdue ? QString::number(e.daysOverdue) : QString()})
                << '\n';
        }
        return ExitSuccess;
    }
    // The register and responsible columns are as wide as their longest entry, so words
    // never run together.
    const auto widthOf = [&](const QString &header, auto text) {
        qsizetype width = header.size();
        for (const auto &e : entries)
            width = std::max(width, oneLine(text(e)).size());
        return width + 2;
    };
    const QString registerHeader = QCoreApplication::translate("Cli", "Register");
    const QString responsibleHeader = QCoreApplication::translate("Cli", "Responsible");
    const qsizetype registerWidth = widthOf(
        registerHeader, [](const storage::FollowUpEntry &e) { return registerText(e.followUp); });
    const qsizetype responsibleWidth = widthOf(
        responsibleHeader,
        [](const storage::FollowUpEntry &e) { return qs(e.responsibleLabel()); });
    out << QCoreApplication::translate("Cli", "ID").leftJustified(6)
        << registerHeader.leftJustified(registerWidth)
        << QCoreApplication::translate("Cli", "Due").leftJustified(12)
        << QCoreApplication::translate("Cli", "Status").leftJustified(13)
        << responsibleHeader.leftJustified(responsibleWidth)
        << QCoreApplication::translate("Cli", "Follow-up") << '\n';
    std::map<QString, int> overduePerRegister;
    int overdue = 0;
    for (const auto &e : entries) {
        QString status = qs(core::toString(e.followUp.status));
        if (e.overdue) {
            status = QCoreApplication::translate("Cli", "OVERDUE");
            ++overdue;
            ++overduePerRegister[registerText(e.followUp)];
        }
        out << QString::number(e.followUp.id).leftJustified(6)
            << registerText(e.followUp).leftJustified(registerWidth)
            << isoText(e.followUp.dueDate).leftJustified(12) << status.leftJustified(13)
            << oneLine(qs(e.responsibleLabel())).leftJustified(responsibleWidth)
            << oneLine(qs(e.followUp.action)) << '\n';
    }
    QStringList perRegister;
    for (const auto &[name, count] : overduePerRegister)
        perRegister << QStringLiteral("%1: %2").arg(name).arg(count);
    out << QCoreApplication::translate("Cli", "Follow-ups: %1, overdue: %2")
               .arg(entries.size())
               .arg(overdue);
    if (perRegister.size() > 1)
        out << QStringLiteral(" (") << perRegister.join(QStringLiteral(", ")) << u')';
    out << '\n';
    return ExitSuccess;
}

int printMeeting(CliContext &context, const CommandLine &line)
{
    bool ok = false;
    const qlonglong id = line.positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        usageError(QCoreApplication::translate("Cli", "\"%1\" is not a meeting number.")
                       .arg(line.positional.first()));
    const QString pdf = requiredPdfPath(line);
    const auto db = openExistingWorkspace(context);
    const core::Language language = i18n::LanguageSetup::current();
    writeDocument(context,
                  line.flag(QStringLiteral("--attendance"))
                      ? usecases::meetings::attendanceSheet(*db, id, language)
                      : usecases::meetings::minutes(*db, id, language),
                  pdf);
    qCInfo(lcCli) << "meetings print" << id;
    return ExitSuccess;
}

int printFollowUpReport(CliContext &context, const CommandLine &line)
{
    const QString pdf = requiredPdfPath(line);
    const auto from = dateOption(line, QStringLiteral("--from"));
    const auto to = dateOption(line, QStringLiteral("--to"));
    const auto db = openExistingWorkspace(context);
    auto request = usecases::meetings::currentYear(*db);
    request.from = from.value_or(request.from);
    request.to = to.value_or(request.to);
    if (request.to < request.from)
        usageError(QCoreApplication::translate("Cli", "--to lies before --from."));
    writeDocument(context,
                  usecases::meetings::followUpReport(*db, request, i18n::LanguageSetup::current()),
                  pdf);
    return ExitSuccess;
}

/// Runs an export of the register to `path` and says how many rows it wrote; a
/// reports::ReportError becomes a CliError (exit 1).
int runExport(CliContext &context, const QString &path, const char *message,
              const std::function<int(usecases::Progress &)> &write)
{
    usecases::Progress progress;
    try {
        const int count = write(progress);
        context.out << QCoreApplication::translate("Cli", message)
                           .arg(count)
                           .arg(QDir::toNativeSeparators(path))
                    << '\n';
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    return ExitSuccess;
}

int exportMeetings(CliContext &context, const CommandLine &line)
{
    const QString path = exportPath(line);
    storage::MeetingFilter filter;
    filter.year = line.intValue(QStringLiteral("--year"));
    const auto db = openExistingWorkspace(context);
    return runExport(context, path, QT_TRANSLATE_NOOP("Cli", "Exported %1 meetings to %2."),
                     [&](usecases::Progress &progress) {
                         return usecases::meetings::exportMeetings(*db, filter, path, progress);
                     });
}

int exportFollowUps(CliContext &context, const CommandLine &line)
{
    const QString path = exportPath(line);
    storage::FollowUpFilter filter;
    filter.overdueOnly = line.flag(QStringLiteral("--overdue"));
    const auto db = openExistingWorkspace(context);
    return runExport(context, path, QT_TRANSLATE_NOOP("Cli", "Exported %1 follow-ups to %2."),
                     [&](usecases::Progress &progress) {
                         return usecases::meetings::exportFollowUps(*db, filter, path, progress);
                     });
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
        {{QStringLiteral("meetings"), QStringLiteral("export")},
         {QStringLiteral("--year")},
         {},
         1,
         1,
         QStringLiteral("meetings export FILE.xlsx|FILE.csv [--year Y]"),
         QCoreApplication::translate("Cli", "Export the meeting register (of one year with "
                                            "--year) as a workbook or CSV."),
         &exportMeetings});
    specs.push_back(
        {{QStringLiteral("meetings"), QStringLiteral("export-followups")},
         {},
         {QStringLiteral("--overdue")},
         1,
         1,
         QStringLiteral("meetings export-followups FILE.xlsx|FILE.csv [--overdue]"),
         QCoreApplication::translate("Cli", "Export the follow-ups of the meetings' decisions "
                                            "(with --overdue only those past due) as a "
                                            "workbook or CSV."),
         &exportFollowUps});
    specs.push_back(
        {{QStringLiteral("meetings"), QStringLiteral("followup-report")},
         {QStringLiteral("--pdf"), QStringLiteral("--from"), QStringLiteral("--to")},
         {},
         0,
         0,
         QStringLiteral("meetings followup-report --pdf FILE [--from DATE] [--to DATE]"),
         QCoreApplication::translate("Cli", "Write the follow-up report (follow-ups of the "
                                            "meetings due in the period, this year when not "
                                            "given, per responsible OPD) as a PDF."),
         &printFollowUpReport});
    specs.push_back(
        {{QStringLiteral("followups"), QStringLiteral("list")},
         {QStringLiteral("--format"), QStringLiteral("--register")},
         {QStringLiteral("--overdue")},
         0,
         0,
         QStringLiteral("followups list [--overdue] [--register meetings|case-audit] "
                        "[--format table|csv]"),
         QCoreApplication::translate("Cli", "List the follow-ups of both registers (TPPS "
                                            "meetings and stunting case audit) by due date, "
                                            "each with its register; --register only one; "
                                            "--overdue only those past due and not done, "
                                            "counted as the window's sidebar counts them."),
         &listFollowUps});
    return specs;
}

} // namespace konvergensi::cli
