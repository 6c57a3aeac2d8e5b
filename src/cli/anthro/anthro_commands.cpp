// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/anthro/anthro_commands.h"

#include "cli/cli_app.h"
#include "cli/cli_commands.h"
#include "cli/logging.h"

#include "core/anthro/anthro_prevalence.h"
#include "core/anthro/zscores.h"
#include "io/anthro/anthro_csv.h"
#include "storage/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <fmt/format.h>

#include <iterator>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace konvergensi::cli::anthro {

namespace {

using namespace core::anthro;

/// The children of a file, or a CliError (exit 1) after listing every bad row on err.
io::AnthroTable readChildren(CliContext &context, const QString &path)
{
    io::AnthroReadResult read = io::readAnthroCsvFile(path);
    const QString file = QDir::toNativeSeparators(path);
    if (!read.fileError.isEmpty())
        throw CliError(file + QStringLiteral(": ") + read.fileError, ExitFailure);
    if (read.rowErrorCount > 0) {
        for (const io::RowError &error : read.rowErrors)
            context.err << io::describe(error) << '\n';
        const int unlisted = read.rowErrorCount - static_cast<int>(read.rowErrors.size());
        if (unlisted > 0)
            context.err << io::moreErrorsText(unlisted) << '\n';
        throw CliError(QCoreApplication::translate(
                           "Cli",
                           "%1: nothing was computed (lines with errors: %2). Fix the lines above "
                           "and try again.")
                           .arg(file)
                           .arg(read.rowErrorCount),
                       ExitFailure);
    }
    return std::move(read.table);
}

/// Where the output goes: standard output (bytes straight to the file when the stream is
/// one, without a detour through QString), or a file written whole or not at all.
class Output
{
public:
    Output(CliContext &context, const std::optional<QString> &path)
        : m_context(context)
    {
        if (path) {
            // Never over the workspace (or any SQLite file), a folder or a device (issue #16).
            storage::checkOutputPath(*path);
            m_file = std::make_unique<QSaveFile>(*path);
            if (!m_file->open(QIODevice::WriteOnly))
                fail(*path, m_file->errorString());
            m_device = m_file.get();
        } else {
            context.out.flush();
            m_device = context.out.device();
        }
    }

    void write(std::string_view bytes)
    {
        if (!m_device) {
            m_context.out << QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
            return;
        }
        const char *data = bytes.data();
        auto left = static_cast<qint64>(bytes.size());
        while (left > 0) {
            const qint64 written = m_device->write(data, left);
            if (written <= 0)
                fail(m_file ? m_file->fileName() : QString(), m_device->errorString());
            data += written;
            left -= written;
        }
    }

