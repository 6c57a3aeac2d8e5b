// SPDX-License-Identifier: GPL-3.0-or-later
// The puskesmas of the prevalence repository: the health centres and the desa each serves.
#include "storage/prevalence/prevalence_repository.h"

#include "qtsupport/text.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "core/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <set>

namespace konvergensi::storage {

namespace {

const QString kPuskesmasColumns = QStringLiteral(
    "SELECT code, name, kecamatan_code, row_version FROM puskesmas");

Puskesmas readPuskesmas(const Query &query)
{
    Puskesmas p;
    p.code = query.text(0).toStdString();
    p.name = query.text(1).toStdString();
    p.kecamatan = core::RegionCode::parse(query.text(2).toStdString());
    p.rowVersion = static_cast<int>(query.integer(3));
    return p;
}

QJsonObject toJson(const Puskesmas &p)
{
    QJsonArray villages;
    for (const core::RegionCode &village : p.villages)
        villages.append(qs(village.toString()));
    return {{QStringLiteral("name"), qs(p.name)},
            {QStringLiteral("kecamatan"), p.kecamatan ? qs(p.kecamatan->toString()) : QString()},
            {QStringLiteral("villages"), villages}};
}

QString regionLabel(RegionRepository &regions, const core::RegionCode &code)
{
    const auto region = regions.find(code);
    return region ? QStringLiteral("%1 (%2)").arg(qs(region->name), qs(code.toString()))
                  : qs(code.toString());
}

} // namespace

std::vector<Puskesmas> PrevalenceRepository::puskesmas() const
{
    Query query(m_db, kPuskesmasColumns + QStringLiteral(" ORDER BY code"));
    query.exec();
    std::vector<Puskesmas> out;
    std::map<std::string, std::size_t> index;
    while (query.next()) {
        out.push_back(readPuskesmas(query));
        index.emplace(out.back().code, out.size() - 1);
    }
    Query villages(m_db, QStringLiteral("SELECT puskesmas_code, village_code FROM "
                                        "puskesmas_village ORDER BY puskesmas_code, village_code"));
    villages.exec();
    while (villages.next()) {
        const auto it = index.find(villages.text(0).toStdString());
        if (it == index.end())
            continue;
        if (auto village = core::RegionCode::parse(villages.text(1).toStdString()))
            out[it->second].villages.push_back(*village);
    }
    return out;
}

std::optional<Puskesmas> PrevalenceRepository::puskesmas(const std::string &code) const
{
    Query query(m_db, kPuskesmasColumns + QStringLiteral(" WHERE code = :code"));
    query.bind(QStringLiteral(":code"), qs(code)).exec();
    if (!query.next())
        return std::nullopt;
    Puskesmas p = readPuskesmas(query);
    Query villages(m_db, QStringLiteral("SELECT village_code FROM puskesmas_village WHERE "
                                        "puskesmas_code = :code ORDER BY village_code"));
    villages.bind(QStringLiteral(":code"), qs(code)).exec();
    while (villages.next()) {
        if (auto village = core::RegionCode::parse(villages.text(0).toStdString()))
            p.villages.push_back(*village);
    }
    return p;
}

std::size_t PrevalenceRepository::puskesmasFigureCount(const std::string &code) const
{
    Query query(m_db,
                QStringLiteral("SELECT count(*) FROM prevalence WHERE puskesmas_code = :code"));
    query.bind(QStringLiteral(":code"), qs(code)).exec();
    return query.next() ? static_cast<std::size_t>(query.integer(0)) : 0;
}

Puskesmas PrevalenceRepository::checkedPuskesmas(Puskesmas p) const
{
    p.code = core::trimmed(p.code);
    p.name = core::trimmed(p.name);
    std::sort(p.villages.begin(), p.villages.end());
    if (const auto problems = core::validate(p); !problems.empty()) {
        // The use cases check first and word the rule (reports::prevalence::
        // puskesmasProblemText); this is the safety net, the rule in the log.
        qCWarning(lcStorage) << "puskesmas refused, problem" << static_cast<int>(problems.front());
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Puskesmas", "The puskesmas breaks a rule and was not stored."));
    }
    RegionRepository regions(m_db);
    if (!regions.contains(*p.kecamatan))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Puskesmas", "The kecamatan %1 is not in the workspace.")
                .arg(qs(p.kecamatan->toString())));
    for (const core::RegionCode &village : p.villages) {
        if (!regions.contains(village))
            throw StorageError(
                StorageError::Kind::Invalid,
                QCoreApplication::translate("Prevalence", "The village %1 is not in the workspace.")
                    .arg(qs(village.toString())));
    }
    const auto all = puskesmas();
    const auto elsewhere = core::villagesServedElsewhere(p, all);
    if (!elsewhere.empty()) {
        const auto &[village, otherCode] = elsewhere.front();
        QString otherName = qs(otherCode);
        for (const Puskesmas &other : all) {
            if (other.code == otherCode)
                otherName = qs(other.name);
        }
        QString message = QCoreApplication::translate(
                              "Puskesmas",
                              "%1 is served by %2 already. A desa belongs to the working area of "
                              "one puskesmas only; take it out of %2 first.")
                              .arg(regionLabel(regions, village), otherName);
        if (elsewhere.size() > 1)
            message += QLatin1Char(' ')
                       + QCoreApplication::translate(
                             "Puskesmas",
                             "Other desa of the list are served elsewhere too: %1 in all.")
                             .arg(elsewhere.size());
        throw StorageError(StorageError::Kind::Invalid, message);
    }
    return p;
}

