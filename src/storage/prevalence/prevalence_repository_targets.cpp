// SPDX-License-Identifier: GPL-3.0-or-later
// The targets of the prevalence repository: the prevalence aimed at per area, year and
// indicator.
#include "storage/prevalence/prevalence_repository.h"
#include "storage/prevalence/prevalence_repository_detail.h"

#include "core/text.h"
#include "qtsupport/text.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace konvergensi::storage {

namespace {

QJsonObject toJson(const core::PrevalenceTarget &t)
{
    return {{QStringLiteral("area"), qs(t.area.key())},
            {QStringLiteral("year"), t.year},
            {QStringLiteral("indicator"), qs(core::toString(t.indicator))},
            {QStringLiteral("percent"), t.percent},
            {QStringLiteral("note"), qs(t.note)}};
}

} // namespace

std::vector<core::PrevalenceTarget> PrevalenceRepository::targets() const
{
    Query query(m_db, QStringLiteral("SELECT id, area_key, year, indicator, percent, note, "
                                     "row_version FROM prevalence_target ORDER BY area_key, "
                                     "indicator, year"));
    query.exec();
    std::vector<core::PrevalenceTarget> out;
    while (query.next()) {
        core::PrevalenceTarget t;
        t.id = query.integer(0);
        t.area = core::PrevalenceArea::fromKey(query.text(1).toStdString())
                     .value_or(core::PrevalenceArea::national());
        t.year = static_cast<int>(query.integer(2));
        t.indicator = core::prevalenceIndicatorFromString(query.text(3).toStdString())
                          .value_or(core::PrevalenceIndicator::Stunting);
        t.percent = query.value(4).toDouble();
        t.note = query.text(5).toStdString();
        t.rowVersion = static_cast<int>(query.integer(6));
        out.push_back(std::move(t));
    }
    // The national target of Presidential Regulation 72/2021, built in (id 0, not removable).
    const bool stored = std::any_of(out.begin(), out.end(), [](const core::PrevalenceTarget &t) {
        return t.area.kind == core::PrevalenceArea::Kind::National && t.year == 2024
               && t.indicator == core::PrevalenceIndicator::Stunting;
    });
    if (!stored) {
        core::PrevalenceTarget national;
        national.area = core::PrevalenceArea::national();
        national.year = 2024;
        national.indicator = core::PrevalenceIndicator::Stunting;
        national.percent = 14.0;
        national.note = "Perpres 72/2021";
        out.insert(out.begin(), national);
    }
    return out;
}

namespace {

void checkTarget(const core::PrevalenceTarget &t)
{
    if (t.year < 2000 || t.year > 2100)
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Prevalence", "the year must lie between 2000 and 2100."));
    if (!(t.percent >= 0 && t.percent <= 100))
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Prevalence", "the rate must be a percentage between 0 and 100."));
    if (t.area.kind == core::PrevalenceArea::Kind::Puskesmas)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Prevalence", "Targets are set for a region or for the nation."));
}

} // namespace

core::PrevalenceTarget PrevalenceRepository::addTarget(core::PrevalenceTarget t)
{
    checkTarget(t);
    t.note = core::trimmed(t.note);
    Transaction transaction(m_db);
    if (!areaExists(t.area))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Prevalence", "The area %1 is not in the workspace.")
                .arg(qs(t.area.key())));
    for (const auto &other : targets()) {
        if (other.area == t.area && other.indicator == t.indicator && other.year == t.year)
            throw StorageError(
                StorageError::Kind::Invalid,
                QCoreApplication::translate(
                    "Prevalence", "There is already a target for this area, indicator and year."));
    }
    Query insert(m_db, QStringLiteral(
                           "INSERT INTO prevalence_target (area_key, area_kind, region_code, year, "
                           "indicator, percent, note, created_at, created_by, updated_at, "
                           "updated_by) VALUES (:area, :kind, :region, :year, :indicator, "
                           ":percent, :note, :now, :actor, :now, :actor)"));
    insert.bind(QStringLiteral(":area"), qs(t.area.key()))
        .bind(QStringLiteral(":kind"), prevalenceAreaKindWord(t.area.kind))
        .bind(QStringLiteral(":region"),
              t.area.region ? QVariant(qs(t.area.region->toString())) : QVariant())
        .bind(QStringLiteral(":year"), t.year)
        .bind(QStringLiteral(":indicator"), qs(core::toString(t.indicator)))
        .bind(QStringLiteral(":percent"), t.percent)
        .bind(QStringLiteral(":note"), qs(t.note))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    t.id = insert.lastInsertId().toLongLong();
    t.rowVersion = 1;
    AuditLog::record(m_db, QStringLiteral("prevalence_target"), QString::number(t.id),
                     AuditLog::Action::Insert, {}, toJson(t));
    transaction.commit();
    return t;
}

core::PrevalenceTarget PrevalenceRepository::updateTarget(core::PrevalenceTarget t)
{
    checkTarget(t);
    t.note = core::trimmed(t.note);
    Transaction transaction(m_db);
    std::optional<core::PrevalenceTarget> before;
    for (const auto &other : targets()) {
        if (other.id == t.id && t.id != 0)
            before = other;
    }
    if (t.id == 0)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Prevalence", "The national target is set by regulation and cannot "
                                             "be changed here."));
    if (!before || before->rowVersion != t.rowVersion)
        throw StorageError::conflict();
    Query update(m_db, QStringLiteral("UPDATE prevalence_target SET percent = :percent, note = "
                                      ":note, updated_at = :now, updated_by = :actor, "
                                      "row_version = row_version + 1 WHERE id = :id AND "
                                      "row_version = :version"));
    update.bind(QStringLiteral(":percent"), t.percent)
        .bind(QStringLiteral(":note"), qs(t.note))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(static_cast<qint64>(t.id)))
        .bind(QStringLiteral(":version"), t.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    t.area = before->area;
    t.year = before->year;
    t.indicator = before->indicator;
    ++t.rowVersion;
    AuditLog::record(m_db, QStringLiteral("prevalence_target"), QString::number(t.id),
                     AuditLog::Action::Update, toJson(*before), toJson(t));
    transaction.commit();
    return t;
}

void PrevalenceRepository::removeTarget(std::int64_t id, int rowVersion)
{
    Transaction transaction(m_db);
    std::optional<core::PrevalenceTarget> before;
    for (const auto &other : targets()) {
        if (other.id == id && id != 0)
            before = other;
    }
    if (id == 0)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Prevalence", "The national target is set by regulation and cannot "
                                             "be changed here."));
    if (!before || before->rowVersion != rowVersion)
        throw StorageError::conflict();
    Query(m_db, QStringLiteral("DELETE FROM prevalence_target WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(static_cast<qint64>(id)))
        .exec();
    AuditLog::record(m_db, QStringLiteral("prevalence_target"), QString::number(id),
                     AuditLog::Action::Delete, toJson(*before), {});
    transaction.commit();
}

} // namespace konvergensi::storage
