// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/round_summary.h"

#include "storage/measurements/measurement_repository.h"
#include "storage/measurements/round_tallies.h"
#include "storage/regions/region_repository.h"

namespace konvergensi::usecases::measurements {

namespace cm = core::measurements;

namespace {

QString percentText(const std::optional<double> &value)
{
    return value ? QString::asprintf("%.2f", *value) : QString();
}

void addRate(QStringList &fields, const cm::IndicatorCounts &counts, int cases)
{
    fields << percentText(counts.percent(cases));
    const auto interval = counts.interval(cases);
    fields << (interval ? QString::asprintf("%.2f", interval->low) : QString())
           << (interval ? QString::asprintf("%.2f", interval->high) : QString());
}

} // namespace

std::optional<QString> childRoundOf(storage::Database &db, int year, core::PrevalenceRound round)
{
    if (round != core::PrevalenceRound::February && round != core::PrevalenceRound::August)
        return std::nullopt;
    const QString period = QString::fromStdString(
        cm::Round{year, round == core::PrevalenceRound::February ? 2 : 8}.toString());
    const auto held = storage::MeasurementRepository(db).round(period);
    if (!held || held->children == 0)
        return std::nullopt;
    return period;
}

std::optional<std::vector<cm::AreaSummary>> roundSummary(storage::Database &db,
                                                         const QString &period,
                                                         const cm::SummaryOptions &options)
{
    storage::MeasurementRepository repository(db);
    if (!repository.round(period))
        return std::nullopt;
    storage::RegionRepository regions(db);
    const auto district = regions.district();
    if (!district)
        return std::vector<cm::AreaSummary>{};
    const auto rows = repository.countedRows(period);
    return cm::summarize(regions.tree(), district->code, rows, options);
}

QStringList summaryColumns()
{
    QStringList columns = {QStringLiteral("level"),
                           QStringLiteral("code"),
                           QStringLiteral("name"),
                           QStringLiteral("children"),
                           QStringLiteral("skipped_total"),
                           QStringLiteral("haz_valid"),
                           QStringLiteral("stunted"),
                           QStringLiteral("severely_stunted"),
                           QStringLiteral("whz_valid"),
                           QStringLiteral("wasted"),
                           QStringLiteral("severely_wasted"),
                           QStringLiteral("overweight"),
                           QStringLiteral("waz_valid"),
                           QStringLiteral("underweight"),
                           QStringLiteral("severely_underweight")};
    for (const char *rate : {"stunted", "wasted", "overweight", "underweight"}) {
        const QString name = QString::fromLatin1(rate);
        columns << name + QStringLiteral("_pct") << name + QStringLiteral("_ci_low")
                << name + QStringLiteral("_ci_high");
    }
    columns << QStringLiteral("kecamatan_code") << QStringLiteral("rows_in_file");
    for (const cm::SkipReason reason : cm::kSkipReasons)
        columns << QStringLiteral("skipped_") + QString::fromLatin1(cm::skipReasonKey(reason));
    for (const char *indicator : {"haz", "whz", "waz"}) {
        const QString name = QString::fromLatin1(indicator);
        columns << name + QStringLiteral("_missing") << name + QStringLiteral("_flagged");
    }
    return columns;
}

QStringList summaryFields(const cm::AreaSummary &area)
{
    const cm::AreaCounts &c = area.counts;
    QStringList fields = {QString::fromLatin1(cm::toString(area.level)),
                          QString::fromStdString(area.code),
                          QString::fromStdString(area.name),
                          QString::number(c.children),
                          QString::number(c.skippedTotal()),
                          QString::number(c.haz.valid),
                          QString::number(c.haz.below2),
                          QString::number(c.haz.below3),
                          QString::number(c.whz.valid),
                          QString::number(c.whz.below2),
                          QString::number(c.whz.below3),
                          QString::number(c.whz.above2),
                          QString::number(c.waz.valid),
                          QString::number(c.waz.below2),
                          QString::number(c.waz.below3)};
    addRate(fields, c.haz, c.haz.below2);
    addRate(fields, c.whz, c.whz.below2);
    addRate(fields, c.whz, c.whz.above2);
    addRate(fields, c.waz, c.waz.below2);
    fields << QString::fromStdString(area.kecamatanCode) << QString::number(c.rows);
    for (const int n : c.skipped)
        fields << QString::number(n);
    for (const cm::IndicatorCounts *counts : {&c.haz, &c.whz, &c.waz})
        fields << QString::number(counts->missing) << QString::number(counts->flagged);
    return fields;
}

} // namespace konvergensi::usecases::measurements

namespace konvergensi::usecases::measurements {

std::vector<RoundOverview> roundOverviews(storage::Database &db)
{
    // Grouped by stored z-score and flag, not child by child: a district's ten rounds of
    // 150,000 children are a few thousand groups (docs/scale.md).
    const auto tallies = storage::roundTallies(db);
    std::vector<RoundOverview> out;
    for (const storage::MeasurementRound &round : storage::MeasurementRepository(db).rounds()) {
        RoundOverview overview{round, {}};
        cm::AreaCounts &district = overview.district;
        if (const auto it = tallies.find(round.period); it != tallies.end()) {
            const storage::RoundTally &tally = it->second;
            cm::IndicatorCounts *indicators[] = {&district.haz, &district.waz, &district.whz};
            for (std::size_t i = 0; i < 3; ++i) {
                for (const storage::ZScoreTally &group : tally.zscores[i]) {
                    indicators[i]->add(group.z, group.flag, group.count);
                    if (i == 0)
                        district.children += group.count;
                }
            }
            district.skipped = tally.skipped;
            district.rows = district.children + district.skippedTotal();
        }
        out.push_back(std::move(overview));
    }
    return out;
}

} // namespace konvergensi::usecases::measurements
