// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/case_audit/case_audit_commands.h"

#include "cli/cli_app.h"
#include "cli/cli_commands.h"
#include "cli/logging.h"

#include "core/case_audit/case_audit.h"
#include "core/clock.h"
#include "i18n/language.h"
#include "io/csv_reader.h"
#include "qtsupport/text.h"
#include "reports/report_document.h"
#include "storage/case_audit/case_audit_repository.h"
#include "storage/database.h"
#include "usecases/case_audit/case_audit_cases.h"
#include "usecases/case_audit/case_audit_documents.h"
#include "usecases/case_audit/case_audit_rounds.h"
#include "usecases/progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace konvergensi::cli {

namespace {

namespace cases = usecases::case_audit;

QString q(std::string_view text)
{
    return qs(text);
}

std::int64_t roundArgument(const CommandLine &line)
{
    bool ok = false;
    const qlonglong id = line.positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        usageError(QCoreApplication::translate("Cli", "\"%1\" is not an audit round number.")
                       .arg(line.positional.first()));
    return id;
}

void requireRound(storage::Database &db, std::int64_t id)
{
    if (!storage::CaseAuditRepository(db).findRound(id))
        throw CliError(QCoreApplication::translate("Cli", "there is no audit round %1.").arg(id),
                       ExitFailure);
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    return text;
}

int listRounds(CliContext &context, const CommandLine &line)
{
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    const auto rounds = cases::listRounds(*db);
    QTextStream &out = context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine(
            {QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("semester"),
             QStringLiteral("title"), QStringLiteral("cases"), QStringLiteral("follow_ups"),
             QStringLiteral("follow_ups_done"), QStringLiteral("dissemination_meeting_id"),
             QStringLiteral("dissemination_date")})
            << '\n';
    }
    for (const auto &r : rounds) {
        const QString meetingDate = r.meetingDate ? q(core::toIsoDate(*r.meetingDate)) : QString();
        if (format == ListFormat::Csv) {
            out << io::csvLine(
                {QString::number(r.id), QString::number(r.year), QString::number(r.semester),
                 q(r.title), QString::number(r.cases), QString::number(r.followUps),
                 QString::number(r.followUpsDone),
                 r.disseminationMeetingId ? QString::number(*r.disseminationMeetingId) : QString(),
                 meetingDate})
                << '\n';
            continue;
        }
        // One line per round, its id first.
        out << QString::number(r.id) << '\t' << q(core::roundLabel(r.year, r.semester)) << '\t'
            << QCoreApplication::translate("Cli", "%1 cases").arg(r.cases) << '\t'
            << QCoreApplication::translate("Cli", "follow-ups done %1/%2")
                   .arg(r.followUpsDone)
                   .arg(r.followUps)
            << '\t'
            << (meetingDate.isEmpty()
                    ? QCoreApplication::translate("Cli", "not disseminated")
                    : QCoreApplication::translate("Cli", "disseminated %1").arg(meetingDate))
            << '\t' << oneLine(q(r.title)) << '\n';
    }
    return ExitSuccess;
}

int listCases(CliContext &context, const CommandLine &line)
{
    const auto roundId = line.intValue(QStringLiteral("--round"));
    if (!roundId)
        usageError(QCoreApplication::translate("Cli", "name the audit round with --round ID."));
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    requireRound(*db, *roundId);
    const auto cases = cases::casesOfRound(*db, *roundId);
    QTextStream &out = context.out;
    auto age = [](const core::CaseListEntry &e) {
        return e.ageMonths ? QString::number(*e.ageMonths) : QString();
    };
    auto sex = [](const core::CaseListEntry &e) {
        return e.sex ? q(core::toString(*e.sex)) : QString();
    };
    if (format == ListFormat::Csv) {
        out << io::csvLine(
            {QStringLiteral("id"), QStringLiteral("case_number"), QStringLiteral("target_group"),
             QStringLiteral("kecamatan_code"), QStringLiteral("desa_code"), QStringLiteral("desa"),
             QStringLiteral("initials"), QStringLiteral("age_months"), QStringLiteral("sex"),
             QStringLiteral("finding"), QStringLiteral("risk_factors"),
             QStringLiteral("follow_ups"), QStringLiteral("follow_ups_done")})
            << '\n';
        for (const auto &e : cases)
            out << io::csvLine(
                {QString::number(e.id), q(e.caseNumber), q(core::toString(e.targetGroup)),
                 q(core::kecamatanOf(e.villageCode)), q(e.villageCode), q(e.villageName),
                 q(e.initials), age(e), sex(e), q(e.finding), QString::number(e.riskFactorCount),
                 QString::number(e.followUps), QString::number(e.followUpsDone)})
                << '\n';
        return ExitSuccess;
    }
    out << QCoreApplication::translate("Cli", "ID").leftJustified(6)
        << QCoreApplication::translate("Cli", "No").leftJustified(5)
        << QCoreApplication::translate("Cli", "Group").leftJustified(12)
        << QCoreApplication::translate("Cli", "Desa").leftJustified(22)
        << QCoreApplication::translate("Cli", "Initials").leftJustified(10)
        << QCoreApplication::translate("Cli", "Age (months)").leftJustified(14)
        << QCoreApplication::translate("Cli", "Finding") << '\n';
    for (const auto &e : cases)
        out << QString::number(e.id).leftJustified(6) << q(e.caseNumber).leftJustified(5)
            << q(core::toString(e.targetGroup)).leftJustified(12)
            << oneLine(q(e.villageName.empty() ? e.villageCode : e.villageName)).leftJustified(22)
            << q(e.initials).leftJustified(10) << age(e).leftJustified(14) << oneLine(q(e.finding))
            << '\n';
    out << QCoreApplication::translate("Cli", "Cases: %1").arg(cases.size()) << '\n';
    return ExitSuccess;
}

