// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/measurements/measurement_import.h"

#include "usecases/progress.h"

#include "core/regions/region.h"
#include "storage/measurements/measurement_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace konvergensi::usecases::measurements {

namespace {

io::measurements::StepHook hook(Progress &progress)
{
    return [&progress](qint64 done, qint64 total, const QString &step) {
        progress.check();
        progress.report(done, total, step);
    };
}

} // namespace

ImportPreview previewImport(storage::Database &db, const QString &path,
                            const ImportOptions &options, Progress &progress)
{
    return io::measurements::judgeFile(db, path, options, hook(progress));
}

void commitImport(storage::Database &db, const ImportPreview &preview, const ImportOptions &options,
                  Progress &progress)
{
    io::measurements::storeJudged(db, preview, options, hook(progress));
}

ImportResult importAtOnce(storage::Database &db, const QString &path, const ImportOptions &options,
                          Progress &progress)
{
    return io::measurements::importAtOnce(db, path, options, hook(progress));
}

ImportPreview importFile(storage::Database &db, const QString &path, const ImportOptions &options,
                         Progress &progress)
{
    ImportResult result = importAtOnce(db, path, options, progress);
    if (!result.stored)
        throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                    result.preview.blocker(options.replace));
    return std::move(result.preview);
}

void mapRegion(storage::Database &db, const QString &kecamatan, const QString &desa,
               const QString &villageCode)
{
    const auto code = core::RegionCode::parse(villageCode.trimmed().toStdString());
    if (!code || code->level() != core::RegionLevel::Village)
        throw storage::StorageError(
            storage::StorageError::Kind::Invalid,
            QCoreApplication::translate("Measurements",
                                        "%1 is not a desa/kelurahan code such as 14.03.01.2001.")
                .arg(villageCode));
    if (!storage::RegionRepository(db).contains(*code))
        throw storage::StorageError(
            storage::StorageError::Kind::Invalid,
            QCoreApplication::translate("Measurements", "The workspace holds no desa %1.")
                .arg(QString::fromStdString(code->toString())));
    storage::MeasurementRepository(db).setRegionMapping(kecamatan, desa,
                                                        QString::fromStdString(code->toString()));
}

void mapRegions(storage::Database &db, const std::vector<RegionMapping> &mappings)
{
    storage::Transaction transaction(db);
    for (const RegionMapping &mapping : mappings)
        mapRegion(db, mapping.kecamatan, mapping.desa, mapping.villageCode);
    transaction.commit();
}

} // namespace konvergensi::usecases::measurements
