// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/prevalence/prevalence_commands.h"

#include "cli/cli_app.h"
#include "cli/logging.h"

#include "core/prevalence/prevalence_aggregation.h"
#include "io/csv_reader.h"
#include "io/prevalence/prevalence_import.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>

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

QString rateText(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate, 'f', 1) : QString();
}

QString countText(const std::optional<std::int64_t> &count)
{
    return count ? QString::number(*count) : QString();
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

int importPrevalence(CliContext &context, const QString &file, bool replace, bool dryRun)
{
    const auto db = openExistingWorkspace(context);
    io::PrevalenceImporter importer(*db);
    const auto report = dryRun ? importer.checkFile(file)
                               : importer.importFile(file, replace ? io::ConflictPolicy::Replace
                                                                   : io::ConflictPolicy::Refuse);
    if (!report.fileError.isEmpty())
        throw CliError(report.fileError, ExitFailure);
    if (!report.errors.empty()) {
        for (const io::RowError &error : report.errors)
            context.err << io::describe(error) << '\n';
        if (report.moreErrors > 0)
            context.err << io::moreErrorsText(report.moreErrors) << '\n';
        throw CliError(
            QCoreApplication::translate("Cli", "nothing was imported from %1 (errors: "
                                               "%2). Fix the lines above and try again.")
                .arg(native(file), QString::number(report.errors.size() + report.moreErrors)),
            ExitFailure);
    }
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

template<typename T, typename Parse>
std::optional<T> option(const CommandLine &line, const QString &name, Parse parse,
                        const QString &allowed)
{
    const auto text = line.value(name);
    if (!text)
        return std::nullopt;
    const auto parsed = parse(text->toStdString());
    if (!parsed)
        usageError(QCoreApplication::translate("Cli", "unknown value \"%1\" for %2: use %3.")
                       .arg(*text, name, allowed));
    return parsed;
}

int showPrevalence(CliContext &context, const CommandLine &line)
{
    const auto areaText = line.value(QStringLiteral("--area"));
    const auto year = line.intValue(QStringLiteral("--year"));
    if (!areaText || !year)
        usageError(QCoreApplication::translate(
            "Cli", "\"prevalence show\" needs --area CODE and --year YEAR."));
    const auto area = core::RegionCode::parse(areaText->toStdString());
    if (!area)
        usageError(
            QCoreApplication::translate("Cli", "\"%1\" is not a region code.").arg(*areaText));
    const auto source = option<core::PrevalenceSource>(
        line, QStringLiteral("--source"),
        [](const std::string &t) { return core::prevalenceSourceFromString(t); },
        QStringLiteral("ssgi, ski, riskesdas, eppgbm, bulan_penimbangan, other"));
    const auto round = option<core::PrevalenceRound>(
        line, QStringLiteral("--round"),
        [](const std::string &t) { return core::prevalenceRoundFromString(t); },
        QStringLiteral("february, august, survey"));
    const auto indicator =
        option<core::PrevalenceIndicator>(
            line, QStringLiteral("--indicator"),
            [](const std::string &t) { return core::prevalenceIndicatorFromString(t); },
            QStringLiteral("stunting, severe_stunting, wasting, underweight, overweight"))
            .value_or(core::PrevalenceIndicator::Stunting);
    const ListFormat format = line.format();
    const bool withPuskesmas = line.flag(QStringLiteral("--puskesmas"));
    // The district the puskesmas rows are summed in: the area's own or the one above it.
    std::optional<core::RegionCode> district = *area;
    while (district && district->level() != core::RegionLevel::District)
        district = district->level() == core::RegionLevel::Province ? std::nullopt
                                                                    : district->parent();
    if (withPuskesmas && !district)
        usageError(QCoreApplication::translate(
            "Cli", "--puskesmas needs a district, kecamatan or desa as --area, not a province."));

    const auto db = openExistingWorkspace(context);
    const core::RegionTree tree = storage::RegionRepository(*db).tree();
    if (!tree.contains(*area))
        throw CliError(QCoreApplication::translate("Cli", "the region %1 is not in the workspace.")
                           .arg(*areaText),
                       ExitFailure);
    storage::PrevalenceRepository repository(*db);
    // The puskesmas that stand in the area (or, for a desa, the one that serves it).
    std::vector<storage::Puskesmas> puskesmas;
    if (withPuskesmas) {
        for (storage::Puskesmas &p : repository.puskesmas()) {
            const bool inArea =
                (p.kecamatan && (*p.kecamatan == *area || p.kecamatan->isBelow(*area)))
                || std::find(p.villages.begin(), p.villages.end(), *area) != p.villages.end();
            if (inArea)
                puskesmas.push_back(std::move(p));
        }
    }
    storage::PrevalenceFilter filter;
    filter.within = *area;
    filter.year = *year;
    filter.indicator = indicator;
    filter.source = source;
    filter.round = round;
    auto observations = repository.observations(filter);
    if (!puskesmas.empty()) {
        // The desa the puskesmas serve may lie outside a kecamatan area, and their own
        // figures are never "within" a region.
        filter.within = *district;
        observations = repository.observations(filter);
        filter.within.reset();
        filter.areaKind = core::PrevalenceArea::Kind::Puskesmas;
        for (core::PrevalenceObservation &o : repository.observations(filter))
            observations.push_back(std::move(o));
    }
    const auto inArea = [&](const core::PrevalenceObservation &o) {
        return o.area.region && (*o.area.region == *area || o.area.region->isBelow(*area));
    };

    // One group per source and round, in the order of sources and then periods.
    std::map<std::pair<int, int>, std::vector<core::PrevalenceObservation>> groups;
    auto roundOrder = [](core::PrevalenceRound r) {
        return r == core::PrevalenceRound::February ? 0
               : r == core::PrevalenceRound::Survey ? 1
                                                    : 2;
    };
    for (const auto &o : observations) {
        if (inArea(o)
            || (o.area.kind == core::PrevalenceArea::Kind::Puskesmas && !puskesmas.empty()))
            groups[{static_cast<int>(o.source), roundOrder(o.round)}].push_back(o);
    }

    QTextStream &out = context.out;
    const QStringList headers{
        QStringLiteral("code"),     QStringLiteral("name"),    QStringLiteral("level"),
        QStringLiteral("year"),     QStringLiteral("round"),   QStringLiteral("source"),
        QStringLiteral("measured"), QStringLiteral("cases"),   QStringLiteral("rate"),
        QStringLiteral("ci_low"),   QStringLiteral("ci_high"), QStringLiteral("summed")};
    const std::vector<int> widths{15, 26, 10, 5, 9, 18, 9, 7, 6, 7, 8, 0};
    auto emit = [&](const QStringList &fields) {
        if (format == ListFormat::Csv) {
            out << io::csvLine(fields) << '\n';
            return;
        }
        QString text;
        for (int i = 0; i < fields.size(); ++i) {
            QString field = fields[i];
            field.replace(u'\n', u' ').replace(u'\t', u' ');
            const int width = widths[static_cast<std::size_t>(i)];
            text += width > 0 ? field.left(width - 1).leftJustified(width) : field;
        }
        out << text.trimmed() << '\n';
    };
    emit(headers);
    int rows = 0;
    std::map<std::pair<int, int>, std::vector<QStringList>> puskesmasRows;
    // The desa the area's puskesmas serve outside the area count in their sums only.
    for (auto &[key, group] : groups) {
        if (puskesmas.empty())
            continue;
        std::vector<core::PrevalenceObservation> all = group;
        group.erase(
            std::remove_if(group.begin(), group.end(),
                           [&](const core::PrevalenceObservation &o) { return !inArea(o); }),
            group.end());
        const auto &first = all.front();
        const core::PuskesmasSummary summary = core::summarizePuskesmas(tree, *district, puskesmas,
                                                                        all);
        for (const core::PuskesmasFigure &p : summary.puskesmas) {
            const QStringList start{q(p.code),
                                    q(p.name),
                                    QStringLiteral("puskesmas"),
                                    QString::number(*year),
                                    q(core::toString(first.round)),
                                    q(core::toString(first.source))};
            const auto rate = p.villages.rate();
            const auto interval = p.villages.interval();
            if (p.villages.withCounts > 0)
                puskesmasRows[key].push_back(
                    start
                    + QStringList{countText(p.villages.measured), countText(p.villages.cases),
                                  rateText(rate), interval ? rateText(interval->low) : QString(),
                                  interval ? rateText(interval->high) : QString(),
                                  QStringLiteral("yes")});
            if (p.own) {
                const auto ownInterval = p.own->hasCounts()
                                             ? core::wilsonInterval(*p.own->cases, *p.own->measured)
                                             : std::nullopt;
                puskesmasRows[key].push_back(
                    start
                    + QStringList{countText(p.own->measured), countText(p.own->cases),
                                  rateText(p.own->rate()),
                                  ownInterval ? rateText(ownInterval->low) : QString(),
                                  ownInterval ? rateText(ownInterval->high) : QString(),
                                  QString()});
            }
        }
    }
    for (const auto &[key, group] : groups) {
        if (group.empty()) {
            for (const QStringList &row : puskesmasRows[key]) {
                emit(row);
                ++rows;
            }
            continue;
        }
        const auto &first = group.front();
        for (const core::AreaFigure &figure : core::figuresBelow(tree, *area, group)) {
            emit({q(figure.code.toString()), QString::fromStdString(figure.name),
                  q(core::toString(figure.code.level())), QString::number(*year),
                  q(core::toString(first.round)), q(core::toString(first.source)),
                  countText(figure.measured), countText(figure.cases), rateText(figure.rate),
                  figure.interval ? rateText(figure.interval->low) : QString(),
                  figure.interval ? rateText(figure.interval->high) : QString(),
                  figure.aggregated && figure.rate ? QStringLiteral("yes") : QString()});
            ++rows;
        }
        for (const QStringList &row : puskesmasRows[key]) {
            emit(row);
            ++rows;
        }
    }
    if (format == ListFormat::Table && groups.empty())
        context.err << QCoreApplication::translate("Cli", "No prevalence figures for %1 in %2.")
                           .arg(*areaText, QString::number(*year))
                    << '\n';
    qCInfo(lcCli) << "prevalence show" << rows << "rows";
    return ExitSuccess;
}

int removePrevalence(CliContext &context, const CommandLine &line)
{
    const auto areaText = line.value(QStringLiteral("--area"));
    const auto year = line.intValue(QStringLiteral("--year"));
    const auto round = option<core::PrevalenceRound>(
        line, QStringLiteral("--round"),
        [](const std::string &t) { return core::prevalenceRoundFromString(t); },
        QStringLiteral("february, august, survey"));
    const auto source = option<core::PrevalenceSource>(
        line, QStringLiteral("--source"),
        [](const std::string &t) { return core::prevalenceSourceFromString(t); },
        QStringLiteral("ssgi, ski, riskesdas, eppgbm, bulan_penimbangan, other"));
    const auto parsedArea = areaText ? core::PrevalenceArea::fromText(areaText->toStdString())
                                     : std::nullopt;
    if (!parsedArea || !year || !round || !source)
        usageError(QCoreApplication::translate(
            "Cli", "\"prevalence remove\" needs --area CODE, --year YEAR, --round ROUND and "
                   "--source SOURCE."));
    const auto indicator =
        option<core::PrevalenceIndicator>(
            line, QStringLiteral("--indicator"),
            [](const std::string &t) { return core::prevalenceIndicatorFromString(t); },
            QStringLiteral("stunting, severe_stunting, wasting, underweight, overweight"))
            .value_or(core::PrevalenceIndicator::Stunting);

    core::PrevalenceObservation key;
    key.area = *parsedArea;
    key.year = *year;
    key.round = *round;
    key.source = *source;
    key.indicator = indicator;

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
    const auto held = repository.find(key);
    if (!held)
        throw CliError(QCoreApplication::translate(
                           "Cli", "there is no figure for %1; nothing was removed. See "
                                  "\"prevalence show\" for the figures held.")
                           .arg(what),
                       ExitFailure);
    repository.remove(held->id, held->rowVersion);
    context.out << QCoreApplication::translate("Cli", "Removed the figure %1: %2.")
                       .arg(what, figureText(*held))
                << '\n';
    qCInfo(lcCli) << "prevalence remove" << held->id;
    return ExitSuccess;
}

} // namespace

std::vector<CommandSpec> prevalence::commands()
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
         [](CliContext &context, const CommandLine &line) {
             return showPrevalence(context, line);
         }});
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
    return specs;
}

} // namespace konvergensi::cli
