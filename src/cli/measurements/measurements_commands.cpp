// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/measurements/measurements_commands.h"

#include "cli/cli_app.h"
#include "cli/logging.h"

#include "core/measurements/measurements.h"
#include "core/regions/region_code.h"
#include "io/csv_reader.h"
#include "io/measurements/prevalence_feed.h"
#include "reports/report_document.h"
#include "storage/database.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/measurements/data_quality.h"
#include "usecases/measurements/measurement_import.h"
#include "usecases/measurements/measurement_words.h"
#include "usecases/measurements/round_summary.h"
#include "usecases/measurements/target_data.h"
#include "usecases/progress.h"

#include <QCoreApplication>
#include <QDir>

namespace konvergensi::cli::measurements {

namespace cm = core::measurements;
namespace um = usecases::measurements;

namespace {

/// "12, 13, 14" (at most 20 numbers, then "...").
QString rowList(const std::vector<int> &rows)
{
    QStringList parts;
    for (std::size_t i = 0; i < rows.size() && i < 20; ++i)
        parts << QString::number(rows[i]);
    if (rows.size() > 20)
        parts << QStringLiteral("...");
    return parts.join(QStringLiteral(", "));
}

/// The --round of a command ("2024-08"); a usage error with `usage` when it is missing or no
/// round.
QString requiredRound(const CommandLine &line, const QString &usage)
{
    const auto round = line.value(QStringLiteral("--round"));
    if (!round || !cm::Round::parse(round->toStdString()))
        usageError(usage);
    return *round;
}

[[noreturn]] void noSuchRound(const QString &round)
{
    throw CliError(
        QCoreApplication::translate("Cli", "the workspace holds no measurement round %1.")
            .arg(round),
        ExitFailure);
}

void printPreview(QTextStream &out, const um::ImportPreview &p)
{
    out << QCoreApplication::translate("Cli", "File: %1").arg(p.fileName) << '\n';
    out << QCoreApplication::translate("Cli", "Header on row %1").arg(p.headerLine);
    if (!p.extractDate.isEmpty())
        out << QCoreApplication::translate("Cli", ", extract date %1").arg(p.extractDate);
    out << '\n';
    for (const auto &[key, header] : p.columns)
        out << QStringLiteral("  ") << key.leftJustified(14) << QStringLiteral("<- ") << header
            << '\n';
    out << QCoreApplication::translate("Cli", "Round: %1")
               .arg(p.round.isEmpty() ? QStringLiteral("?") : p.round)
        << '\n';
    out << QCoreApplication::translate("Cli", "Rows read: %1, kept: %2, skipped: %3")
               .arg(p.rowsRead)
               .arg(p.kept)
               .arg(p.skippedTotal())
        << '\n';
    for (std::size_t i = 0; i < cm::kSkipReasons.size(); ++i) {
        if (p.skippedRows[i].empty())
            continue;
        out << QStringLiteral("  ")
            << QString::fromLatin1(cm::skipReasonKey(cm::kSkipReasons[i])).leftJustified(24)
            << QString::number(p.skippedRows[i].size()).rightJustified(5)
            << QCoreApplication::translate("Cli", "  rows %1").arg(rowList(p.skippedRows[i]))
            << '\n';
    }
    out << QCoreApplication::translate("Cli", "Puskesmas: %1, posyandu: %2")
               .arg(p.puskesmas.size())
               .arg(p.posyandu.size())
        << '\n';
    for (const um::UnmatchedRegion &u : p.unmatched)
        out << QCoreApplication::translate(
                   "Cli", "No region for kecamatan \"%1\", desa \"%2\" (rows %3); map it with: "
                          "measurements map \"%1\" \"%2\" CODE")
                   .arg(u.kecamatan, u.desa, rowList(u.rows))
            << '\n';
    if (p.heldChildren > 0)
        out << QCoreApplication::translate("Cli",
                                           "The round %1 already holds %2 measured children.")
                   .arg(p.round)
                   .arg(p.heldChildren)
            << '\n';
}

int importCommand(CliContext &context, const CommandLine &line)
{
    const QString file = line.positional.at(0);
    um::ImportOptions options;
    options.round = line.value(QStringLiteral("--round")).value_or(QString());
    options.replace = line.flag(QStringLiteral("--replace"));
    const bool dryRun = line.flag(QStringLiteral("--dry-run"));
    const auto db = openExistingWorkspace(context);
    usecases::Progress progress;
    // Without a dry run the rows are stored as they are judged (reading and writing overlap);
    // either way nothing is kept when the preview shows a blocker.
    um::ImportResult result;
    if (dryRun)
        result.preview = um::previewImport(*db, file, options, progress);
    else
        result = um::importAtOnce(*db, file, options, progress);
    const um::ImportPreview &preview = result.preview;
    if (!preview.error.isEmpty())
        throw CliError(preview.error, ExitFailure);
    printPreview(context.out, preview);
    const QString blocker = preview.blocker(options.replace);
    if (!blocker.isEmpty())
        throw CliError(QCoreApplication::translate("Cli", "nothing was imported: %1").arg(blocker),
                       ExitFailure);
    if (dryRun) {
        context.out << QCoreApplication::translate("Cli", "Dry run: nothing was written.") << '\n';
        return ExitSuccess;
    }
    qCInfo(lcCli) << "measurements imported:" << preview.round << preview.kept << "kept"
                  << preview.skippedTotal() << "skipped";
    context.out << QCoreApplication::translate(
                       "Cli", "Imported round %1: %2 measured children, %3 rows skipped.")
                       .arg(preview.round)
                       .arg(preview.kept)
                       .arg(preview.skippedTotal())
                << '\n';
    return ExitSuccess;
}

int summaryCommand(CliContext &context, const CommandLine &line)
{
    const QString round = requiredRound(
        line,
        QCoreApplication::translate(
            "Cli", "measurements summary needs --round YYYY-MM, for example --round 2024-08."));
    const ListFormat format = line.format();
    cm::SummaryOptions options;
    options.puskesmas = line.flag(QStringLiteral("--puskesmas"));
    options.posyandu = line.flag(QStringLiteral("--posyandu"));
    const auto db = openExistingWorkspace(context);
    const auto areas = um::roundSummary(*db, round, options);
    if (!areas)
        noSuchRound(round);
    QTextStream &out = context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine(um::summaryColumns()) << '\n';
        for (const cm::AreaSummary &area : *areas)
            out << io::csvLine(um::summaryFields(area)) << '\n';
        return ExitSuccess;
    }
    out << QCoreApplication::translate("Cli", "Level").leftJustified(11)
        << QCoreApplication::translate("Cli", "Code").leftJustified(15)
        << QCoreApplication::translate("Cli", "Name").leftJustified(28)
        << QCoreApplication::translate("Cli", "Children").rightJustified(9)
        << QCoreApplication::translate("Cli", "Stunted").rightJustified(9)
        << QCoreApplication::translate("Cli", "%").rightJustified(7)
        << QCoreApplication::translate("Cli", "Wasted").rightJustified(8)
        << QCoreApplication::translate("Cli", "Underweight").rightJustified(12)
        << QCoreApplication::translate("Cli", "Overweight").rightJustified(11) << '\n';
    for (const cm::AreaSummary &area : *areas) {
        const cm::AreaCounts &c = area.counts;
        const auto pct = c.haz.percent(c.haz.below2);
        out << QString::fromLatin1(cm::toString(area.level)).leftJustified(11)
            << QString::fromStdString(area.code).leftJustified(15)
            << QString::fromStdString(area.name).left(27).leftJustified(28)
            << QString::number(c.children).rightJustified(9)
            << QString::number(c.haz.below2).rightJustified(9)
            << (pct ? QString::asprintf("%.1f", *pct) : QString()).rightJustified(7)
            << QString::number(c.whz.below2).rightJustified(8)
            << QString::number(c.waz.below2).rightJustified(12)
            << QString::number(c.whz.above2).rightJustified(11) << '\n';
    }
    return ExitSuccess;
}

QString qualityPercent(const std::optional<double> &value)
{
    return value ? QString::asprintf("%.1f", *value) : QStringLiteral("-");
}

int qualityCommand(CliContext &context, const CommandLine &line)
{
    const QString round = requiredRound(
        line,
        QCoreApplication::translate(
            "Cli", "measurements quality needs --round YYYY-MM, for example --round 2024-08."));
    const ListFormat format = line.format();
    cm::QualityOptions options;
    options.puskesmas = line.flag(QStringLiteral("--puskesmas"));
    options.desa = line.flag(QStringLiteral("--desa"));
    const auto db = openExistingWorkspace(context);
    const auto areas = um::roundQuality(*db, round, options);
    if (!areas)
        noSuchRound(round);
    QTextStream &out = context.out;
    if (format == ListFormat::Csv) {
        out << io::csvLine(um::qualityColumns()) << '\n';
        for (const cm::QualityArea &area : *areas)
            out << io::csvLine(um::qualityFields(area)) << '\n';
        return ExitSuccess;
    }
    out << QCoreApplication::translate("Cli", "Level").leftJustified(11)
        << QCoreApplication::translate("Cli", "Area").leftJustified(34)
        << QCoreApplication::translate("Cli", "Rows").rightJustified(6)
        << QCoreApplication::translate("Cli", "Skip%").rightJustified(7)
        << QCoreApplication::translate("Cli", "Flagged").rightJustified(8)
        << QCoreApplication::translate("Cli", "NoHt%").rightJustified(7)
        << QCoreApplication::translate("Cli", ".0/.5%").rightJustified(7)
        << QCoreApplication::translate("Cli", "Pos%").rightJustified(8) << QStringLiteral("  ")
        << QCoreApplication::translate("Cli", "Needs attention") << '\n';
    int attention = 0;
    for (const cm::QualityArea &area : *areas) {
        const cm::QualityCounts &c = area.counts;
        QString name = QString::fromStdString(area.name);
        if (area.level == cm::AreaLevel::Posyandu) {
            if (name.isEmpty())
                name = QCoreApplication::translate("Cli", "(no posyandu)");
            name += QStringLiteral(" / ") + QString::fromStdString(area.desaName);
            if (!area.problems.empty())
                ++attention;
        }
        out << QString::fromLatin1(cm::toString(area.level)).leftJustified(11)
            << name.left(33).leftJustified(34) << QString::number(c.rows).rightJustified(6)
            << qualityPercent(c.skippedPercent()).rightJustified(7)
            << QString::number(c.anyFlagged).rightJustified(8)
            << qualityPercent(c.heightMissingPercent()).rightJustified(7)
            << qualityPercent(c.digitPreferencePercent()).rightJustified(7)
            << qualityPercent(c.wrongPositionPercent()).rightJustified(8) << QStringLiteral("  ")
            << um::qualityProblemsText(area.problems) << '\n';
    }
    if (!areas->empty()) {
        const cm::QualityCounts &district = areas->front().counts;
        QStringList bands;
        static const char *const names[] = {"0-5",   "6-11",  "12-23", "24-35",
                                            "36-47", "48-59", "60+"};
        for (int band = 0; band < cm::kAgeBandCount; ++band)
            bands << QStringLiteral("%1: %2 (%3 %)")
                         .arg(QString::fromLatin1(names[band]))
                         .arg(district.ageBands[static_cast<std::size_t>(band)])
                         .arg(qualityPercent(district.ageBandPercent(band)));
        out << QCoreApplication::translate("Cli", "Age in months (district): %1")
                   .arg(bands.join(QStringLiteral(", ")))
            << '\n';
    }
    out << QCoreApplication::translate("Cli", "%1 posyandu need attention.").arg(attention) << '\n';
    return ExitSuccess;
}

int roundsCommand(CliContext &context, const CommandLine &)
{
    const auto db = openExistingWorkspace(context);
    const auto rounds = storage::MeasurementRepository(*db).rounds();
    context.out << QCoreApplication::translate("Cli", "Round").leftJustified(9)
                << QCoreApplication::translate("Cli", "Children").rightJustified(9)
                << QCoreApplication::translate("Cli", "Skipped").rightJustified(9)
                << QStringLiteral("  ") << QCoreApplication::translate("Cli", "File") << '\n';
    for (const storage::MeasurementRound &r : rounds) {
        context.out << r.period.leftJustified(9) << QString::number(r.children).rightJustified(9)
                    << QString::number(r.skipped).rightJustified(9) << QStringLiteral("  ")
                    << r.sourceFile
                    << (r.invented ? QCoreApplication::translate("Cli", " (invented children)")
                                   : QString())
                    << '\n';
    }
    return ExitSuccess;
}

int mapCommand(CliContext &context, const CommandLine &line)
{
    const QString kecamatan = line.positional.at(0);
    const QString desa = line.positional.at(1);
    const auto code = core::RegionCode::parse(line.positional.at(2).trimmed().toStdString());
    if (!code || code->level() != core::RegionLevel::Village)
        usageError(QCoreApplication::translate(
                       "Cli", "%1 is not a desa/kelurahan code such as 14.03.01.2001.")
                       .arg(line.positional.at(2)));
    const auto db = openExistingWorkspace(context);
    try {
        um::mapRegion(*db, kecamatan, desa, QString::fromStdString(code->toString()));
    } catch (const storage::StorageError &error) {
        if (error.kind() != storage::StorageError::Kind::Invalid)
            throw;
        throw CliError(QCoreApplication::translate("Cli", "the workspace holds no desa %1.")
                           .arg(QString::fromStdString(code->toString())),
                       ExitFailure);
    }
    context.out << QCoreApplication::translate("Cli", "Kecamatan \"%1\", desa \"%2\" now mean %3.")
                       .arg(kecamatan, desa, QString::fromStdString(code->toString()))
                << '\n';
    return ExitSuccess;
}

int publishCommand(CliContext &context, const CommandLine &line)
{
    const QString round = requiredRound(
        line,
        QCoreApplication::translate(
            "Cli", "measurements publish needs --round YYYY-MM, for example --round 2024-08."));
    const auto db = openExistingWorkspace(context);
    if (!storage::MeasurementRepository(*db).round(round))
        noSuchRound(round);
    const auto feed = io::measurements::feedPrevalence(*db, round,
                                                       line.flag(QStringLiteral("--replace")));
    for (const io::PrevalenceConflict &conflict : feed.conflicts)
        context.out << QCoreApplication::translate(
                           "Cli", "Typed e-PPGBM figure differs from the children's: %1")
                           .arg(QString::fromStdString(conflict.incoming.area.key()))
                    << '\n';
    if (!feed.refused.isEmpty())
        throw CliError(feed.refused, ExitFailure);
    context.out << QCoreApplication::translate(
                       "Cli", "%1 e-PPGBM figures of round %2 written from its children.")
                       .arg(feed.written)
                       .arg(round)
                << '\n';
    return ExitSuccess;
}

int targetsCommand(CliContext &context, const CommandLine &line)
{
    const auto round = line.value(QStringLiteral("--round"));
    if (!round || !cm::Round::parse(round->toStdString()))
        usageError(QCoreApplication::translate(
            "Cli", "measurements targets needs --round YYYY-MM, for example --round 2024-08."));
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    const auto data = um::targetData(*db, *round);
    if (!data)
        throw CliError(
            QCoreApplication::translate("Cli", "the workspace holds no measurement round %1.")
                .arg(*round),
            ExitFailure);
    if (const auto output = line.value(QStringLiteral("--output"))) {
        try {
            um::writeTargetData(*data, *output);
        } catch (const reports::ReportError &error) {
            throw CliError(error.message(), ExitFailure);
        }
        context.out << QCoreApplication::translate("Cli", "Target data of %1 desa written to %2.")
                           .arg(data->rows.size())
                           .arg(*output)
                    << '\n';
        return ExitSuccess;
    }
    QTextStream &out = context.out;
    const auto count = [](const std::optional<int> &value) {
        return value ? QString::number(*value) : QString();
    };
    if (format == ListFormat::Csv) {
        out << io::csvLine(um::targetColumns()) << '\n';
        for (const um::TargetRow &row : data->rows)
            out << io::csvLine(
                {row.desaCode, row.kecamatan, row.desa, count(row.families),
                 count(row.familiesAtRisk), QString::number(row.measured),
                 QString::number(row.severelyStunted), QString::number(row.stunted),
                 QString::number(row.severelyStunted + row.stunted),
                 data->familiesYear > 0 ? QString::number(data->familiesYear) : QString()})
                << '\n';
        return ExitSuccess;
    }
    out << (data->familiesYear > 0
                ? QCoreApplication::translate("Cli", "Families: family data of %1.")
                      .arg(data->familiesYear)
                : QCoreApplication::translate("Cli", "Families: not entered."))
        << '\n';
    out << QCoreApplication::translate("Cli", "Code").leftJustified(15)
        << QCoreApplication::translate("Cli", "Desa").leftJustified(24)
        << QCoreApplication::translate("Cli", "Families").rightJustified(10)
        << QCoreApplication::translate("Cli", "At risk").rightJustified(9)
        << QCoreApplication::translate("Cli", "Measured").rightJustified(10)
        << QCoreApplication::translate("Cli", "Sev.stunted").rightJustified(12)
        << QCoreApplication::translate("Cli", "Stunted").rightJustified(9) << '\n';
    for (const um::TargetRow &row : data->rows)
        out << row.desaCode.leftJustified(15) << row.desa.left(23).leftJustified(24)
            << count(row.families).rightJustified(10) << count(row.familiesAtRisk).rightJustified(9)
            << QString::number(row.measured).rightJustified(10)
            << QString::number(row.severelyStunted).rightJustified(12)
            << QString::number(row.stunted).rightJustified(9) << '\n';
    return ExitSuccess;
}

int familiesCommand(CliContext &context, const CommandLine &line)
{
    const QString file = line.positional.at(0);
    bool ok = false;
    const int year = line.value(QStringLiteral("--year")).value_or(QString()).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        usageError(QCoreApplication::translate(
            "Cli", "measurements families needs --year YYYY, the year of the family data."));
    const bool dryRun = line.flag(QStringLiteral("--dry-run"));
    const auto db = openExistingWorkspace(context);
    const auto result = um::importFamilies(*db, file, year, dryRun);
    if (!result.error.isEmpty())
        throw CliError(result.error, ExitFailure);
    for (const auto &problem : result.problems)
        context.out << QCoreApplication::translate("Cli", "Line %1: %2")
                           .arg(problem.line)
                           .arg(problem.reason)
                    << '\n';
    if (!result.problems.empty())
        throw CliError(
            QCoreApplication::translate("Cli", "nothing was imported: %1 rows have problems.")
                .arg(result.problems.size()),
            ExitFailure);
    if (dryRun) {
        context.out << QCoreApplication::translate("Cli",
                                                   "%1 desa read; dry run: nothing was written.")
                           .arg(result.rows.size())
                    << '\n';
        return ExitSuccess;
    }
    context.out << QCoreApplication::translate("Cli", "Families of %1 desa stored for %2.")
                       .arg(result.rows.size())
                       .arg(year)
                << '\n';
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> commands()
{
    return {
        {{QStringLiteral("measurements"), QStringLiteral("import")},
         {QStringLiteral("--round")},
         {QStringLiteral("--replace"), QStringLiteral("--dry-run")},
         1,
         1,
         QStringLiteral("measurements import FILE [--round YYYY-MM] [--replace] [--dry-run]"),
         QCoreApplication::translate(
             "Cli",
             "Imports an e-PPGBM per-child export (XLSX or CSV) as a weighing round, judging every "
             "child with the WHO standards."),
         importCommand},
        {{QStringLiteral("measurements"), QStringLiteral("summary")},
         {QStringLiteral("--round"), QStringLiteral("--format")},
         {QStringLiteral("--puskesmas"), QStringLiteral("--posyandu")},
         0,
         0,
         QStringLiteral("measurements summary --round YYYY-MM [--format table|csv] [--puskesmas] "
                        "[--posyandu]"),
         QCoreApplication::translate(
             "Cli",
             "Stunting, wasting, underweight and overweight of a round per area, counted from its "
             "children."),
         summaryCommand},
        {{QStringLiteral("measurements"), QStringLiteral("quality")},
         {QStringLiteral("--round"), QStringLiteral("--format")},
         {QStringLiteral("--puskesmas"), QStringLiteral("--desa")},
         0,
         0,
         QStringLiteral("measurements quality --round YYYY-MM [--format table|csv] [--desa] "
                        "[--puskesmas]"),
         QCoreApplication::translate(
             "Cli",
             "Data quality of a round per posyandu: skipped rows, implausible z-scores, missing "
             "heights, heights ending in .0 or .5, measuring position, age distribution."),
         qualityCommand},
        {{QStringLiteral("measurements"), QStringLiteral("publish")},
         {QStringLiteral("--round")},
         {QStringLiteral("--replace")},
         0,
         0,
         QStringLiteral("measurements publish --round YYYY-MM [--replace]"),
         QCoreApplication::translate("Cli",
                                     "Writes a round's figures, counted from its children, as the "
                                     "e-PPGBM figures of the prevalence module; typed figures that "
                                     "differ are replaced only with --replace."),
         publishCommand},
        {{QStringLiteral("measurements"), QStringLiteral("rounds")},
         {},
         {},
         0,
         0,
         QStringLiteral("measurements rounds"),
         QCoreApplication::translate("Cli", "Lists the weighing rounds held."),
         roundsCommand},
        {{QStringLiteral("measurements"), QStringLiteral("map")},
         {},
         {},
         3,
         3,
         QStringLiteral("measurements map KECAMATAN DESA CODE"),
         QCoreApplication::translate(
             "Cli",
             "Remembers that a kecamatan/desa name pair of e-PPGBM files means a desa of the "
             "workspace."),
         mapCommand},
        {{QStringLiteral("measurements"), QStringLiteral("targets")},
         {QStringLiteral("--round"), QStringLiteral("--format"), QStringLiteral("--output")},
         {},
         0,
         0,
         QStringLiteral("measurements targets --round YYYY-MM [--format table|csv] "
                        "[--output FILE.xlsx|FILE.csv]"),
         QCoreApplication::translate(
             "Cli", "The ministry's target data per desa for a round: families, families at risk, "
                    "children measured, severely stunted and stunted."),
         targetsCommand},
        {{QStringLiteral("measurements"), QStringLiteral("families")},
         {QStringLiteral("--year")},
         {QStringLiteral("--dry-run")},
         1,
         1,
         QStringLiteral("measurements families FILE --year YYYY [--dry-run]"),
         QCoreApplication::translate(
             "Cli",
             "Imports the families and families at risk of stunting per desa (CSV or XLSX with "
             "kode_desa or kecamatan and desa, keluarga, keluarga berisiko stunting); every row "
             "is checked and nothing is stored when one is wrong."),
         familiesCommand},
    };
}

} // namespace konvergensi::cli::measurements
