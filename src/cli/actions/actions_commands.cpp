// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/actions/actions_commands.h"

#include "cli/cli_app.h"
#include "cli/cli_commands.h"
#include "cli/logging.h"

#include "core/actions/actions.h"
#include "i18n/language.h"
#include "io/csv_reader.h"
#include "qtsupport/text.h"
#include "reports/actions/action_report.h"
#include "storage/actions/action_repository.h"
#include "storage/database.h"
#include "usecases/actions/action_checklist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace konvergensi::cli {

namespace {

QString oneLine(QString text)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    return text;
}

int requiredYear(const CommandLine &line)
{
    const auto year = line.intValue(QStringLiteral("--year"));
    if (!year)
        usageError(QCoreApplication::translate("Cli", "name the year with --year Y."));
    return *year;
}

std::vector<core::Action> yearActions(storage::Database &db, int year)
{
    auto actions = storage::ActionRepository(db).actions(year);
    if (actions.empty())
        throw CliError(QCoreApplication::translate("Cli",
                                                   "there is no convergence-action checklist for "
                                                   "%1 in this workspace.")
                           .arg(year),
                       ExitFailure);
    return actions;
}

int actionStatus(CliContext &context, const CommandLine &line)
{
    const int year = requiredYear(line);
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    const auto actions = yearActions(*db, year);
    const core::Clock &clock = db->clock();
    QTextStream &out = context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine({QStringLiteral("year"), QStringLiteral("key"), QStringLiteral("group"),
                            QStringLiteral("name"), QStringLiteral("status"),
                            QStringLiteral("progress_percent"), QStringLiteral("outputs_done"),
                            QStringLiteral("outputs_required"), QStringLiteral("due_start"),
                            QStringLiteral("due_end"), QStringLiteral("lead_opd")})
            << '\n';
        for (const core::Action &action : actions) {
            const core::ActionProgress progress = core::progressOf(action);
            out << io::csvLine(
                {QString::number(year), qs(action.key), qs(core::toString(action.group)),
                 qs(action.name), qs(core::toString(core::statusOf(action, clock))),
                 QString::number(progress.percent(), 'f', 1),
                 QString::number(progress.doneWithEvidence), QString::number(progress.required),
                 qs(core::toIsoDate(action.dueStart)), qs(core::toIsoDate(action.dueEnd)),
                 qs(action.leadOpdName)})
                << '\n';
        }
        return ExitSuccess;
    }
    constexpr int keyWidth = 6;
    constexpr int statusWidth = 14;
    constexpr int progressWidth = 10;
    constexpr int outputsWidth = 9;
    constexpr int dueWidth = 12;
    constexpr int leadWidth = 15;
    out << QCoreApplication::translate("Cli", "Key").leftJustified(keyWidth)
        << QCoreApplication::translate("Cli", "Status").leftJustified(statusWidth)
        << QCoreApplication::translate("Cli", "Progress").leftJustified(progressWidth)
        << QCoreApplication::translate("Cli", "Outputs").leftJustified(outputsWidth)
        << QCoreApplication::translate("Cli", "Due").leftJustified(dueWidth)
        << QCoreApplication::translate("Cli", "Lead OPD").leftJustified(leadWidth)
        << QCoreApplication::translate("Cli", "Name") << '\n';
    for (const core::Action &action : actions) {
        const core::ActionProgress progress = core::progressOf(action);
        out << qs(action.key).leftJustified(keyWidth)
            << reports::statusText(core::statusOf(action, clock)).leftJustified(statusWidth)
            << QString(QString::number(std::lround(progress.percent())) + QStringLiteral("%"))
                   .leftJustified(progressWidth)
            << QStringLiteral("%1/%2")
                   .arg(progress.doneWithEvidence)
                   .arg(progress.required)
                   .leftJustified(outputsWidth)
            << qs(core::toIsoDate(action.dueEnd)).leftJustified(dueWidth)
            << oneLine(qs(action.leadOpdName)).leftJustified(leadWidth) << oneLine(qs(action.name))
            << '\n';
    }
    out << QCoreApplication::translate("Cli", "Progress of %1: %2% over %3 actions.")
               .arg(year)
               .arg(std::lround(core::yearProgress(actions) * 100.0))
               .arg(actions.size())
        << '\n';
    return ExitSuccess;
}

int reportActions(CliContext &context, const CommandLine &line)
{
    const int year = requiredYear(line);
    const QString pdf = requiredPdfPath(line);
    reports::Paper paper = reports::Paper::A4;
    if (const auto text = line.value(QStringLiteral("--paper"))) {
        const auto parsed = reports::paperFromString(*text);
        if (!parsed)
            usageError(QCoreApplication::translate("Cli", "the paper is a4 or f4, not \"%1\".")
                           .arg(*text));
        paper = *parsed;
    }
    const auto db = openExistingWorkspace(context);
    yearActions(*db, year); // refuses a year without a checklist
    writePdfFile(context, pdf, [&](usecases::Progress &progress) {
        return usecases::actions::writeReportPdf(*db, year, i18n::LanguageSetup::current(), paper,
                                                 pdf, progress);
    });
    qCInfo(lcCli) << "report actions" << year;
    return ExitSuccess;
}

int exportActions(CliContext &context, const CommandLine &line)
{
    const int year = requiredYear(line);
    const auto xlsx = line.value(QStringLiteral("--xlsx"));
    if (!xlsx || xlsx->isEmpty())
        usageError(QCoreApplication::translate("Cli", "name the workbook with --xlsx FILE."));
    const auto db = openExistingWorkspace(context);
    yearActions(*db, year); // refuses a year without a checklist
    usecases::Progress progress;
    try {
        usecases::actions::exportChecklistXlsx(*db, year, i18n::LanguageSetup::current(), *xlsx,
                                               progress);
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    context.out
        << QCoreApplication::translate("Cli", "Wrote %1.").arg(QDir::toNativeSeparators(*xlsx))
        << '\n';
    qCInfo(lcCli) << "actions export" << year;
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> actions::commands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("actions"), QStringLiteral("status")},
         {QStringLiteral("--year"), QStringLiteral("--format")},
         {},
         0,
         0,
         QStringLiteral("actions status --year Y [--format table|csv]"),
         QCoreApplication::translate("Cli", "Show the convergence actions of year Y: status, "
                                            "progress (outputs done with evidence), due date "
                                            "and lead OPD."),
         &actionStatus});
    specs.push_back(
        {{QStringLiteral("report"), QStringLiteral("actions")},
         {QStringLiteral("--year"), QStringLiteral("--pdf"), QStringLiteral("--paper")},
         {},
         0,
         0,
         QStringLiteral("report actions --year Y --pdf FILE [--paper a4|f4]"),
         QCoreApplication::translate("Cli", "Write the action-progress report of year Y as a "
                                            "PDF on A4 (default) or F4 paper."),
         &reportActions});
    specs.push_back(
        {{QStringLiteral("actions"), QStringLiteral("export")},
         {QStringLiteral("--year"), QStringLiteral("--xlsx")},
         {},
         0,
         0,
         QStringLiteral("actions export --year Y --xlsx FILE"),
         QCoreApplication::translate("Cli", "Write the convergence-action checklist of year Y "
                                            "as an XLSX workbook (one row per output, and a "
                                            "summary sheet)."),
         &exportActions});
    return specs;
}

} // namespace konvergensi::cli