Puskesmas PrevalenceRepository::writePuskesmas(const Puskesmas &p,
                                               const std::optional<Puskesmas> &before)
{
    const QVariant kecamatan = p.kecamatan ? QVariant(qs(p.kecamatan->toString())) : QVariant();
    Puskesmas saved = p;
    if (before) {
        Query(m_db, QStringLiteral("UPDATE puskesmas SET name = :name, kecamatan_code = :kec, "
                                   "updated_at = :now, updated_by = :actor, row_version = "
                                   "row_version + 1 WHERE code = :code"))
            .bind(QStringLiteral(":name"), qs(p.name))
            .bind(QStringLiteral(":kec"), kecamatan)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":code"), qs(p.code))
            .exec();
        Query(m_db, QStringLiteral("DELETE FROM puskesmas_village WHERE puskesmas_code = :code"))
            .bind(QStringLiteral(":code"), qs(p.code))
            .exec();
        saved.rowVersion = before->rowVersion + 1;
    } else {
        Query(m_db, QStringLiteral("INSERT INTO puskesmas (code, name, kecamatan_code, "
                                   "created_at, created_by, updated_at, updated_by) VALUES "
                                   "(:code, :name, :kec, :now, :actor, :now, :actor)"))
            .bind(QStringLiteral(":code"), qs(p.code))
            .bind(QStringLiteral(":name"), qs(p.name))
            .bind(QStringLiteral(":kec"), kecamatan)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
        saved.rowVersion = 1;
    }
    for (const core::RegionCode &village : p.villages) {
        Query(m_db, QStringLiteral("INSERT INTO puskesmas_village (puskesmas_code, village_code) "
                                   "VALUES (:code, :village)"))
            .bind(QStringLiteral(":code"), qs(p.code))
            .bind(QStringLiteral(":village"), qs(village.toString()))
            .exec();
    }
    AuditLog::record(m_db, QStringLiteral("puskesmas"), qs(p.code),
                     before ? AuditLog::Action::Update : AuditLog::Action::Insert,
                     before ? toJson(*before) : QJsonObject{}, toJson(saved));
    return saved;
}

Puskesmas PrevalenceRepository::addPuskesmas(Puskesmas p)
{
    Transaction transaction(m_db);
    p = checkedPuskesmas(std::move(p));
    if (const auto held = puskesmas(p.code))
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Puskesmas", "There is already a puskesmas with the code %1 (%2).")
                               .arg(qs(p.code), qs(held->name)));
    p = writePuskesmas(p, std::nullopt);
    transaction.commit();
    return p;
}

Puskesmas PrevalenceRepository::updatePuskesmas(Puskesmas p)
{
    Transaction transaction(m_db);
    const auto before = puskesmas(core::trimmed(p.code));
    if (!before || before->rowVersion != p.rowVersion)
        throw StorageError::conflict();
    p = checkedPuskesmas(std::move(p));
    p = writePuskesmas(p, before);
    transaction.commit();
    return p;
}

void PrevalenceRepository::savePuskesmas(const Puskesmas &given)
{
    Transaction transaction(m_db);
    const Puskesmas p = checkedPuskesmas(given);
    writePuskesmas(p, puskesmas(p.code));
    transaction.commit();
}

void PrevalenceRepository::removePuskesmas(const std::string &code, int rowVersion)
{
    Transaction transaction(m_db);
    const auto before = puskesmas(code);
    if (!before || before->rowVersion != rowVersion)
        throw StorageError::conflict();
    if (const std::size_t figures = puskesmasFigureCount(code); figures > 0)
        throw StorageError(StorageError::Kind::InUse,
                           QCoreApplication::translate(
                               "Puskesmas",
                               "Prevalence figures are still recorded for %1 (%2 in all). Remove "
                               "them first on the Dashboard, in the Puskesmas table.")
                               .arg(qs(before->name), QString::number(figures)));
    Query(m_db, QStringLiteral("DELETE FROM puskesmas_village WHERE puskesmas_code = :code"))
        .bind(QStringLiteral(":code"), qs(code))
        .exec();
    Query(m_db, QStringLiteral("DELETE FROM puskesmas WHERE code = :code"))
        .bind(QStringLiteral(":code"), qs(code))
        .exec();
    AuditLog::record(m_db, QStringLiteral("puskesmas"), qs(code), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

} // namespace konvergensi::storage
