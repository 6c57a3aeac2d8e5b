// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/prevalence/prevalence_commands.h"

#include "cli/cli_app.h"
#include "cli/logging.h"
#include "cli/prevalence/prevalence_cli.h"

#include "io/csv_reader.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/prevalence/figures.h"
#include "usecases/prevalence/import_figures.h"
#include "usecases/progress.h"

#include <QCoreApplication>
#include <QDir>

namespace konvergensi::cli::prevalence {

namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int importPrevalence(CliContext &context, const QString &file, bool replace, bool dryRun)
{
    const auto db = openExistingWorkspace(context);
    usecases::Progress progress;
    using usecases::prevalence::FigureImport;
    const auto report = dryRun ? FigureImport::check(*db, file, progress)
                               : FigureImport::apply(*db, file,
                                                     replace ? io::ConflictPolicy::Replace
                                                             : io::ConflictPolicy::Refuse,
                                                     progress);
    if (!report.fileError.isEmpty())
        throw CliError(report.fileError, ExitFailure);
    if (!report.errors.empty())
        refuseImport(context, file, report.errors, report.moreErrors);
    if (!report.conflicts.empty() && (dryRun || !replace)) {
        for (const io::PrevalenceConflict &c : report.conflicts) {
            context.err << QCoreApplication::translate(
                               "Cli", "Line %1: %2 %3 %4 %5: held %6; in the file %7")
                               .arg(QString::number(c.line), q(c.held.area.key()),
                                    QString::number(c.held.year), q(core::toString(c.held.round)),
                                    q(core::sourceLabel(c.held.source)), figureText(c.held),
                                    figureText(c.incoming))
                        << '\n';
        }
        if (!dryRun)
            throw CliError(QCoreApplication::translate(
                               "Cli",
                               "nothing was imported from %1: %2 figures differ from the ones "
                               "held (listed above). Run again with --replace to replace them.")
                               .arg(native(file), QString::number(report.conflicts.size())),
                           ExitFailure);
    }
    if (dryRun) {
        context.out << QCoreApplication::translate(
                           "Cli", "Checked %1: %2 rows are good: %3 new, %4 differ from the held "
                                  "figures, %5 unchanged.")
                           .arg(native(file), QString::number(report.rowsRead),
                                QString::number(report.added),
                                QString::number(report.conflicts.size()),
                                QString::number(report.unchanged))
                    << '\n';
        return ExitSuccess;
    }
    context.out << QCoreApplication::translate("Cli",
                                               "Imported %1: %2 added, %3 replaced, %4 unchanged.")
                       .arg(native(file), QString::number(report.added),
                            QString::number(report.updated), QString::number(report.unchanged))
                << '\n';
    qCInfo(lcCli) << "prevalence import applied" << report.rowsRead << "rows";
    return ExitSuccess;
}

int removePrevalence(CliContext &context, const CommandLine &line)
{
    const auto areaText = line.value(QStringLiteral("--area"));
    const auto year = line.intValue(QStringLiteral("--year"));
    const auto round = roundOption(line);
    const auto source = sourceOption(line);
    const auto parsedArea = areaText ? core::PrevalenceArea::fromText(areaText->toStdString())
                                     : std::nullopt;
    if (!parsedArea || !year || !round || !source)
        usageError(QCoreApplication::translate(
            "Cli", "\"prevalence remove\" needs --area CODE, --year YEAR, --round ROUND and "
                   "--source SOURCE."));

    core::PrevalenceObservation key;
    key.area = *parsedArea;
    key.year = *year;
    key.round = *round;
    key.source = *source;
    key.indicator = indicatorOption(line);

    const auto db = openExistingWorkspace(context);
    storage::PrevalenceRepository repository(*db);
    if (!repository.areaExists(key.area))
        throw CliError(QCoreApplication::translate(
                           "Cli", "the area \"%1\" is neither a region of the workspace, a known "
                                  "puskesmas nor \"nasional\".")
                           .arg(areaText->trimmed()),
                       ExitFailure);
    QString area = q(key.area.key());
    if (key.area.region) {
        const core::RegionTree tree = storage::RegionRepository(*db).tree();
        if (const core::Region *region = tree.find(*key.area.region))
            area += QStringLiteral(" (") + q(region->name) + u')';
    } else if (key.area.kind == core::PrevalenceArea::Kind::Puskesmas) {
        if (const auto puskesmas = repository.puskesmas(key.area.puskesmasCode))
            area += QStringLiteral(" (") + q(puskesmas->name) + u')';
    }
    const QString period = QString::number(key.year) + u' ' + q(core::toString(key.round));
    const QString what = QStringLiteral("%1, %2, %3, %4")
                             .arg(area, period, q(core::sourceLabel(key.source)),
                                  q(core::toString(key.indicator)));
    core::PrevalenceObservation removed;
    try {
        removed = usecases::prevalence::removeFigureOfKey(*db, key);
    } catch (const storage::StorageError &error) {
        if (error.kind() != storage::StorageError::Kind::NotFound)
            throw;
        throw CliError(QCoreApplication::translate(
                           "Cli", "there is no figure for %1; nothing was removed. See "
                                  "\"prevalence show\" for the figures held.")
                           .arg(what),
                       ExitFailure);
    }
    context.out << QCoreApplication::translate("Cli", "Removed the figure %1: %2.")
                       .arg(what, figureText(removed))
                << '\n';
    qCInfo(lcCli) << "prevalence remove" << removed.id;
    return ExitSuccess;
}

} // namespace

