// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/target_data.h"

#include "core/measurements/measurement_summary.h"
#include "qtsupport/text.h"
#include "reports/spreadsheet.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "usecases/measurements/round_summary.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <map>

namespace konvergensi::usecases::measurements {

namespace cm = core::measurements;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("konvergensi::usecases::measurements", text);
}

QVariant count(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QString());
}

} // namespace

std::optional<TargetData> targetData(storage::Database &db, const QString &period)
{
    const auto summary = roundSummary(db, period);
    if (!summary)
        return std::nullopt;
    TargetData data;
    data.period = period;
    const int roundYear = period.left(4).toInt();
    storage::DesaFamiliesRepository families(db);
    for (const int year : families.years()) {
        if (year <= roundYear) {
            data.familiesYear = year;
            break;
        }
    }
    std::map<QString, storage::DesaFamilies> byDesa;
    if (data.familiesYear > 0) {
        for (storage::DesaFamilies &one : families.ofYear(data.familiesYear))
            byDesa.emplace(one.desaCode, std::move(one));
    }
    std::map<std::string, std::string> kecamatanNames;
    for (const cm::AreaSummary &area : *summary) {
        if (area.level == cm::AreaLevel::Kecamatan)
            kecamatanNames[area.code] = area.name;
    }
    for (const cm::AreaSummary &area : *summary) {
        if (area.level != cm::AreaLevel::Desa && area.level != cm::AreaLevel::Kelurahan)
            continue;
        TargetRow row;
        row.kecamatanCode = qs(area.kecamatanCode);
        row.kecamatan = qs(kecamatanNames[area.kecamatanCode]);
        row.desaCode = qs(area.code);
        row.desa = qs(area.name);
        if (const auto it = byDesa.find(row.desaCode); it != byDesa.end()) {
            row.families = it->second.families;
            row.familiesAtRisk = it->second.familiesAtRisk;
        }
        row.measured = area.counts.children;
        row.severelyStunted = area.counts.haz.below3;
        row.stunted = area.counts.haz.below2 - area.counts.haz.below3;
        data.rows.push_back(std::move(row));
    }
    return data;
}

QStringList targetColumns()
{
    return {QStringLiteral("desa_code"),
            QStringLiteral("kecamatan"),
            QStringLiteral("desa"),
            QStringLiteral("families"),
            QStringLiteral("families_at_risk"),
            QStringLiteral("children_measured"),
            QStringLiteral("severely_stunted"),
            QStringLiteral("stunted"),
            QStringLiteral("stunting_total"),
            QStringLiteral("families_year")};
}

void writeTargetData(const TargetData &data, const QString &path)
{
    std::vector<QVariantList> rows;
    rows.reserve(data.rows.size());
    for (const TargetRow &row : data.rows) {
        rows.push_back({row.desaCode, row.kecamatan, row.desa, count(row.families),
                        count(row.familiesAtRisk), row.measured, row.severelyStunted, row.stunted,
                        row.severelyStunted + row.stunted,
                        data.familiesYear > 0 ? QVariant(data.familiesYear) : QVariant(QString())});
    }
    reports::writeTable(path, tr("Target data %1").arg(data.period), targetColumns(), rows,
                        tr("Target data per desa, weighing round %1; families: %2")
                            .arg(data.period, data.familiesYear > 0
                                                  ? QString::number(data.familiesYear)
                                                  : tr("not entered")),
                        reports::NoteIn::WorkbookOnly);
}

void setFamilies(storage::Database &db, int year, std::vector<storage::DesaFamilies> desa)
{
    std::map<QString, QString> villages; // code -> "Bengkalis Kota (14.03.01.1001)"
    for (const core::Region &region : storage::RegionRepository(db).all()) {
        if (region.level() == core::RegionLevel::Village)
            villages[qs(region.code.toString())] = QStringLiteral("%1 (%2)").arg(
                qs(region.name), qs(region.code.toString()));
    }
    if (year < 2000 || year > 2100)
        throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                    tr("%1 is not a year of the family data.").arg(year));
    for (storage::DesaFamilies &one : desa) {
        if (!villages.contains(one.desaCode))
            throw storage::StorageError(
                storage::StorageError::Kind::Invalid,
                tr("The workspace holds no desa/kelurahan %1.").arg(one.desaCode));
        const QString &desaName = villages.at(one.desaCode);
        if ((one.families && *one.families < 0) || (one.familiesAtRisk && *one.familiesAtRisk < 0))
            throw storage::StorageError(
                storage::StorageError::Kind::Invalid,
                tr("%1: a count of families cannot be negative.").arg(desaName));
        if (one.families && one.familiesAtRisk && *one.familiesAtRisk > *one.families)
            throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                        tr("%1: more families at risk (%2) than families (%3).")
                                            .arg(desaName)
                                            .arg(*one.familiesAtRisk)
                                            .arg(*one.families));
        if (one.source.isEmpty())
            one.source = QStringLiteral("typed");
    }
    storage::DesaFamiliesRepository(db).store(year, desa);
}

io::measurements::FamiliesFile importFamilies(storage::Database &db, const QString &path, int year,
                                              bool dryRun)
{
    io::measurements::FamiliesFile file = io::measurements::readFamiliesFile(
        path, storage::RegionRepository(db).all());
    if (!file.error.isEmpty() || !file.problems.empty() || dryRun)
        return file;
    std::vector<storage::DesaFamilies> desa;
    desa.reserve(file.rows.size());
    const QString source = QFileInfo(path).fileName();
    for (const io::measurements::FamiliesRow &row : file.rows)
        desa.push_back({row.desaCode, row.families, row.familiesAtRisk, source});
    setFamilies(db, year, std::move(desa));
    return file;
}

} // namespace konvergensi::usecases::measurements
