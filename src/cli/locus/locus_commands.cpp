// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/locus/locus_commands.h"

#include "cli/cli_app.h"
#include "cli/logging.h"

#include "core/locus/locus.h"
#include "i18n/language.h"
#include "io/csv_reader.h"
#include "io/locus/locus_import.h"
#include "reports/locus/locus_report.h"
#include "storage/database.h"
#include "storage/locus/locus_repository.h"
#include "usecases/locus/locus_comparison.h"
#include "usecases/locus/locus_documents.h"
#include "usecases/locus/locus_imports.h"
#include "usecases/locus/locus_proposal.h"
#include "usecases/locus/locus_report_data.h"
#include "usecases/locus/village_profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <array>

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
    const reports::LocusListData data = usecases::locus::loadLocusListData(*db, year);
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
    QStringList extra;
    if (!report.unmatched.isEmpty())
        extra << QCoreApplication::translate("Cli", "Villages not found: %1")
                     .arg(report.unmatched.join(QStringLiteral("; ")));
    refuseImport(context, file, report.errors, report.moreErrors, extra);
}

int importLocus(CliContext &context, const CommandLine &line)
{
    const int year = requiredYear(line, QStringLiteral("--year"), QStringLiteral("locus import"));
    const QString file = line.positional.first();
    const bool dryRun = line.flag(QStringLiteral("--dry-run"));
    const auto db = openExistingWorkspace(context);
    usecases::Progress progress;
    using usecases::locus::LocusFile;
    const io::LocusImportReport checked = usecases::locus::checkImport(*db, LocusFile::List, year,
                                                                       file, progress);
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
    const io::LocusImportReport report = usecases::locus::runImport(*db, LocusFile::List, year,
                                                                    file, progress, replace);
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
    const bool dryRun = line.flag(QStringLiteral("--dry-run"));
    usecases::Progress progress;
    using usecases::locus::LocusFile;
    const io::LocusImportReport report =
        dryRun ? usecases::locus::checkImport(*db, LocusFile::Scorecards, year, file, progress)
               : usecases::locus::runImport(*db, LocusFile::Scorecards, year, file, progress);
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
    const usecases::locus::YearComparison comparison = usecases::locus::compareYears(*db, from, to);
    Printer printer(context.out, format, {10, 15, 22, 0});
    printer.row({QStringLiteral("change"), QStringLiteral("code"), QStringLiteral("village"),
                 QStringLiteral("kecamatan")});
    for (const auto &village : comparison.villages) {
        using Change = usecases::locus::YearComparison::Change;
        const QString word = village.change == Change::Added  ? QStringLiteral("added")
                             : village.change == Change::Kept ? QStringLiteral("kept")
                                                              : QStringLiteral("removed");
        printer.row({word, q(village.code.toString()), village.name, village.kecamatan});
    }
    if (format == ListFormat::Csv)
        return ExitSuccess;
    using Change = usecases::locus::YearComparison::Change;
    context.out << '\n'
                << QCoreApplication::translate("Cli", "%1: %2 villages, %3: %4 villages; %5 added, "
                                                      "%6 kept, %7 removed.")
                       .arg(QString::number(from), QString::number(comparison.countFrom),
                            QString::number(to), QString::number(comparison.countTo),
                            QString::number(comparison.count(Change::Added)),
                            QString::number(comparison.count(Change::Kept)),
                            QString::number(comparison.count(Change::Removed)))
                << '\n';
    for (const auto &kecamatan : comparison.kecamatan)
        context.out << QStringLiteral("  %1 %2: %3 -> %4\n")
                           .arg(q(kecamatan.code.toString()), kecamatan.name)
                           .arg(kecamatan.before)
                           .arg(kecamatan.after);
    if (const QString movement = usecases::locus::movementSentence(comparison,
                                                                   i18n::LanguageSetup::current());
        !movement.isEmpty())
        context.out << movement << '\n';
    return ExitSuccess;
}

