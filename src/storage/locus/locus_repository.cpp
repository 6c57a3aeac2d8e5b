// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/locus/locus_repository.h"

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
#include <QJsonObject>

#include <algorithm>

namespace konvergensi::storage {

const QString LocusRepository::kDecreeOwnerType = QStringLiteral("locus_year");

namespace {

QString s(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QVariant optionalInt(const std::optional<std::int64_t> &value)
{
    return value ? QVariant::fromValue(static_cast<qint64>(*value)) : QVariant();
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<std::int64_t> readInt(const Query &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<double> readDouble(const Query &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

const QString kVillageColumns = QStringLiteral(
    "SELECT id, year, village_code, rank, origin, reason, score, children_measured, stunted, "
    "prevalence, target_households, poverty, row_version FROM locus_village");

core::LocusVillage readVillage(const Query &q)
{
    core::LocusVillage v(core::RegionCode::fromString(q.text(2).toStdString()),
                         static_cast<int>(q.integer(1)));
    v.id = q.integer(0);
    v.rank = static_cast<int>(q.integer(3));
    v.origin =
        core::locusOriginFromString(q.text(4).toStdString()).value_or(core::LocusOrigin::Imported);
    v.reason = q.text(5).toStdString();
    v.score = readDouble(q, 6);
    v.evidence.childrenMeasured = readInt(q, 7);
    v.evidence.stunted = readInt(q, 8);
    v.evidence.prevalencePercent = readDouble(q, 9);
    v.evidence.targetHouseholds = readInt(q, 10);
    v.evidence.povertyPercent = readDouble(q, 11);
    v.rowVersion = static_cast<int>(q.integer(12));
    return v;
}

template<typename T>
void putOptional(QJsonObject &json, const QString &key, const std::optional<T> &value)
{
    if (value)
        json.insert(key, static_cast<double>(*value));
}

QJsonObject toJson(const core::LocusVillage &v)
{
    QJsonObject json{{QStringLiteral("year"), v.year},
                     {QStringLiteral("village_code"), s(v.village.toString())},
                     {QStringLiteral("rank"), v.rank},
                     {QStringLiteral("origin"), s(core::toString(v.origin))},
                     {QStringLiteral("reason"), s(v.reason)}};
    putOptional(json, QStringLiteral("score"), v.score);
    putOptional(json, QStringLiteral("children_measured"), v.evidence.childrenMeasured);
    putOptional(json, QStringLiteral("stunted"), v.evidence.stunted);
    putOptional(json, QStringLiteral("prevalence"), v.evidence.prevalencePercent);
    putOptional(json, QStringLiteral("target_households"), v.evidence.targetHouseholds);
    putOptional(json, QStringLiteral("poverty"), v.evidence.povertyPercent);
    return json;
}

QJsonObject toJson(const core::LocusDecree &d)
{
    return {{QStringLiteral("year"), d.year},
            {QStringLiteral("decree_number"), s(d.number)},
            {QStringLiteral("decree_date"), d.date ? s(core::toIsoDate(*d.date)) : QString()},
            {QStringLiteral("decree_signed_by"), s(d.signedBy)},
            {QStringLiteral("notes"), s(d.notes)}};
}

QJsonObject toJson(int year, const core::LocusExclusion &x)
{
    return {{QStringLiteral("year"), year},
            {QStringLiteral("village_code"), s(x.village.toString())},
            {QStringLiteral("reason"), s(x.reason)}};
}

[[noreturn]] void invalid(const QString &message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

/// A rule of core broken: the use cases check first and word it (reports::locusProblemText);
/// this is the safety net, in plain words, with the rule in the log.
[[noreturn]] void refused(core::LocusProblem problem, const QString &village = {})
{
    qCWarning(lcStorage) << "locus entry refused, problem" << static_cast<int>(problem);
    const QString text = QCoreApplication::translate(
        "LocusRepository", "The locus entry breaks a rule of the list and was not stored.");
    invalid(village.isEmpty()
                ? text
                : QCoreApplication::translate("LocusRepository", "%1: %2").arg(village, text));
}

} // namespace

LocusRepository::LocusRepository(Database &db)
    : m_db(db)
{
}

std::vector<int> LocusRepository::years() const
{
    Query query(m_db, QStringLiteral("SELECT year FROM locus_year ORDER BY year"));
    query.exec();
    std::vector<int> out;
    while (query.next())
        out.push_back(static_cast<int>(query.integer(0)));
    return out;
}

std::optional<core::LocusDecree> LocusRepository::decree(int year) const
{
    Query query(m_db, QStringLiteral("SELECT id, year, decree_number, decree_date, "
                                     "decree_signed_by, notes, row_version FROM locus_year "
                                     "WHERE year = :year"));
    query.bind(QStringLiteral(":year"), year).exec();
    if (!query.next())
        return std::nullopt;
    core::LocusDecree d;
    d.id = query.integer(0);
    d.year = static_cast<int>(query.integer(1));
    d.number = query.text(2).toStdString();
    if (!query.value(3).isNull() && !query.text(3).isEmpty()) {
        try {
            d.date = core::parseIsoDate(query.text(3).toStdString());
        } catch (const core::DomainError &) {
            d.date.reset();
        }
    }
    d.signedBy = query.text(4).toStdString();
    d.notes = query.text(5).toStdString();
    d.rowVersion = static_cast<int>(query.integer(6));
    return d;
}

core::LocusDecree LocusRepository::saveDecree(core::LocusDecree d)
{
    if (d.year < 2000 || d.year > 2100)
        refused(core::LocusProblem::YearOutOfRange);
    d.number = core::trimmed(d.number);
    d.signedBy = core::trimmed(d.signedBy);
    d.notes = core::trimmed(d.notes);
    Transaction transaction(m_db);
    const auto before = decree(d.year);
    const QVariant date = d.date ? QVariant(s(core::toIsoDate(*d.date))) : QVariant();
    if (!before) {
        if (d.rowVersion != 0)
            throw StorageError::conflict();
        Query insert(m_db, QStringLiteral(
                               "INSERT INTO locus_year (year, decree_number, decree_date, "
                               "decree_signed_by, notes, created_at, created_by, updated_at, "
                               "updated_by) VALUES (:year, :number, :date, :signed, :notes, :now, "
                               ":actor, :now, :actor)"));
        insert.bind(QStringLiteral(":year"), d.year)
            .bind(QStringLiteral(":number"), s(d.number))
            .bind(QStringLiteral(":date"), date)
            .bind(QStringLiteral(":signed"), s(d.signedBy))
            .bind(QStringLiteral(":notes"), s(d.notes))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
        d.id = insert.lastInsertId().toLongLong();
        d.rowVersion = 1;
        AuditLog::record(m_db, QStringLiteral("locus_year"), QString::number(d.year),
                         AuditLog::Action::Insert, {}, toJson(d));
    } else {
        if (before->rowVersion != d.rowVersion)
            throw StorageError::conflict();
        Query update(
            m_db, QStringLiteral("UPDATE locus_year SET decree_number = :number, decree_date = "
                                 ":date, decree_signed_by = :signed, notes = :notes, updated_at = "
                                 ":now, updated_by = :actor, row_version = row_version + 1 WHERE "
                                 "year = :year AND row_version = :version"));
        update.bind(QStringLiteral(":number"), s(d.number))
            .bind(QStringLiteral(":date"), date)
            .bind(QStringLiteral(":signed"), s(d.signedBy))
            .bind(QStringLiteral(":notes"), s(d.notes))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":year"), d.year)
            .bind(QStringLiteral(":version"), d.rowVersion)
            .exec();
        if (update.rowsAffected() != 1)
            throw StorageError::conflict();
        d.id = before->id;
        ++d.rowVersion;
        AuditLog::record(m_db, QStringLiteral("locus_year"), QString::number(d.year),
                         AuditLog::Action::Update, toJson(*before), toJson(d));
    }
    transaction.commit();
    return d;
}

std::int64_t LocusRepository::ensureYear(int year)
{
    if (const auto held = decree(year))
        return held->id;
    core::LocusDecree d;
    d.year = year;
    return saveDecree(d).id;
}

std::vector<core::LocusVillage> LocusRepository::villages(int year) const
{
    Query query(m_db, kVillageColumns + QStringLiteral(" WHERE year = :year ORDER BY rank, id"));
    query.bind(QStringLiteral(":year"), year).exec();
    std::vector<core::LocusVillage> out;
    while (query.next())
        out.push_back(readVillage(query));
    return out;
}

std::vector<core::LocusExclusion> LocusRepository::exclusions(int year) const
{
    Query query(m_db, QStringLiteral("SELECT village_code, reason FROM locus_exclusion WHERE "
                                     "year = :year ORDER BY village_code"));
    query.bind(QStringLiteral(":year"), year).exec();
    std::vector<core::LocusExclusion> out;
    while (query.next())
        out.push_back({core::RegionCode::fromString(query.text(0).toStdString()),
                       query.text(1).toStdString()});
    return out;
}

std::set<core::RegionCode> LocusRepository::locusCodes(int year) const
{
    Query query(m_db, QStringLiteral("SELECT village_code FROM locus_village WHERE year = :year"));
    query.bind(QStringLiteral(":year"), year).exec();
    std::set<core::RegionCode> out;
    while (query.next()) {
        if (auto code = core::RegionCode::parse(query.text(0).toStdString()))
            out.insert(std::move(*code));
    }
    return out;
}

std::vector<core::LocusVillage> LocusRepository::history(const core::RegionCode &village) const
{
    Query query(m_db,
                kVillageColumns + QStringLiteral(" WHERE village_code = :code ORDER BY year"));
    query.bind(QStringLiteral(":code"), s(village.toString())).exec();
    std::vector<core::LocusVillage> out;
    while (query.next())
        out.push_back(readVillage(query));
    return out;
}

std::size_t LocusRepository::count(int year) const
{
    Query query(m_db, QStringLiteral("SELECT count(*) FROM locus_village WHERE year = :year"));
    query.bind(QStringLiteral(":year"), year).exec();
    return query.next() ? static_cast<std::size_t>(query.integer(0)) : 0;
}

void LocusRepository::checkVillage(const core::LocusVillage &village) const
{
    if (const auto problems = core::validate(village); !problems.empty())
        refused(problems.front(), s(village.village.toString()));
    if (!RegionRepository(m_db).contains(village.village))
        invalid(QCoreApplication::translate("LocusRepository",
                                            "The village %1 is not in the workspace's regions.")
                    .arg(s(village.village.toString())));
}

LocusRepository::ReplaceResult LocusRepository::replaceList(
    int year, const std::vector<core::LocusVillage> &villages,
    const std::vector<core::LocusExclusion> &exclusions)
{
    if (year < 2000 || year > 2100)
        refused(core::LocusProblem::YearOutOfRange);
    std::vector<core::LocusVillage> incoming = villages;
    for (core::LocusVillage &v : incoming) {
        v.year = year;
        v.reason = core::trimmed(v.reason);
    }
    if (const auto issues = core::validateList(incoming, exclusions); !issues.empty()) {
        // The use cases check the whole list first and word the rule
        // (reports::listProblemText); this is the safety net.
        qCWarning(lcStorage) << "locus list refused, problem"
                             << static_cast<int>(issues.front().problem);
        invalid(QCoreApplication::translate("LocusRepository",
                                            "The list breaks a rule (a village or a rank twice, "
                                            "or a village both listed and left out) and was not "
                                            "stored."));
    }
    Transaction transaction(m_db);
    for (const core::LocusVillage &v : incoming)
        checkVillage(v);
    for (const core::LocusExclusion &x : exclusions) {
        if (!RegionRepository(m_db).contains(x.village))
            invalid(QCoreApplication::translate("LocusRepository",
                                                "The village %1 is not in the workspace's regions.")
                        .arg(s(x.village.toString())));
    }
    ensureYear(year);
    ReplaceResult result;
    for (const core::LocusVillage &old : this->villages(year)) {
        AuditLog::record(m_db, QStringLiteral("locus_village"),
                         QStringLiteral("%1/%2").arg(year).arg(s(old.village.toString())),
                         AuditLog::Action::Delete, toJson(old), {});
        ++result.removed;
    }
    for (const core::LocusExclusion &old : this->exclusions(year))
        AuditLog::record(m_db, QStringLiteral("locus_exclusion"),
                         QStringLiteral("%1/%2").arg(year).arg(s(old.village.toString())),
                         AuditLog::Action::Delete, toJson(year, old), {});
    Query(m_db, QStringLiteral("DELETE FROM locus_village WHERE year = :year"))
        .bind(QStringLiteral(":year"), year)
        .exec();
    Query(m_db, QStringLiteral("DELETE FROM locus_exclusion WHERE year = :year"))
        .bind(QStringLiteral(":year"), year)
        .exec();
    for (const core::LocusVillage &v : incoming) {
        Query insert(
            m_db, QStringLiteral("INSERT INTO locus_village (year, village_code, rank, origin, "
                                 "reason, score, children_measured, stunted, prevalence, "
                                 "target_households, poverty, created_at, created_by, updated_at, "
                                 "updated_by) VALUES (:year, :code, :rank, :origin, :reason, "
                                 ":score, :measured, :stunted, :prevalence, :households, :poverty, "
                                 ":now, :actor, :now, :actor)"));
        insert.bind(QStringLiteral(":year"), year)
            .bind(QStringLiteral(":code"), s(v.village.toString()))
            .bind(QStringLiteral(":rank"), v.rank)
            .bind(QStringLiteral(":origin"), s(core::toString(v.origin)))
            .bind(QStringLiteral(":reason"), s(v.reason))
            .bind(QStringLiteral(":score"), optionalDouble(v.score))
            .bind(QStringLiteral(":measured"), optionalInt(v.evidence.childrenMeasured))
            .bind(QStringLiteral(":stunted"), optionalInt(v.evidence.stunted))
            .bind(QStringLiteral(":prevalence"), optionalDouble(v.evidence.prevalencePercent))
            .bind(QStringLiteral(":households"), optionalInt(v.evidence.targetHouseholds))
            .bind(QStringLiteral(":poverty"), optionalDouble(v.evidence.povertyPercent))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
        AuditLog::record(m_db, QStringLiteral("locus_village"),
                         QStringLiteral("%1/%2").arg(year).arg(s(v.village.toString())),
                         AuditLog::Action::Insert, {}, toJson(v));
        ++result.added;
    }
    for (const core::LocusExclusion &x : exclusions) {
        Query(m_db, QStringLiteral("INSERT INTO locus_exclusion (year, village_code, reason, "
                                   "created_at, created_by, updated_at, updated_by) VALUES "
                                   "(:year, :code, :reason, :now, :actor, :now, :actor)"))
            .bind(QStringLiteral(":year"), year)
            .bind(QStringLiteral(":code"), s(x.village.toString()))
            .bind(QStringLiteral(":reason"), s(core::trimmed(x.reason)))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
        AuditLog::record(m_db, QStringLiteral("locus_exclusion"),
                         QStringLiteral("%1/%2").arg(year).arg(s(x.village.toString())),
                         AuditLog::Action::Insert, {}, toJson(year, x));
    }
    transaction.commit();
    return result;
}

core::LocusVillage LocusRepository::updateVillage(core::LocusVillage village)
{
    village.reason = core::trimmed(village.reason);
    Transaction transaction(m_db);
    Query read(m_db, kVillageColumns + QStringLiteral(" WHERE id = :id"));
    read.bind(QStringLiteral(":id"), QVariant::fromValue(village.id)).exec();
    if (!read.next())
        throw StorageError::conflict();
    const core::LocusVillage before = readVillage(read);
    if (before.rowVersion != village.rowVersion)
        throw StorageError::conflict();
    village.year = before.year;
    village.village = before.village;
    village.rank = before.rank;
    checkVillage(village);
    Query update(
        m_db, QStringLiteral("UPDATE locus_village SET origin = :origin, reason = :reason, "
                             "children_measured = :measured, stunted = :stunted, prevalence = "
                             ":prevalence, target_households = :households, poverty = :poverty, "
                             "updated_at = :now, updated_by = :actor, row_version = row_version + "
                             "1 WHERE id = :id AND row_version = :version"));
    update.bind(QStringLiteral(":origin"), s(core::toString(village.origin)))
        .bind(QStringLiteral(":reason"), s(village.reason))
        .bind(QStringLiteral(":measured"), optionalInt(village.evidence.childrenMeasured))
        .bind(QStringLiteral(":stunted"), optionalInt(village.evidence.stunted))
        .bind(QStringLiteral(":prevalence"), optionalDouble(village.evidence.prevalencePercent))
        .bind(QStringLiteral(":households"), optionalInt(village.evidence.targetHouseholds))
        .bind(QStringLiteral(":poverty"), optionalDouble(village.evidence.povertyPercent))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(village.id))
        .bind(QStringLiteral(":version"), village.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    ++village.rowVersion;
    AuditLog::record(m_db, QStringLiteral("locus_village"),
                     QStringLiteral("%1/%2").arg(village.year).arg(s(village.village.toString())),
                     AuditLog::Action::Update, toJson(before), toJson(village));
    transaction.commit();
    return village;
}

void LocusRepository::removeVillage(std::int64_t id, int rowVersion)
{
    Transaction transaction(m_db);
    Query read(m_db, kVillageColumns + QStringLiteral(" WHERE id = :id"));
    read.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!read.next())
        throw StorageError::conflict();
    const core::LocusVillage before = readVillage(read);
    if (before.rowVersion != rowVersion)
        throw StorageError::conflict();
    Query(m_db, QStringLiteral("DELETE FROM locus_village WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, QStringLiteral("locus_village"),
                     QStringLiteral("%1/%2").arg(before.year).arg(s(before.village.toString())),
                     AuditLog::Action::Delete, toJson(before), {});
    // The villages below move up.
    for (core::LocusVillage v : villages(before.year)) {
        if (v.rank <= before.rank)
            continue;
        Query(m_db, QStringLiteral("UPDATE locus_village SET rank = rank - 1, updated_at = :now, "
                                   "updated_by = :actor, row_version = row_version + 1 WHERE id "
                                   "= :id"))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":id"), QVariant::fromValue(v.id))
            .exec();
        const QJsonObject old = toJson(v);
        --v.rank;
        AuditLog::record(m_db, QStringLiteral("locus_village"),
                         QStringLiteral("%1/%2").arg(v.year).arg(s(v.village.toString())),
                         AuditLog::Action::Update, old, toJson(v));
    }
    transaction.commit();
}

void LocusRepository::moveVillage(std::int64_t id, int direction)
{
    Transaction transaction(m_db);
    Query read(m_db, kVillageColumns + QStringLiteral(" WHERE id = :id"));
    read.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!read.next())
        throw StorageError::conflict();
    const core::LocusVillage moving = readVillage(read);
    std::vector<core::LocusVillage> list = villages(moving.year);
    const auto it = std::find_if(list.begin(), list.end(),
                                 [id](const core::LocusVillage &v) { return v.id == id; });
    const auto index = static_cast<std::ptrdiff_t>(it - list.begin());
    const std::ptrdiff_t other = index + (direction < 0 ? -1 : 1);
    if (it == list.end() || other < 0 || other >= static_cast<std::ptrdiff_t>(list.size())) {
        transaction.commit();
        return;
    }
    const core::LocusVillage &a = list[static_cast<std::size_t>(index)];
    const core::LocusVillage &b = list[static_cast<std::size_t>(other)];
    auto setRank = [this](const core::LocusVillage &v, int rank) {
        Query(m_db, QStringLiteral("UPDATE locus_village SET rank = :rank, updated_at = :now, "
                                   "updated_by = :actor, row_version = row_version + 1 WHERE id "
                                   "= :id"))
            .bind(QStringLiteral(":rank"), rank)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":id"), QVariant::fromValue(v.id))
            .exec();
        core::LocusVillage after = v;
        after.rank = rank;
        AuditLog::record(m_db, QStringLiteral("locus_village"),
                         QStringLiteral("%1/%2").arg(v.year).arg(s(v.village.toString())),
                         AuditLog::Action::Update, toJson(v), toJson(after));
    };
    setRank(a, b.rank);
    setRank(b, a.rank);
    transaction.commit();
}

} // namespace konvergensi::storage
