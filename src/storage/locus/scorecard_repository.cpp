// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/locus/scorecard_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "core/clock.h"
#include "core/errors.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace konvergensi::storage {

namespace {

QString s(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

const QString kColumns = QStringLiteral(
    "SELECT id, year, village_code, apbdes_stunting, note, row_version FROM scorecard");

QJsonObject toJson(const core::Scorecard &card)
{
    QJsonArray indicators;
    for (const core::ScorecardIndicator &i : card.indicators)
        indicators.append(
            QJsonObject{{QStringLiteral("package"), s(core::toString(i.package))},
                        {QStringLiteral("name"), s(i.name)},
                        {QStringLiteral("target"), static_cast<qint64>(i.target)},
                        {QStringLiteral("achieved"), static_cast<qint64>(i.achieved)}});
    QJsonObject json{{QStringLiteral("year"), card.year},
                     {QStringLiteral("village_code"), s(card.village.toString())},
                     {QStringLiteral("note"), s(card.note)},
                     {QStringLiteral("indicators"), indicators}};
    if (card.apbdesStunting)
        json.insert(QStringLiteral("apbdes_stunting"), static_cast<qint64>(*card.apbdesStunting));
    return json;
}

QJsonObject toJson(const core::Kpm &kpm)
{
    return {{QStringLiteral("village_code"), s(kpm.village.toString())},
            {QStringLiteral("name"), s(kpm.name)},
            {QStringLiteral("phone"), s(kpm.phone)},
            {QStringLiteral("since"), kpm.since ? s(core::toIsoDate(*kpm.since)) : QString()}};
}

QString rowKey(const core::Scorecard &card)
{
    return QStringLiteral("%1/%2").arg(card.year).arg(s(card.village.toString()));
}

} // namespace

ScorecardRepository::ScorecardRepository(Database &db)
    : m_db(db)
{
}

namespace {

std::vector<core::Scorecard> readCards(Database &db, Query &query)
{
    std::vector<core::Scorecard> out;
    while (query.next()) {
        core::Scorecard card(core::RegionCode::fromString(query.text(2).toStdString()),
                             static_cast<int>(query.integer(1)));
        card.id = query.integer(0);
        if (!query.value(3).isNull())
            card.apbdesStunting = query.integer(3);
        card.note = query.text(4).toStdString();
        card.rowVersion = static_cast<int>(query.integer(5));
        out.push_back(std::move(card));
    }
    for (core::Scorecard &card : out) {
        Query items(db, QStringLiteral("SELECT package, name, target, achieved FROM "
                                       "scorecard_indicator WHERE scorecard_id = :id ORDER BY "
                                       "position, id"));
        items.bind(QStringLiteral(":id"), QVariant::fromValue(card.id)).exec();
        while (items.next()) {
            core::ScorecardIndicator i;
            i.package = core::servicePackageFromString(items.text(0).toStdString())
                            .value_or(core::ServicePackage::Kia);
            i.name = items.text(1).toStdString();
            i.target = items.integer(2);
            i.achieved = items.integer(3);
            card.indicators.push_back(std::move(i));
        }
    }
    return out;
}

} // namespace

std::optional<core::Scorecard> ScorecardRepository::find(const core::RegionCode &village,
                                                         int year) const
{
    Query query(m_db, kColumns + QStringLiteral(" WHERE village_code = :code AND year = :year"));
    query.bind(QStringLiteral(":code"), s(village.toString()))
        .bind(QStringLiteral(":year"), year)
        .exec();
    auto cards = readCards(m_db, query);
    if (cards.empty())
        return std::nullopt;
    return std::move(cards.front());
}

std::optional<core::Scorecard> ScorecardRepository::byId(std::int64_t id) const
{
    Query query(m_db, kColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    auto cards = readCards(m_db, query);
    if (cards.empty())
        return std::nullopt;
    return std::move(cards.front());
}

std::vector<core::Scorecard> ScorecardRepository::scorecards(int year) const
{
    Query query(m_db, kColumns + QStringLiteral(" WHERE year = :year ORDER BY village_code"));
    query.bind(QStringLiteral(":year"), year).exec();
    return readCards(m_db, query);
}

std::vector<core::Scorecard> ScorecardRepository::ofVillage(const core::RegionCode &village) const
{
    Query query(m_db, kColumns + QStringLiteral(" WHERE village_code = :code ORDER BY year"));
    query.bind(QStringLiteral(":code"), s(village.toString())).exec();
    return readCards(m_db, query);
}

std::size_t ScorecardRepository::count() const
{
    Query query(m_db, QStringLiteral("SELECT count(*) FROM scorecard"));
    query.exec();
    return query.next() ? static_cast<std::size_t>(query.integer(0)) : 0;
}

void ScorecardRepository::check(const core::Scorecard &card) const
{
    if (const auto issues = core::validate(card); !issues.empty()) {
        // The use cases and the importer check first and word the rule
        // (reports::scorecardProblemText); this is the safety net, the rule in the log.
        qCWarning(lcStorage) << "scorecard refused, problem"
                             << static_cast<int>(issues.front().problem);
        QString text = QCoreApplication::translate(
            "ScorecardRepository", "the scorecard breaks a rule and was not stored.");
        if (!issues.front().indicator.empty())
            text += QStringLiteral(" (") + s(issues.front().indicator) + QStringLiteral(")");
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("ScorecardRepository", "%1 %2: %3")
                               .arg(s(card.village.toString()))
                               .arg(card.year)
                               .arg(text));
    }
    if (!RegionRepository(m_db).contains(card.village))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("LocusRepository",
                                        "The village %1 is not in the workspace's regions.")
                .arg(s(card.village.toString())));
}