reports::Paper paperOption(const CommandLine &line)
{
    const auto text = line.value(QStringLiteral("--paper"));
    if (!text)
        return reports::Paper::A4;
    const auto paper = reports::paperFromString(*text);
    if (!paper)
        usageError(
            QCoreApplication::translate("Cli", "the paper is a4 or f4, not \"%1\".").arg(*text));
    return *paper;
}

/// Writes one of the module's documents to the file named on the command line, in the format
/// its suffix says (only those in `formats`).
int writeDocument(CliContext &context, const CommandLine &line,
                  usecases::locus::LocusDocument document, const QString &command,
                  const QList<usecases::locus::FileFormat> &formats)
{
    const int year = requiredYear(line, QStringLiteral("--year"), command);
    const QString file = line.positional.first();
    const auto format = usecases::locus::formatOfPath(file);
    if (!format || !formats.contains(*format))
        usageError(QCoreApplication::translate("Cli", "\"%1\" writes %2 files; \"%3\" is not one.")
                       .arg(command,
                            formats.size() == 1 ? QStringLiteral(".pdf")
                                                : QStringLiteral(".pdf, .xlsx or .csv"),
                            file));
    const reports::Paper paper = paperOption(line);
    const auto db = openExistingWorkspace(context);
    usecases::Progress progress;
    try {
        usecases::locus::writeDocument(*db, document, year, *format, paper,
                                       i18n::LanguageSetup::current(), file, progress);
    } catch (const reports::ReportError &error) {
        throw CliError(error.message(), ExitFailure);
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1.").arg(native(file)) << '\n';
    qCInfo(lcCli) << command << year;
    return ExitSuccess;
}

int printLocus(CliContext &context, const CommandLine &line)
{
    using usecases::locus::FileFormat;
    return writeDocument(context, line, usecases::locus::LocusDocument::Attachment,
                         QStringLiteral("locus print"),
                         {FileFormat::Pdf, FileFormat::Xlsx, FileFormat::Csv});
}

int scorecardSummary(CliContext &context, const CommandLine &line)
{
    using usecases::locus::FileFormat;
    return writeDocument(context, line, usecases::locus::LocusDocument::Scorecards,
                         QStringLiteral("locus scorecards summary"),
                         {FileFormat::Pdf, FileFormat::Xlsx, FileFormat::Csv});
}

/// "40,30,20,10": the four weights in the order prevalence, stunted, service gap, poverty.
core::LocusWeights weightsOption(const CommandLine &line)
{
    core::LocusWeights weights;
    const auto text = line.value(QStringLiteral("--weights"));
    if (!text)
        return weights;
    const QStringList parts = text->split(QLatin1Char(','));
    std::array<double, 4> values{};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i)
        values[static_cast<std::size_t>(i)] = parts[i].trimmed().toDouble(&ok);
    weights = {values[0], values[1], values[2], values[3]};
    if (!ok || !weights.valid())
        usageError(QCoreApplication::translate(
                       "Cli", "--weights takes four numbers of 0 or more, at least one above 0, "
                              "for prevalence, stunted children, service gap and poverty, e.g. "
                              "40,30,20,10; not \"%1\".")
                       .arg(*text));
    return weights;
}

