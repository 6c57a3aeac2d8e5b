// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/data_quality.h"

#include "storage/measurements/measurement_quality.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/regions/region_repository.h"

namespace konvergensi::usecases::measurements {

namespace cm = core::measurements;

namespace {

QString percentText(const std::optional<double> &value)
{
    return value ? QString::asprintf("%.2f", *value) : QString();
}

} // namespace

std::optional<std::vector<cm::QualityArea>> roundQuality(storage::Database &db,
                                                         const QString &period,
                                                         const cm::QualityOptions &options)
{
    if (!storage::MeasurementRepository(db).round(period))
        return std::nullopt;
    storage::RegionRepository regions(db);
    const auto district = regions.district();
    if (!district)
        return std::vector<cm::QualityArea>{};
    const auto rows = storage::qualityRows(db, period);
    return cm::dataQuality(regions.tree(), district->code, rows, options);
}

QStringList qualityColumns()
{
    QStringList columns = {QStringLiteral("level"),          QStringLiteral("code"),
                           QStringLiteral("name"),           QStringLiteral("desa"),
                           QStringLiteral("kecamatan_code"), QStringLiteral("puskesmas"),
                           QStringLiteral("rows"),           QStringLiteral("skipped"),
                           QStringLiteral("skipped_pct"),    QStringLiteral("children")};
    for (const char *indicator : {"haz", "whz", "waz"}) {
        const QString name = QString::fromLatin1(indicator);
        columns << name + QStringLiteral("_scored") << name + QStringLiteral("_flagged")
                << name + QStringLiteral("_flagged_pct");
    }
    columns << QStringLiteral("any_flagged") << QStringLiteral("height_missing")
            << QStringLiteral("height_missing_pct") << QStringLiteral("heights")
            << QStringLiteral("height_decimal_0") << QStringLiteral("height_decimal_5")
            << QStringLiteral("digit_preference_pct") << QStringLiteral("position_unknown")
            << QStringLiteral("under24_positioned") << QStringLiteral("standing_under24")
            << QStringLiteral("from24_positioned") << QStringLiteral("lying_from24")
            << QStringLiteral("wrong_position_pct") << QStringLiteral("age_0_5")
            << QStringLiteral("age_6_11") << QStringLiteral("age_12_23")
            << QStringLiteral("age_24_35") << QStringLiteral("age_36_47")
            << QStringLiteral("age_48_59") << QStringLiteral("age_60_plus")
            << QStringLiteral("needs_attention") << QStringLiteral("problems");
    return columns;
}

QStringList qualityFields(const cm::QualityArea &area)
{
    const cm::QualityCounts &c = area.counts;
    QStringList fields = {QString::fromLatin1(cm::toString(area.level)),
                          QString::fromStdString(area.code),
                          QString::fromStdString(area.name),
                          QString::fromStdString(area.desaName),
                          QString::fromStdString(area.kecamatanCode),
                          QString::fromStdString(area.puskesmas),
                          QString::number(c.rows),
                          QString::number(c.skipped),
                          percentText(c.skippedPercent()),
                          QString::number(c.children)};
    for (const cm::QualityIndicator indicator : cm::kQualityIndicators)
        fields << QString::number(c.scoredOf(indicator)) << QString::number(c.flaggedOf(indicator))
               << percentText(c.flaggedPercent(indicator));
    fields << QString::number(c.anyFlagged) << QString::number(c.heightMissing)
           << percentText(c.heightMissingPercent()) << QString::number(c.heights)
           << QString::number(c.decimal0) << QString::number(c.decimal5)
           << percentText(c.digitPreferencePercent()) << QString::number(c.positionUnknown)
           << QString::number(c.under24) << QString::number(c.standingUnder24)
           << QString::number(c.from24) << QString::number(c.lyingFrom24)
           << percentText(c.wrongPositionPercent());
    for (const int n : c.ageBands)
        fields << QString::number(n);
    QStringList problems;
    for (const cm::QualityProblem problem : area.problems)
        problems << QString::fromLatin1(cm::toString(problem));
    fields << (area.problems.empty() ? QStringLiteral("0") : QStringLiteral("1"))
           << problems.join(QLatin1Char(';'));
    return fields;
}

} // namespace konvergensi::usecases::measurements