    void finish()
    {
        if (m_file && !m_file->commit())
            fail(m_file->fileName(), m_file->errorString());
    }

private:
    [[noreturn]] static void fail(const QString &path, const QString &reason)
    {
        if (path.isEmpty())
            throw CliError(
                QCoreApplication::translate("Cli", "cannot write the output: %1").arg(reason),
                ExitFailure);
        throw CliError(QCoreApplication::translate("Cli", "cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), reason),
                       ExitFailure);
    }

    CliContext &m_context;
    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device = nullptr;
};

int zscores(CliContext &context, const CommandLine &line)
{
    const io::AnthroTable table = readChildren(context, line.positional.value(0));
    std::vector<ZScores> scores(table.children.size());
    computeZScores(table.children, scores);
    const auto path = line.value(QStringLiteral("--output"));
    Output output(context, path);
    io::writeZScoreCsv(table, scores, [&output](std::string_view chunk) { output.write(chunk); });
    output.finish();
    if (path)
        context.err << QCoreApplication::translate("Cli",
                                                   "Wrote the z-scores of %1 children to %2.")
                           .arg(table.children.size())
                           .arg(QDir::toNativeSeparators(*path))
                    << '\n';
    qCInfo(lcCli) << "anthro zscores:" << table.children.size() << "children";
    return ExitSuccess;
}

/// A CSV field as R's write.csv writes text: in quotes, inner quotes doubled.
void appendQuoted(std::string &out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string prevalenceCsv(const std::vector<PrevalenceRow> &rows)
{
    std::string out;
    const std::vector<std::string> &names = prevalenceColumnNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += ',';
        appendQuoted(out, names[i]);
    }
    out += '\n';
    for (const PrevalenceRow &row : rows) {
        appendQuoted(out, row.group);
        for (const double value : prevalenceColumnValues(row)) {
            out += ',';
            io::appendNumber(out, value);
        }
        out += '\n';
    }
    return out;
}

/// "29.6 (27.6-31.7)", or "-" without a value.
QString rateText(const RateEstimate &rate)
{
    if (isMissing(rate.r))
        return QStringLiteral("-");
    return QString::fromStdString(fmt::format("{:.1f} ({:.1f}-{:.1f})", rate.r, rate.ll, rate.ul));
}

QString decimalText(double value, int decimals)
{
    return isMissing(value) ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

QString prevalenceTable(const std::vector<PrevalenceRow> &rows)
{
    QString out;
    constexpr int kGroupWidth = 28;
    constexpr int kRateWidth = 20;
    const std::array<const char *, kPrevalenceIndicatorCount> titles = {
        QT_TRANSLATE_NOOP("Cli", "Length/height-for-age (HAZ): < -2 SD is stunting"),
        QT_TRANSLATE_NOOP("Cli", "Weight-for-age (WAZ): < -2 SD is underweight"),
        QT_TRANSLATE_NOOP("Cli", "BMI-for-age (BAZ)"),
        QT_TRANSLATE_NOOP("Cli", "Weight-for-length/height (WHZ): < -2 SD is wasting, > +2 SD "
                                 "overweight")};
    const QString heading =
        QCoreApplication::translate("Cli", "Group").leftJustified(kGroupWidth)
        + QCoreApplication::translate("Cli", "n").rightJustified(6) + u"  "
        + QCoreApplication::translate("Cli", "< -3 SD %").leftJustified(kRateWidth)
        + QCoreApplication::translate("Cli", "< -2 SD %").leftJustified(kRateWidth)
        + QCoreApplication::translate("Cli", "> +2 SD %").leftJustified(kRateWidth)
        + QCoreApplication::translate("Cli", "mean z").rightJustified(7)
        + QCoreApplication::translate("Cli", "SD").rightJustified(6) + u'\n';
    for (std::size_t k = 0; k < kPrevalenceIndicatorCount; ++k) {
        out += QCoreApplication::translate("Cli", titles[k]) + QStringLiteral(" (95 % CI)\n")
               + heading;
        for (const PrevalenceRow &row : rows) {
            const IndicatorEstimates &e = row.indicators[k];
            out += QString::fromStdString(row.group).leftJustified(kGroupWidth)
                   + QString::number(e.pop, 'f', 0).rightJustified(6) + u"  "
                   + rateText(e.rates[0]).leftJustified(kRateWidth)
                   + rateText(e.rates[1]).leftJustified(kRateWidth)
                   + rateText(e.rates[4]).leftJustified(kRateWidth)
                   + decimalText(e.mean.r, 2).rightJustified(7)
                   + decimalText(e.mean.stdev, 2).rightJustified(6) + u'\n';
        }
        out += u'\n';
    }
    out += QCoreApplication::translate(
        "Cli", "Stunting with wasting (HAZ < -2 and WHZ < -2) and with overweight (HAZ < -2 and "
               "WHZ > +2) (95 % CI)\n");
    out +=
        QCoreApplication::translate("Cli", "Group").leftJustified(kGroupWidth)
        + QCoreApplication::translate("Cli", "n").rightJustified(6) + u"  "
        + QCoreApplication::translate("Cli", "stunted and wasted %").leftJustified(kRateWidth + 4)
        + QCoreApplication::translate("Cli", "stunted and overweight %") + u'\n';
    for (const PrevalenceRow &row : rows) {
        out += QString::fromStdString(row.group).leftJustified(kGroupWidth)
               + QString::number(row.stuntedWastedPop, 'f', 0).rightJustified(6) + u"  "
               + rateText(row.stuntedWasted).leftJustified(kRateWidth + 4)
               + rateText(row.stuntedOverweight) + u'\n';
    }
    return out;
}

int prevalence(CliContext &context, const CommandLine &line)
{
    const ListFormat format = line.format();
    const io::AnthroTable table = readChildren(context, line.positional.value(0));
    std::vector<PrevalenceRow> rows;
    try {
        rows = computePrevalence(table.children);
    } catch (const std::invalid_argument &) {
        throw CliError(QCoreApplication::translate(
                           "Cli", "%1: no child is 1826 days (60 months) old or younger.")
                           .arg(QDir::toNativeSeparators(line.positional.value(0))),
                       ExitFailure);
    }
    if (format == ListFormat::Csv) {
        Output output(context, std::nullopt);
        output.write(prevalenceCsv(rows));
    } else {
        context.out << prevalenceTable(rows);
    }
    qCInfo(lcCli) << "anthro prevalence:" << table.children.size() << "children";
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> commands()
{
    return {
        {{QStringLiteral("anthro"), QStringLiteral("zscores")},
         {QStringLiteral("--output")},
         {},
         1,
         1,
         QStringLiteral("anthro zscores INPUT.csv [--output OUT.csv]"),
         QCoreApplication::translate(
             "Cli",
             "WHO z-scores, flags and Indonesian categories of every child in a CSV file (no "
             "workspace needed)."),
         zscores},
        {{QStringLiteral("anthro"), QStringLiteral("prevalence")},
         {QStringLiteral("--format")},
         {},
         1,
         1,
         QStringLiteral("anthro prevalence INPUT.csv [--format table|csv]"),
         QCoreApplication::translate(
             "Cli",
             "Prevalence of stunting, wasting, underweight and overweight with 95 % intervals, "
             "as the WHO anthro package gives it."),
         prevalence},
    };
}

} // namespace konvergensi::cli::anthro
