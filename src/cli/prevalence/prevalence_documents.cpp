// SPDX-License-Identifier: GPL-3.0-or-later
// `prevalence summary` and `prevalence chart`: the dashboard's printed summary and its charts,
// made by the same use cases as the window's.
#include "cli/prevalence/prevalence_cli.h"

#include "cli/cli_app.h"
#include "cli/logging.h"

#include "reports/report_document.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "usecases/prevalence/dashboard_charts.h"
#include "usecases/prevalence/dashboard_summary.h"
#include "usecases/progress.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace konvergensi::cli::prevalence {

namespace {

/// The locus villages of a year as the workspace's locus lists hold them; nullopt for a year
/// without a list.
std::optional<std::set<std::string>> locusVillages(storage::Database &db, int year)
{
    storage::LocusRepository repository(db);
    const std::vector<int> years = repository.years();
    if (std::find(years.begin(), years.end(), year) == years.end())
        return std::nullopt;
    std::set<std::string> codes;
    for (const core::RegionCode &code : repository.locusCodes(year))
        codes.insert(code.toString());
    return codes;
}

/// --source, --year and --round together, or none of them.
std::optional<usecases::prevalence::DashboardChoice> choiceOption(const CommandLine &line)
{
    const auto source = sourceOption(line);
    const auto year = line.intValue(QStringLiteral("--year"));
    const auto round = roundOption(line);
    if (!source && !year && !round)
        return std::nullopt;
    if (!source || !year || !round)
        usageError(QCoreApplication::translate(
            "Cli", "give --source, --year and --round together, or none of them."));
    return usecases::prevalence::DashboardChoice{*source, *year, *round};
}

/// The data and the checked choice (one the workspace has figures for).
std::pair<usecases::prevalence::DashboardData, std::optional<usecases::prevalence::DashboardChoice>>
load(storage::Database &db, const CommandLine &line)
{
    auto choice = choiceOption(line);
    auto data = usecases::prevalence::DashboardData::load(db, indicatorOption(line));
    if (!data.district)
        throw CliError(QCoreApplication::translate("Cli", "the workspace has no district."),
                       ExitFailure);
    if (choice) {
        const auto periods = data.periods(choice->source);
        if (std::find(periods.begin(), periods.end(), std::pair{choice->year, choice->round})
            == periods.end())
            throw CliError(
                QCoreApplication::translate("Cli", "there are no %1 figures of %2 for %3 %4.")
                    .arg(QString::fromUtf8(core::sourceLabel(choice->source).data()),
                         QString::fromUtf8(core::toString(data.indicator).data()))
                    .arg(choice->year)
                    .arg(QString::fromUtf8(core::toString(choice->round).data())),
                ExitFailure);
    } else {
        choice = data.defaultChoice();
    }
    return {std::move(data), choice};
}

} // namespace

int printSummary(CliContext &context, const CommandLine &line)
{
    const QString pdf = requiredPdfPath(line);
    const auto db = openExistingWorkspace(context);
    const auto [data, choice] = load(*db, line);
    const auto summaryContext = usecases::prevalence::SummaryContext::of(*db,
                                                                         core::Language::English);
    const auto summary = usecases::prevalence::summaryData(
        data, choice, choice ? locusVillages(*db, choice->year) : std::nullopt, summaryContext);
    usecases::Progress progress;
    try {
        const auto document = usecases::prevalence::summaryDocument(summary, summaryContext,
                                                                    progress);
        usecases::prevalence::writeSummaryPdf(document, pdf, progress);
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    context.out << QCoreApplication::translate("Cli", "Wrote the prevalence summary to %1.")
                       .arg(QDir::toNativeSeparators(pdf))
                << '\n';
    qCInfo(lcCli) << "prevalence summary written" << pdf;
    return ExitSuccess;
}

int exportChart(CliContext &context, const CommandLine &line)
{
    const QString kind = line.positional.value(0);
    const QString path = line.positional.value(1);
    if (kind != QLatin1String("trend") && kind != QLatin1String("kecamatan"))
        usageError(QCoreApplication::translate("Cli", "unknown chart \"%1\": use trend or "
                                                      "kecamatan.")
                       .arg(kind));
    const auto db = openExistingWorkspace(context);
    const auto [data, choice] = load(*db, line);
    const core::Language language = core::Language::English;
    reports::prevalence::Chart chart = usecases::prevalence::trendChart(data, language);
    if (kind == QLatin1String("kecamatan")) {
        std::optional<usecases::prevalence::DashboardPeriod> period;
        if (choice)
            period = data.period(*choice, locusVillages(*db, choice->year));
        chart = usecases::prevalence::kecamatanChart(data, period ? &*period : nullptr, language);
    }
    usecases::Progress progress;
    try {
        usecases::prevalence::exportChart(chart, path, progress);
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    context.out << QCoreApplication::translate("Cli", "Wrote the chart \"%1\" to %2.")
                       .arg(reports::prevalence::chartTitle(chart), QDir::toNativeSeparators(path))
                << '\n';
    return ExitSuccess;
}

} // namespace konvergensi::cli::prevalence