int printRound(CliContext &context, const CommandLine &line)
{
    const auto id = roundArgument(line);
    const QString pdf = requiredPdfPath(line);
    const auto db = openExistingWorkspace(context);
    requireRound(*db, id);
    writePdfFile(context, pdf, [&](usecases::Progress &progress) {
        return cases::writeRoundReportPdf(*db, id, pdf, i18n::LanguageSetup::current(), progress);
    });
    qCInfo(lcCli) << "audit print" << id;
    return ExitSuccess;
}

int exportRound(CliContext &context, const CommandLine &line)
{
    const auto id = roundArgument(line);
    const QString path = line.positional.at(1);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        usageError(QCoreApplication::translate("Cli", "the export file must end in .xlsx or "
                                                      ".csv: %1")
                       .arg(path));
    const bool withIdentity = line.flag(QStringLiteral("--with-identity"));
    const auto db = openExistingWorkspace(context);
    requireRound(*db, id);
    usecases::Progress progress;
    cases::ExportResult result;
    try {
        result = cases::exportRound(*db, id, path, withIdentity, i18n::LanguageSetup::current(),
                                    progress);
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1 (%n case(s)).", nullptr,
                                               result.cases)
                       .arg(QDir::toNativeSeparators(path))
                << '\n';
    if (withIdentity)
        context.out << QCoreApplication::translate(
            "Cli", "The file holds personal data (names, NIK, birth dates) and "
                   "says so; each case's reveal is in the audit log. Keep it "
                   "safe and do not share it.")
                    << '\n';
    // Codes and counts only: never the data.
    qCInfo(lcCli) << "audit export" << id << "cases" << result.cases << "identity" << withIdentity;
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> case_audit::commands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("audit"), QStringLiteral("rounds")},
         {QStringLiteral("--format")},
         {},
         0,
         0,
         QStringLiteral("audit rounds [--format table|csv]"),
         QCoreApplication::translate("Cli", "List the stunting case audit rounds, newest "
                                            "first, one line each, its number first."),
         &listRounds});
    specs.push_back(
        {{QStringLiteral("audit"), QStringLiteral("cases")},
         {QStringLiteral("--round"), QStringLiteral("--format")},
         {},
         0,
         0,
         QStringLiteral("audit cases --round ID [--format table|csv]"),
         QCoreApplication::translate("Cli", "List the cases of an audit round with initials "
                                            "and age only (no name, NIK or birth date)."),
         &listCases});
    specs.push_back(
        {{QStringLiteral("audit"), QStringLiteral("print")},
         {QStringLiteral("--pdf")},
         {},
         1,
         1,
         QStringLiteral("audit print ID --pdf FILE"),
         QCoreApplication::translate("Cli", "Write the report of audit round ID for the "
                                            "dissemination meeting as a PDF (initials and "
                                            "age only)."),
         &printRound});
    specs.push_back(
        {{QStringLiteral("audit"), QStringLiteral("export")},
         {},
         {QStringLiteral("--with-identity")},
         2,
         2,
         QStringLiteral("audit export ID FILE.xlsx|FILE.csv [--with-identity]"),
         QCoreApplication::translate("Cli", "Export audit round ID to XLSX or CSV with initials "
                                            "and age only; with --with-identity also names, NIK, "
                                            "birth dates and parents, the file then marked as "
                                            "personal data and each reveal logged."),
         &exportRound});
    return specs;
}

} // namespace konvergensi::cli