int proposeLocus(CliContext &context, const CommandLine &line)
{
    const int year = requiredYear(line, QStringLiteral("--year"), QStringLiteral("locus propose"));
    const int dataYear = line.value(QStringLiteral("--data-year")) ? requiredYear(
                             line, QStringLiteral("--data-year"), QStringLiteral("locus propose"))
                                                                   : year - 1;
    const int topN = line.intValue(QStringLiteral("--top")).value_or(15);
    if (topN < 1)
        usageError(QCoreApplication::translate("Cli", "--top takes a number of 1 or more."));
    const ListFormat format = line.format();
    const auto db = openExistingWorkspace(context);
    usecases::locus::LocusProposal proposal;
    proposal.setYear(year, dataYear);
    proposal.setWeights(weightsOption(line));
    proposal.setTopN(topN);
    if (const QString problem = proposal.load(*db); !problem.isEmpty())
        throw CliError(problem, ExitFailure);
    Printer printer(context.out, format, {5, 15, 22, 17, 7, 9, 9, 9, 9, 4, 0});
    printer.row({QStringLiteral("rank"), QStringLiteral("code"), QStringLiteral("village"),
                 QStringLiteral("kecamatan"), QStringLiteral("score"), QStringLiteral("rate"),
                 QStringLiteral("stunted"), QStringLiteral("gap"), QStringLiteral("poverty"),
                 QStringLiteral("top"), QStringLiteral("source")});
    const core::Language language = i18n::LanguageSetup::current();
    const auto names = usecases::locus::regionNames(*db);
    for (const core::RankedVillage &r : proposal.ranking()) {
        const core::LocusCandidate &c = r.candidate;
        printer.row({QString::number(r.rank), q(c.village.toString()), q(c.name),
                     names.contains(c.kecamatan) ? names.at(c.kecamatan) : QString(),
                     QString::number(r.score, 'f', 1), decimal(c.prevalence), number(c.stunted),
                     decimal(c.coverageGap), decimal(c.poverty),
                     r.rank <= topN ? QStringLiteral("yes") : QString(),
                     c.origin ? reports::figureOriginText(*c.origin) : QString()});
    }
    if (!line.flag(QStringLiteral("--save")))
        return ExitSuccess;
    const std::size_t held = storage::LocusRepository(*db).count(year);
    if (held > 0 && !line.flag(QStringLiteral("--replace")))
        throw CliError(QCoreApplication::translate(
                           "Cli", "%1 already has a list of %2 villages. Run again with --replace "
                                  "to replace it.")
                           .arg(QString::number(year), QString::number(held)),
                       ExitFailure);
    const auto saved = proposal.save(*db, language);
    context.err << QCoreApplication::translate("Cli", "Saved the top %1 as the locus list of %2.")
                       .arg(QString::number(saved.added), QString::number(year))
                << '\n';
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
    specs.push_back(
        {{QStringLiteral("locus"), QStringLiteral("propose")},
         {QStringLiteral("--year"), QStringLiteral("--data-year"), QStringLiteral("--top"),
          QStringLiteral("--weights"), QStringLiteral("--format")},
         {QStringLiteral("--save"), QStringLiteral("--replace")},
         0,
         0,
         QStringLiteral("locus propose --year Y [--data-year Y0] [--top N] [--weights P,S,G,K] "
                        "[--format table|csv] [--save [--replace]]"),
         QCoreApplication::translate(
             "Cli", "Rank every village of the district for the list of year Y from the data of "
                    "Y0 (default the year before) by the weights of prevalence, stunted "
                    "children, service gap and poverty (default 40,30,20,10); with --save, "
                    "store the top N (default 15) as the year's list."),
         proposeLocus});
    specs.push_back(
        {{QStringLiteral("locus"), QStringLiteral("print")},
         {QStringLiteral("--year"), QStringLiteral("--paper")},
         {},
         1,
         1,
         QStringLiteral("locus print --year Y FILE.pdf|FILE.xlsx|FILE.csv [--paper a4|f4]"),
         QCoreApplication::translate(
             "Cli", "Write the year's list as the attachment to the regent's decree (PDF on A4 "
                    "or F4), or the list as a workbook or CSV."),
         printLocus});
    specs.push_back(
        {{QStringLiteral("locus"), QStringLiteral("scorecards"), QStringLiteral("summary")},
         {QStringLiteral("--year"), QStringLiteral("--paper")},
         {},
         1,
         1,
         QStringLiteral("locus scorecards summary --year Y FILE.pdf|FILE.xlsx|FILE.csv "
                        "[--paper a4|f4]"),
         QCoreApplication::translate(
             "Cli", "Write the year's scorecard summary (coverage of each service package and "
                    "the APBDes allocation of every village) as PDF, XLSX or CSV."),
         scorecardSummary});
    return specs;
}

} // namespace konvergensi::cli
