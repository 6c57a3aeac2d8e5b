// SPDX-License-Identifier: GPL-3.0-or-later
// `prevalence show`: the figures of an area and of every area below it, and with
// --puskesmas those of its puskesmas.
#include "cli/prevalence/prevalence_cli.h"

#include "cli/cli_app.h"
#include "cli/logging.h"

#include "core/prevalence/prevalence_aggregation.h"
#include "io/csv_reader.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace konvergensi::cli::prevalence {

namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString rateText(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate, 'f', 1) : QString();
}

QString countText(const std::optional<std::int64_t> &count)
{
    return count ? QString::number(*count) : QString();
}

} // namespace

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
    const auto source = sourceOption(line);
    const auto round = roundOption(line);
    const auto indicator = indicatorOption(line);
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

} // namespace konvergensi::cli::prevalence
