// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/locus/locus_commands.h"

#include "cli/cli_app.h"
#include "cli/logging.h"

#include "core/locus/locus.h"
#include "io/csv_reader.h"
#include "io/locus/locus_import.h"
#include "reports/locus/locus_report.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "storage/regions/region_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace konvergensi::cli {

namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int requiredYear(const CommandLine &line, const QString &option, const QString &command)
{
    const auto year = line.intValue(option);
    if (!year)
        usageError(
            QCoreApplication::translate("Cli", "\"%1\" needs %2 YEAR.").arg(command, option));
    if (*year < 2000 || *year > 2100)
        usageError(QCoreApplication::translate("Cli", "the year must be between 2000 and 2100."));
    return *year;
}

QString number(const std::optional<std::int64_t> &value)
{
    return value ? QString::number(*value) : QString();
}

QString decimal(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

/// Prints rows as CSV or as a table with fixed widths (0 = rest of the line).
class Printer
{
public:
    Printer(QTextStream &out, ListFormat format, std::vector<int> widths)
        : m_out(out)
        , m_format(format)
        , m_widths(std::move(widths))
    {
    }

    void row(const QStringList &fields)
    {
        if (m_format == ListFormat::Csv) {
            m_out << io::csvLine(fields) << '\n';
            return;
        }
        QString text;
        for (int i = 0; i < fields.size(); ++i) {
            QString field = fields[i];
            field.replace(u'\n', u' ').replace(u'\t', u' ');
            const int width = i < static_cast<int>(m_widths.size())
                                  ? m_widths[static_cast<std::size_t>(i)]
                                  : 0;
            text += width > 0 ? field.left(width - 1).leftJustified(width) : field;
        }
        m_out << text.trimmed() << '\n';
    }

private:
    QTextStream &m_out;
    ListFormat m_format;
    std::vector<int> m_widths;
};

int listLocus(CliContext &context, const CommandLine &line)
{
    const int year = requiredYear(line, QStringLiteral("--year"), QStringLiteral("locus list"));
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    const reports::LocusListData data = reports::loadLocusListData(*db, year);
    Printer printer(context.out, format, {5, 15, 22, 15, 17, 9, 9, 8, 9, 9, 0});
    printer.row({QStringLiteral("rank"), QStringLiteral("code"), QStringLiteral("village"),
                 QStringLiteral("kecamatan"), QStringLiteral("origin"), QStringLiteral("measured"),
                 QStringLiteral("stunted"), QStringLiteral("rate"), QStringLiteral("hpk"),
                 QStringLiteral("poverty"), QStringLiteral("reason")});
    for (const reports::LocusListRow &row : data.rows) {
        const core::LocusEvidence &e = row.entry.evidence;
        printer.row({QString::number(row.entry.rank), q(row.entry.village.toString()),
                     row.villageName, row.kecamatanName, q(core::toString(row.entry.origin)),
                     number(e.childrenMeasured), number(e.stunted), decimal(e.prevalence()),
                     number(e.targetHouseholds), decimal(e.povertyPercent), q(row.entry.reason)});
    }
    if (format == ListFormat::Table) {
        if (data.rows.empty())
            context.err << QCoreApplication::translate("Cli", "No locus villages for %1.").arg(year)
                        << '\n';
        else if (data.decree && !data.decree->number.empty())
            context.out
                << QCoreApplication::translate("Cli", "Decree: %1").arg(q(data.decree->number))
                << '\n';
    }
    return ExitSuccess;
}

void printErrors(CliContext &context, const io::LocusImportReport &report, const QString &file)
{
    if (!report.fileError.isEmpty())
        throw CliError(report.fileError, ExitFailure);
    if (report.errors.empty())
        return;
    for (const io::RowError &error : report.errors)
        context.err << io::describe(error) << '\n';
    if (report.moreErrors > 0)
        context.err << io::moreErrorsText(report.moreErrors) << '\n';
    if (!report.unmatched.isEmpty())
        context.err << QCoreApplication::translate("Cli", "Villages not found: %1")
                           .arg(report.unmatched.join(QStringLiteral("; ")))
                    << '\n';
    throw CliError(
        QCoreApplication::translate(
            "Cli", "nothing was imported from %1 (errors: %2). Fix the lines above "
                   "and try again.")
            .arg(native(file), QString::number(report.errors.size() + report.moreErrors)),
        ExitFailure);
}

int importLocus(CliContext &context, const CommandLine &line)
{
    const int year = requiredYear(line, QStringLiteral("--year"), QStringLiteral("locus import"));
    const QString file = line.positional.first();
    const bool dryRun = line.flag(QStringLiteral("--dry-run"));
    const auto db = openExistingWorkspace(context);
    io::LocusListImporter importer(*db);
    const io::LocusImportReport checked = importer.checkFile(year, file);
    printErrors(context, checked, file);
    if (dryRun) {
        context.out << QCoreApplication::translate(
                           "Cli",
                           "Checked %1: %2 villages are good for %3 (the list now holds %4).")
                           .arg(native(file), QString::number(checked.villages),
                                QString::number(year), QString::number(checked.replaced))
                    << '\n';
        return ExitSuccess;
    }
    const bool replace = line.flag(QStringLiteral("--replace"));
    const io::LocusImportReport report = importer.importFile(year, file, replace);
    printErrors(context, report, file);
    if (report.refusedExisting)
        throw CliError(QCoreApplication::translate(
                           "Cli", "%1 already has a list of %2 villages. Run again with --replace "
                                  "to replace it.")
                           .arg(QString::number(year), QString::number(report.replaced)),
                       ExitFailure);
    context.out << QCoreApplication::translate("Cli", "Imported %1: %2 locus villages for %3.")
                       .arg(native(file), QString::number(report.villages), QString::number(year))
                << '\n';
    qCInfo(lcCli) << "locus import applied" << report.villages << "villages";
    return ExitSuccess;
}

int importScorecards(CliContext &context, const CommandLine &line)
{
    const int year = requiredYear(line, QStringLiteral("--year"),
                                  QStringLiteral("locus scorecards import"));
    const QString file = line.positional.first();
    const auto db = openExistingWorkspace(context);
    io::ScorecardImporter importer(*db);
    const bool dryRun = line.flag(QStringLiteral("--dry-run"));
    const io::LocusImportReport report = dryRun ? importer.checkFile(year, file)
                                                : importer.importFile(year, file);
    printErrors(context, report, file);
    context.out << (dryRun ? QCoreApplication::translate(
                        "Cli", "Checked %1: scorecards of %2 villages are good (%3 "
                               "would be replaced).")
                           : QCoreApplication::translate(
                               "Cli", "Imported %1: scorecards of %2 villages (%3 replaced)."))
                       .arg(native(file), QString::number(report.villages),
                            QString::number(report.replaced))
                << '\n';
    return ExitSuccess;
}

int compareLocus(CliContext &context, const CommandLine &line)
{
    const int from = requiredYear(line, QStringLiteral("--from"), QStringLiteral("locus compare"));
    const int to = requiredYear(line, QStringLiteral("--to"), QStringLiteral("locus compare"));
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    storage::LocusRepository locus(*db);
    const auto a = locus.locusCodes(from);
    const auto b = locus.locusCodes(to);
    const core::LocusComparison comparison = core::compareLists({a.begin(), a.end()},
                                                                {b.begin(), b.end()});
    const core::RegionTree tree = storage::RegionRepository(*db).tree();
    auto nameOf = [&tree](const core::RegionCode &code) {
        const core::Region *region = tree.find(code);
        return region ? q(region->name) : QString();
    };
    Printer printer(context.out, format, {10, 15, 22, 0});
    printer.row({QStringLiteral("change"), QStringLiteral("code"), QStringLiteral("village"),
                 QStringLiteral("kecamatan")});
    auto print = [&](const QString &word, const std::vector<core::RegionCode> &codes) {
        for (const core::RegionCode &code : codes)
            printer.row({word, q(code.toString()), nameOf(code),
                         code.parent() ? nameOf(*code.parent()) : QString()});
    };
    print(QStringLiteral("added"), comparison.added);
    print(QStringLiteral("kept"), comparison.kept);
    print(QStringLiteral("removed"), comparison.removed);
    if (format == ListFormat::Csv)
        return ExitSuccess;
    context.out << '\n'
                << QCoreApplication::translate("Cli", "%1: %2 villages, %3: %4 villages; %5 added, "
                                                      "%6 kept, %7 removed.")
                       .arg(QString::number(from), QString::number(a.size()), QString::number(to),
                            QString::number(b.size()), QString::number(comparison.added.size()),
                            QString::number(comparison.kept.size()),
                            QString::number(comparison.removed.size()))
                << '\n';
    for (const auto &[kecamatan, counts] : comparison.perKecamatan)
        context.out << QStringLiteral("  %1 %2: %3 -> %4\n")
                           .arg(q(kecamatan.toString()), nameOf(kecamatan))
                           .arg(counts.first)
                           .arg(counts.second);
    if (const auto district = storage::RegionRepository(*db).district()) {
        const core::PrevalenceMovement movement = core::prevalenceMovement(
            a, locus.villageFigures(from, district->code),
            locus.villageFigures(to, district->code));
        if (movement.locusChange() && movement.restChange())
            context.out << QCoreApplication::translate(
                               "Cli", "Prevalence of the %1 locus villages: %2 % -> %3 %; rest of "
                                      "the district: %4 % -> %5 %.")
                               .arg(QString::number(from),
                                    QString::number(*movement.locusBefore.percent, 'f', 1),
                                    QString::number(*movement.locusAfter.percent, 'f', 1),
                                    QString::number(*movement.restBefore.percent, 'f', 1),
                                    QString::number(*movement.restAfter.percent, 'f', 1))
                        << '\n';
    }
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> locus::commands()
{
    std::vector<CommandSpec> specs;
    specs.push_back({{QStringLiteral("locus"), QStringLiteral("list")},
                     {QStringLiteral("--year"), QStringLiteral("--format")},
                     {},
                     0,
                     0,
                     QStringLiteral("locus list --year Y [--format table|csv]"),
                     QCoreApplication::translate(
                         "Cli", "Print the locus villages of a year by rank, with kecamatan, "
                                "origin, the numbers behind them and the reason."),
                     listLocus});
    specs.push_back({{QStringLiteral("locus"), QStringLiteral("import")},
                     {QStringLiteral("--year")},
                     {QStringLiteral("--replace"), QStringLiteral("--dry-run")},
                     1,
                     1,
                     QStringLiteral("locus import --year Y FILE [--replace] [--dry-run]"),
                     QCoreApplication::translate(
                         "Cli", "Import a year's locus list from CSV or XLSX (kode or desa, "
                                "kecamatan, peringkat, alasan, balita_diukur, balita_stunting, "
                                "prevalensi, sasaran_1000_hpk, kemiskinan). Nothing changes "
                                "unless every row is good; an existing list is replaced only "
                                "with --replace."),
                     importLocus});
    specs.push_back(
        {{QStringLiteral("locus"), QStringLiteral("scorecards"), QStringLiteral("import")},
         {QStringLiteral("--year")},
         {QStringLiteral("--dry-run")},
         1,
         1,
         QStringLiteral("locus scorecards import --year Y FILE [--dry-run]"),
         QCoreApplication::translate(
             "Cli", "Import village convergence scorecards of a year from CSV or "
                    "XLSX (kode or desa, paket, indikator, sasaran, capaian, apbdes). "
                    "All or nothing."),
         importScorecards});
    specs.push_back({{QStringLiteral("locus"), QStringLiteral("compare")},
                     {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--format")},
                     {},
                     0,
                     0,
                     QStringLiteral("locus compare --from Y1 --to Y2 [--format table|csv]"),
                     QCoreApplication::translate(
                         "Cli", "Compare two years' locus lists: villages added, kept and "
                                "removed, counts per kecamatan, and how the locus villages' "
                                "prevalence moved against the rest of the district."),
                     compareLocus});
    return specs;
}

} // namespace konvergensi::cli
