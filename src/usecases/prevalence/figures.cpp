// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/prevalence/figures.h"

#include "reports/prevalence/prevalence_words.h"
#include "storage/database.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace konvergensi::usecases::prevalence {

namespace {

void checkFigure(const core::PrevalenceObservation &figure)
{
    if (const auto problems = core::validate(figure); !problems.empty())
        throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                    reports::prevalence::prevalenceProblemText(problems.front()));
}

} // namespace

SavedFigure saveFigure(storage::Database &db, core::PrevalenceObservation figure,
                       const std::optional<core::PrevalenceObservation> &replacing)
{
    figure.note = QString::fromStdString(figure.note).trimmed().toStdString();
    checkFigure(figure);
    storage::Transaction transaction(db);
    storage::PrevalenceRepository repository(db);
    SavedFigure result;
    result.held = repository.find(figure);
    if (!result.held) {
        if (replacing)
            throw storage::StorageError::conflict(); // the figure shown was removed meanwhile
        result.figure = repository.add(std::move(figure));
        result.outcome = SavedFigure::Outcome::Added;
    } else if (result.held->sameFigures(figure)) {
        result.figure = *result.held;
        result.outcome = SavedFigure::Outcome::Unchanged;
        return result;
    } else if (!replacing) {
        result.figure = std::move(figure);
        result.outcome = SavedFigure::Outcome::HeldDiffers;
        return result;
    } else {
        if (replacing->id != result.held->id || replacing->rowVersion != result.held->rowVersion)
            throw storage::StorageError::conflict();
        figure.id = result.held->id;
        figure.rowVersion = result.held->rowVersion;
        result.figure = repository.update(std::move(figure));
        result.outcome = SavedFigure::Outcome::Replaced;
    }
    transaction.commit();
    return result;
}

void removeFigure(storage::Database &db, const core::PrevalenceObservation &shown)
{
    storage::PrevalenceRepository(db).remove(shown.id, shown.rowVersion);
}

core::PrevalenceObservation removeFigureOfKey(storage::Database &db,
                                              const core::PrevalenceObservation &key)
{
    storage::Transaction transaction(db);
    storage::PrevalenceRepository repository(db);
    const auto held = repository.find(key);
    if (!held)
        throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                    QCoreApplication::translate("PrevalenceFigures",
                                                                "There is no such figure; "
                                                                "nothing was removed."));
    repository.remove(held->id, held->rowVersion);
    transaction.commit();
    return *held;
}

core::PrevalenceTarget saveTarget(storage::Database &db, core::PrevalenceTarget target)
{
    storage::PrevalenceRepository repository(db);
    if (target.id == 0)
        return repository.addTarget(std::move(target));
    return repository.updateTarget(std::move(target));
}

void removeTarget(storage::Database &db, const core::PrevalenceTarget &shown)
{
    storage::PrevalenceRepository(db).removeTarget(shown.id, shown.rowVersion);
}

core::Puskesmas savePuskesmas(storage::Database &db, const core::Puskesmas &puskesmas, bool isNew)
{
    if (const auto problems = core::validate(puskesmas); !problems.empty())
        throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                    reports::prevalence::puskesmasProblemText(problems.front()));
    storage::PrevalenceRepository repository(db);
    return isNew ? repository.addPuskesmas(puskesmas) : repository.updatePuskesmas(puskesmas);
}

void removePuskesmas(storage::Database &db, const core::Puskesmas &shown)
{
    storage::PrevalenceRepository(db).removePuskesmas(shown.code, shown.rowVersion);
}

QStringList puskesmasWarnings(const core::Puskesmas &puskesmas, const core::RegionTree &tree)
{
    QStringList lines;
    const core::PuskesmasWarnings warnings = core::puskesmasWarnings(puskesmas);
    const QString name = QString::fromStdString(puskesmas.name);
    if (warnings.noVillages)
        lines << QCoreApplication::translate("PrevalenceFigures",
                                             "%1 serves no desa yet, so its figures cannot be "
                                             "summed from desa counts.")
                     .arg(name);
    if (!warnings.outsideKecamatan.empty()) {
        QStringList names;
        for (const core::RegionCode &village : warnings.outsideKecamatan) {
            const core::Region *region = tree.find(village);
            names << QString::fromStdString(region ? region->name : village.toString());
        }
        QString kecamatan;
        if (puskesmas.kecamatan) {
            const core::Region *region = tree.find(*puskesmas.kecamatan);
            kecamatan = QString::fromStdString(region ? region->name
                                                      : puskesmas.kecamatan->toString());
        }
        lines << QCoreApplication::translate(
                     "PrevalenceFigures",
                     "Desa outside Kecamatan %1: %2. This is allowed (for example when a "
                     "kecamatan was split and the puskesmas still serves the new one's desa), "
                     "but unusual.")
                     .arg(kecamatan, names.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace konvergensi::usecases::prevalence
