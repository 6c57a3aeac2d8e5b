// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/measurements/measurement_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/identity_vault.h"
#include "storage/logging.h"
#include "storage/measurements/measurement_columns.h"
#include "storage/measurements/round_writer.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <map>
#include <optional>

namespace konvergensi::storage {

namespace cm = core::measurements;

using measurements::deleteOrphanChildren;
using measurements::readJudgement;
using measurements::readNumber;
using measurements::refuseHeld;

namespace {

// The children of a round from its stored groups (measurement_round_tally, one row per
// length/height-for-age z-score and flag), not counted row by row.
const QString kRoundColumns = QStringLiteral(
    "r.id, r.period, coalesce(r.extract_date, ''), r.source_file, r.rows_read, r.invented, "
    "r.created_at, (SELECT coalesce(sum(t.children), 0) FROM measurement_round_tally t WHERE "
    "t.round_id = r.id AND t.indicator = 0), "
    "(SELECT count(*) FROM measurement_skip s WHERE s.round_id = r.id)");

MeasurementRound readRound(const Query &query)
{
    MeasurementRound round;
    round.id = query.integer(0);
    round.period = query.text(1);
    round.extractDate = query.text(2);
    round.sourceFile = query.text(3);
    round.rowsRead = static_cast<int>(query.integer(4));
    round.invented = query.integer(5) != 0;
    round.importedAt = query.text(6);
    round.children = static_cast<int>(query.integer(7));
    round.skipped = static_cast<int>(query.integer(8));
    return round;
}

} // namespace

MeasurementRepository::MeasurementRepository(Database &db)
    : m_db(db)
{
}

std::vector<MeasurementRound> MeasurementRepository::rounds() const
{
    Query query(m_db, QStringLiteral("SELECT ") + kRoundColumns
                          + QStringLiteral(" FROM measurement_round r ORDER BY r.period DESC"));
    query.exec();
    std::vector<MeasurementRound> out;
    while (query.next())
        out.push_back(readRound(query));
    return out;
}

std::optional<MeasurementRound> MeasurementRepository::round(const QString &period) const
{
    Query query(m_db, QStringLiteral("SELECT ") + kRoundColumns
                          + QStringLiteral(" FROM measurement_round r WHERE r.period = :p"));
    query.bind(QStringLiteral(":p"), period).exec();
    if (!query.next())
        return std::nullopt;
    return readRound(query);
}

qint64 MeasurementRepository::storeRound(const RoundToStore &round, bool replace,
                                         const std::function<void(int, int)> &step)
{
    // A held round is refused before anything is written (the writer would refuse it at the
    // end, after all the work).
    refuseHeld(this->round(round.period), replace);
    const int total = static_cast<int>(round.measurements.size() + round.skips.size());
    RoundWriter writer(m_db, round.invented);
    writer.add(round.measurements, [&step, total](int written) {
        if (step)
            step(written, total);
    });
    const qint64 id = writer.finish(round, replace);
    if (step)
        step(total, total);
    return id;
}

void MeasurementRepository::removeRound(const QString &period)
{
    Transaction transaction(m_db);
    const auto held = round(period);
    if (!held)
        return;
    Query(m_db, QStringLiteral("DELETE FROM measurement_round WHERE id = :id"))
        .bind(QStringLiteral(":id"), held->id)
        .exec();
    deleteOrphanChildren(m_db);
    AuditLog::record(m_db, QStringLiteral("measurement_round"), period, AuditLog::Action::Delete,
                     QJsonObject{{QStringLiteral("period"), period},
                                 {QStringLiteral("children"), held->children}},
                     {});
    transaction.commit();
}

std::vector<cm::CountedRow> MeasurementRepository::countedRows(const QString &period) const
{
    std::vector<cm::CountedRow> out;
    Query kept(m_db, QStringLiteral("SELECT m.desa_code, m.puskesmas, m.posyandu, m.zlen, m.flen, "
                                    "m.zwei, m.fwei, m.zwfl, m.fwfl, m.typed_zlen, m.typed_zwei, "
                                    "m.typed_zwfl FROM measurement m JOIN "
                                    "measurement_round r ON r.id = m.round_id WHERE r.period = :p "
                                    "ORDER BY m.file_row"));
    kept.bind(QStringLiteral(":p"), period).exec();
    while (kept.next()) {
        cm::CountedRow row;
        row.villageCode = kept.text(0).toStdString();
        row.puskesmas = kept.text(1).toStdString();
        row.posyandu = kept.text(2).toStdString();
        row.judgement = readJudgement(kept, 3);
        row.typed = {readNumber(kept, 9), readNumber(kept, 10), readNumber(kept, 11)};
        out.push_back(std::move(row));
    }
    Query skipped(m_db, QStringLiteral("SELECT s.desa_code, s.puskesmas, s.posyandu, s.reason FROM "
                                       "measurement_skip s JOIN measurement_round r ON r.id = "
                                       "s.round_id WHERE r.period = :p ORDER BY s.file_row"));
    skipped.bind(QStringLiteral(":p"), period).exec();
    while (skipped.next()) {
        cm::CountedRow row;
        row.villageCode = skipped.text(0).toStdString();
        row.puskesmas = skipped.text(1).toStdString();
        row.posyandu = skipped.text(2).toStdString();
        row.skip = cm::skipReasonFromKey(skipped.text(3).toStdString())
                       .value_or(cm::SkipReason::Duplicate);
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<MeasuredChild> MeasurementRepository::children(const QString &period) const
{
    Query query(m_db,
                QStringLiteral("SELECT c.id, c.initials, c.sex, c.birth_date, m.desa_code, "
                               "m.posyandu, m.measure_date, m.weight, m.lenhei, m.zlen, m.flen, "
                               "m.zwei, m.fwei, m.zwfl, m.fwfl, c.invented, m.typed_zlen, "
                               "m.typed_zwei, m.typed_zwfl, m.age_days, m.puskesmas FROM "
                               "measurement m "
                               "JOIN measurement_child c ON c.id = m.child_id JOIN "
                               "measurement_round r ON r.id = m.round_id WHERE r.period = :p "
                               "ORDER BY m.desa_code, m.posyandu, c.initials, m.file_row"));
    query.bind(QStringLiteral(":p"), period).exec();
    std::vector<MeasuredChild> out;
    while (query.next()) {
        MeasuredChild child;
        child.childId = query.integer(0);
        child.initials = query.text(1);
        child.sex = static_cast<int>(query.integer(2));
        const QDate birth = QDate::fromString(query.text(3), Qt::ISODate);
        child.villageCode = query.text(4);
        child.posyandu = query.text(5);
        child.measureDate = query.text(6);
        const QDate measured = QDate::fromString(child.measureDate, Qt::ISODate);
        int months = (measured.year() - birth.year()) * 12 + measured.month() - birth.month();
        if (measured.day() < birth.day())
            --months;
        child.ageMonths = std::max(0, months);
        child.weight = readNumber(query, 7);
        child.lenhei = readNumber(query, 8);
        child.judgement = readJudgement(query, 9);
        child.invented = query.integer(15) != 0;
        child.typed = {readNumber(query, 16), readNumber(query, 17), readNumber(query, 18)};
        child.ageDays = static_cast<int>(query.integer(19));
        child.puskesmas = query.text(20);
        out.push_back(std::move(child));
    }
    return out;
}

int MeasurementRepository::childCount() const
{
    Query query(m_db, QStringLiteral("SELECT count(*) FROM measurement_child"));
    query.exec();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

std::optional<ChildIdentity> MeasurementRepository::revealIdentity(qint64 childId,
                                                                   const QString &purpose)
{
    Transaction transaction(m_db);
    Query query(m_db, QStringLiteral("SELECT name, nik, parents, address FROM "
                                     "measurement_child_identity WHERE id = :id"));
    query.bind(QStringLiteral(":id"), childId).exec();
    if (!query.next())
        return std::nullopt;
    // Sealed values are opened with the session's key (IdentityVault; an error without it).
    const IdentityVault vault(m_db);
    ChildIdentity identity{vault.open(query.text(0), QStringLiteral("name")),
                           vault.open(query.text(1), QStringLiteral("nik")),
                           vault.open(query.text(2), QStringLiteral("parents")),
                           vault.open(query.text(3), QStringLiteral("address"))};
    AuditLog::record(m_db, QStringLiteral("measurement_child_identity"), QString::number(childId),
                     AuditLog::Action::View, {}, QJsonObject{{QStringLiteral("purpose"), purpose}});
    transaction.commit();
    return identity;
}

std::map<qint64, ChildIdentity> MeasurementRepository::revealIdentities(
    const std::vector<qint64> &childIds, const QString &purpose)
{
    Transaction transaction(m_db);
    const IdentityVault vault(m_db);
    Query query(m_db, QStringLiteral("SELECT name, nik, parents, address FROM "
                                     "measurement_child_identity WHERE id = :id"));
    std::map<qint64, ChildIdentity> out;
    for (const qint64 id : childIds) {
        if (out.contains(id))
            continue;
        query.bind(QStringLiteral(":id"), id).exec();
        if (!query.next())
            continue;
        out[id] = {vault.open(query.text(0), QStringLiteral("name")),
                   vault.open(query.text(1), QStringLiteral("nik")),
                   vault.open(query.text(2), QStringLiteral("parents")),
                   vault.open(query.text(3), QStringLiteral("address"))};
    }
    AuditLog::record(m_db, QStringLiteral("measurement_child_identity"), QStringLiteral("*"),
                     AuditLog::Action::View, {},
                     QJsonObject{{QStringLiteral("purpose"), purpose},
                                 {QStringLiteral("children"), static_cast<int>(out.size())}});
    transaction.commit();
    return out;
}

std::map<std::pair<QString, QString>, QString> MeasurementRepository::regionMappings() const
{
    Query query(m_db, QStringLiteral("SELECT kecamatan_text, desa_text, desa_code FROM "
                                     "measurement_region_mapping"));
    query.exec();
    std::map<std::pair<QString, QString>, QString> out;
    while (query.next())
        out[{query.text(0), query.text(1)}] = query.text(2);
    return out;
}

void MeasurementRepository::setRegionMapping(const QString &kecamatanText, const QString &desaText,
                                             const QString &villageCode)
{
    Transaction transaction(m_db);
    const QString kec = QString::fromStdString(cm::regionNameKey(kecamatanText.toStdString()));
    const QString desa = QString::fromStdString(cm::regionNameKey(desaText.toStdString()));
    Query(m_db,
          QStringLiteral(
              "INSERT INTO measurement_region_mapping (kecamatan_text, desa_text, "
              "desa_code, created_at, created_by, updated_at, updated_by) VALUES "
              "(:k, :d, :c, :at, :by, :at, :by) ON CONFLICT (kecamatan_text, "
              "desa_text) DO UPDATE SET desa_code = excluded.desa_code, "
              "updated_at = excluded.updated_at, updated_by = "
              "excluded.updated_by, row_version = measurement_region_mapping.row_version + 1"))
        .bind(QStringLiteral(":k"), kec)
        .bind(QStringLiteral(":d"), desa)
        .bind(QStringLiteral(":c"), villageCode)
        .bind(QStringLiteral(":at"), m_db.nowText())
        .bind(QStringLiteral(":by"), m_db.actor())
        .exec();
    AuditLog::record(m_db, QStringLiteral("measurement_region_mapping"), kec + u'/' + desa,
                     AuditLog::Action::Update, {},
                     QJsonObject{{QStringLiteral("desa_code"), villageCode}});
    transaction.commit();
}

} // namespace konvergensi::storage