std::optional<core::PrevalenceSource> sourceOption(const CommandLine &line)
{
    return wordOption<core::PrevalenceSource>(
        line, QStringLiteral("--source"),
        [](const std::string &t) { return core::prevalenceSourceFromString(t); },
        QStringLiteral("ssgi, ski, riskesdas, eppgbm, bulan_penimbangan, other"));
}

std::optional<core::PrevalenceRound> roundOption(const CommandLine &line)
{
    return wordOption<core::PrevalenceRound>(
        line, QStringLiteral("--round"),
        [](const std::string &t) { return core::prevalenceRoundFromString(t); },
        QStringLiteral("february, august, survey"));
}

core::PrevalenceIndicator indicatorOption(const CommandLine &line)
{
    return wordOption<core::PrevalenceIndicator>(
               line, QStringLiteral("--indicator"),
               [](const std::string &t) { return core::prevalenceIndicatorFromString(t); },
               QStringLiteral("stunting, severe_stunting, wasting, underweight, overweight"))
        .value_or(core::PrevalenceIndicator::Stunting);
}

QString figureText(const core::PrevalenceObservation &o)
{
    QStringList parts;
    if (o.measured && o.cases)
        parts << QCoreApplication::translate("Cli", "%1 of %2 measured")
                     .arg(*o.cases)
                     .arg(*o.measured);
    if (const auto rate = o.rate())
        parts << QString::number(*rate, 'f', 1) + QStringLiteral(" %");
    if (!o.note.empty())
        parts << q(o.note);
    return parts.join(QStringLiteral(", "));
}

std::vector<CommandSpec> commands()
{
    std::vector<CommandSpec> specs;
    specs.push_back(
        {{QStringLiteral("prevalence"), QStringLiteral("import")},
         {},
         {QStringLiteral("--replace"), QStringLiteral("--dry-run")},
         1,
         1,
         QStringLiteral("prevalence import FILE [--replace] [--dry-run]"),
         QCoreApplication::translate(
             "Cli", "Import prevalence figures from CSV or XLSX (columns area, year, round, "
                    "source, indicator, measured, cases, rate, eligible, note). Nothing changes "
                    "unless every row is good; figures that differ from held ones are listed "
                    "and replaced only with --replace."),
         [](CliContext &context, const CommandLine &line) {
             return importPrevalence(context, line.positional.first(),
                                     line.flag(QStringLiteral("--replace")),
                                     line.flag(QStringLiteral("--dry-run")));
         }});
    specs.push_back(
        {{QStringLiteral("prevalence"), QStringLiteral("show")},
         {QStringLiteral("--area"), QStringLiteral("--year"), QStringLiteral("--source"),
          QStringLiteral("--round"), QStringLiteral("--indicator"), QStringLiteral("--format")},
         {QStringLiteral("--puskesmas")},
         0,
         0,
         QStringLiteral("prevalence show --area CODE --year Y [--source S] [--round R] "
                        "[--indicator I] [--puskesmas] [--format table|csv]"),
         QCoreApplication::translate(
             "Cli", "Print the prevalence of an area and of every kecamatan and desa below it, "
                    "one row per area, source and round: children measured, cases, rate and "
                    "95 % Wilson interval. Areas without their own figure show the sum of their "
                    "villages' counts. With --puskesmas, each puskesmas of the area follows "
                    "(level \"puskesmas\"): the sum of the desa it serves (summed \"yes\") and "
                    "its own figure when one was entered."),
         showPrevalence});
    specs.push_back(
        {{QStringLiteral("prevalence"), QStringLiteral("remove")},
         {QStringLiteral("--area"), QStringLiteral("--year"), QStringLiteral("--round"),
          QStringLiteral("--source"), QStringLiteral("--indicator")},
         {},
         0,
         0,
         QStringLiteral("prevalence remove --area CODE --year Y --round R --source S "
                        "[--indicator I]"),
         QCoreApplication::translate(
             "Cli", "Remove one figure: the area (region code, puskesmas code or nasional), "
                    "year, round (february, august, survey), source and indicator (stunting "
                    "when not given). Prints the figure removed; fails when there is none."),
         removePrevalence});
    specs.push_back(
        {{QStringLiteral("prevalence"), QStringLiteral("summary")},
         {QStringLiteral("--pdf"), QStringLiteral("--indicator"), QStringLiteral("--source"),
          QStringLiteral("--year"), QStringLiteral("--round")},
         {},
         0,
         0,
         QStringLiteral("prevalence summary --pdf FILE [--indicator I] [--source S --year Y "
                        "--round R]"),
         QCoreApplication::translate(
             "Cli", "Write the dashboard summary as PDF, with the letterhead, the headline of "
                    "each source, the trend and kecamatan charts, the kecamatan, desa and "
                    "puskesmas tables and the signature. Without --source, the source with the "
                    "most figures at its latest period."),
         printSummary});
    specs.push_back(
        {{QStringLiteral("prevalence"), QStringLiteral("chart")},
         {QStringLiteral("--indicator"), QStringLiteral("--source"), QStringLiteral("--year"),
          QStringLiteral("--round")},
         {},
         2,
         2,
         QStringLiteral("prevalence chart trend|kecamatan FILE.png|FILE.pdf [--indicator I] "
                        "[--source S --year Y --round R]"),
         QCoreApplication::translate(
             "Cli", "Save a chart of the dashboard as PNG or PDF: the trend by source and year, "
                    "or the prevalence by kecamatan of a source and period."),
         exportChart});
    return specs;
}

} // namespace konvergensi::cli::prevalence