void ScorecardRepository::writeIndicators(std::int64_t id, const core::Scorecard &card)
{
    Query(m_db, QStringLiteral("DELETE FROM scorecard_indicator WHERE scorecard_id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    int position = 0;
    for (const core::ScorecardIndicator &i : card.indicators) {
        Query(m_db, QStringLiteral("INSERT INTO scorecard_indicator (scorecard_id, position, "
                                   "package, name, target, achieved) VALUES (:id, :position, "
                                   ":package, :name, :target, :achieved)"))
            .bind(QStringLiteral(":id"), QVariant::fromValue(id))
            .bind(QStringLiteral(":position"), ++position)
            .bind(QStringLiteral(":package"), s(core::toString(i.package)))
            .bind(QStringLiteral(":name"), s(core::trimmed(i.name)))
            .bind(QStringLiteral(":target"), QVariant::fromValue(static_cast<qint64>(i.target)))
            .bind(QStringLiteral(":achieved"), QVariant::fromValue(static_cast<qint64>(i.achieved)))
            .exec();
    }
}

core::Scorecard ScorecardRepository::save(core::Scorecard card)
{
    card.note = core::trimmed(card.note);
    for (core::ScorecardIndicator &i : card.indicators)
        i.name = core::trimmed(i.name);
    check(card);
    Transaction transaction(m_db);
    const QVariant budget = card.apbdesStunting
                                ? QVariant::fromValue(static_cast<qint64>(*card.apbdesStunting))
                                : QVariant();
    if (card.id == 0) {
        if (find(card.village, card.year))
            throw StorageError(
                StorageError::Kind::Invalid,
                QCoreApplication::translate("ScorecardRepository",
                                            "The village %1 already has a scorecard for %2.")
                    .arg(s(card.village.toString()))
                    .arg(card.year));
        Query insert(m_db, QStringLiteral(
                               "INSERT INTO scorecard (year, village_code, apbdes_stunting, note, "
                               "created_at, created_by, updated_at, updated_by) VALUES (:year, "
                               ":code, :budget, :note, :now, :actor, :now, :actor)"));
        insert.bind(QStringLiteral(":year"), card.year)
            .bind(QStringLiteral(":code"), s(card.village.toString()))
            .bind(QStringLiteral(":budget"), budget)
            .bind(QStringLiteral(":note"), s(card.note))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
        card.id = insert.lastInsertId().toLongLong();
        card.rowVersion = 1;
        writeIndicators(card.id, card);
        AuditLog::record(m_db, QStringLiteral("scorecard"), rowKey(card), AuditLog::Action::Insert,
                         {}, toJson(card));
    } else {
        const auto before = byId(card.id);
        if (!before || before->rowVersion != card.rowVersion)
            throw StorageError::conflict();
        card.village = before->village;
        card.year = before->year;
        Query update(m_db,
                     QStringLiteral("UPDATE scorecard SET apbdes_stunting = :budget, note = :note, "
                                    "updated_at = :now, updated_by = :actor, row_version = "
                                    "row_version + 1 WHERE id = :id AND row_version = :version"));
        update.bind(QStringLiteral(":budget"), budget)
            .bind(QStringLiteral(":note"), s(card.note))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":id"), QVariant::fromValue(card.id))
            .bind(QStringLiteral(":version"), card.rowVersion)
            .exec();
        if (update.rowsAffected() != 1)
            throw StorageError::conflict();
        ++card.rowVersion;
        writeIndicators(card.id, card);
        AuditLog::record(m_db, QStringLiteral("scorecard"), rowKey(card), AuditLog::Action::Update,
                         toJson(*before), toJson(card));
    }
    transaction.commit();
    return card;
}

void ScorecardRepository::replace(const std::vector<core::Scorecard> &scorecards)
{
    Transaction transaction(m_db);
    for (core::Scorecard card : scorecards) {
        if (const auto held = find(card.village, card.year)) {
            card.id = held->id;
            card.rowVersion = held->rowVersion;
        } else {
            card.id = 0;
            card.rowVersion = 0;
        }
        save(std::move(card));
    }
    transaction.commit();
}

void ScorecardRepository::remove(std::int64_t id, int rowVersion)
{
    Transaction transaction(m_db);
    const auto before = byId(id);
    if (!before || before->rowVersion != rowVersion)
        throw StorageError::conflict();
    Query(m_db, QStringLiteral("DELETE FROM scorecard_indicator WHERE scorecard_id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    Query(m_db, QStringLiteral("DELETE FROM scorecard WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, QStringLiteral("scorecard"), rowKey(*before), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

std::optional<core::Kpm> ScorecardRepository::kpm(const core::RegionCode &village) const
{
    Query query(m_db, QStringLiteral("SELECT name, phone, since, row_version FROM village_kpm "
                                     "WHERE village_code = :code"));
    query.bind(QStringLiteral(":code"), s(village.toString())).exec();
    if (!query.next())
        return std::nullopt;
    core::Kpm kpm(village);
    kpm.name = query.text(0).toStdString();
    kpm.phone = query.text(1).toStdString();
    if (!query.value(2).isNull() && !query.text(2).isEmpty()) {
        try {
            kpm.since = core::parseIsoDate(query.text(2).toStdString());
        } catch (const core::DomainError &) {
            kpm.since.reset();
        }
    }
    kpm.rowVersion = static_cast<int>(query.integer(3));
    return kpm;
}

core::Kpm ScorecardRepository::saveKpm(core::Kpm kpm)
{
    kpm.name = core::trimmed(kpm.name);
    kpm.phone = core::trimmed(kpm.phone);
    if (const auto problems = core::validate(kpm); !problems.empty()) {
        if (problems.front() == core::KpmProblem::EmptyName)
            throw StorageError(
                StorageError::Kind::Invalid,
                QCoreApplication::translate("ScorecardRepository", "The KPM's name is required."));
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Storage", "The phone number may hold only digits, spaces, +, - and "
                                          "parentheses, with at least 6 digits."));
    }
    if (!RegionRepository(m_db).contains(kpm.village))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("LocusRepository",
                                        "The village %1 is not in the workspace's regions.")
                .arg(s(kpm.village.toString())));
    Transaction transaction(m_db);
    const auto before = this->kpm(kpm.village);
    const QVariant since = kpm.since ? QVariant(s(core::toIsoDate(*kpm.since))) : QVariant();
    if (!before) {
        if (kpm.rowVersion != 0)
            throw StorageError::conflict();
        Query(m_db, QStringLiteral("INSERT INTO village_kpm (village_code, name, phone, since, "
                                   "created_at, created_by, updated_at, updated_by) VALUES "
                                   "(:code, :name, :phone, :since, :now, :actor, :now, :actor)"))
            .bind(QStringLiteral(":code"), s(kpm.village.toString()))
            .bind(QStringLiteral(":name"), s(kpm.name))
            .bind(QStringLiteral(":phone"), s(kpm.phone))
            .bind(QStringLiteral(":since"), since)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
        kpm.rowVersion = 1;
        AuditLog::record(m_db, QStringLiteral("village_kpm"), s(kpm.village.toString()),
                         AuditLog::Action::Insert, {}, toJson(kpm));
    } else {
        if (before->rowVersion != kpm.rowVersion)
            throw StorageError::conflict();
        Query update(m_db,
                     QStringLiteral("UPDATE village_kpm SET name = :name, phone = :phone, since = "
                                    ":since, updated_at = :now, updated_by = :actor, row_version = "
                                    "row_version + 1 WHERE village_code = :code AND row_version = "
                                    ":version"));
        update.bind(QStringLiteral(":name"), s(kpm.name))
            .bind(QStringLiteral(":phone"), s(kpm.phone))
            .bind(QStringLiteral(":since"), since)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":code"), s(kpm.village.toString()))
            .bind(QStringLiteral(":version"), kpm.rowVersion)
            .exec();
        if (update.rowsAffected() != 1)
            throw StorageError::conflict();
        ++kpm.rowVersion;
        AuditLog::record(m_db, QStringLiteral("village_kpm"), s(kpm.village.toString()),
                         AuditLog::Action::Update, toJson(*before), toJson(kpm));
    }
    transaction.commit();
    return kpm;
}

} // namespace konvergensi::storage
