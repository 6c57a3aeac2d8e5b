// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/prevalence/prevalence_repository.h"
#include "storage/prevalence/prevalence_repository_detail.h"

#include "qtsupport/text.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "core/prevalence/prevalence_aggregation.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace konvergensi::storage {

namespace {

QVariant optionalInt(const std::optional<std::int64_t> &value)
{
    return value ? QVariant::fromValue(static_cast<qint64>(*value)) : QVariant();
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<std::int64_t> readOptionalInt(const Query &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

const QString kColumns = QStringLiteral(
    "SELECT id, area_key, year, period_round, source, indicator, measured, cases, eligible, "
    "published_rate, note, row_version FROM prevalence");

core::PrevalenceObservation readObservation(const Query &query)
{
    core::PrevalenceObservation o;
    o.id = query.integer(0);
    o.area = core::PrevalenceArea::fromKey(query.text(1).toStdString())
                 .value_or(core::PrevalenceArea::national());
    o.year = static_cast<int>(query.integer(2));
    o.round = core::prevalenceRoundFromString(query.text(3).toStdString())
                  .value_or(core::PrevalenceRound::Survey);
    o.source = core::prevalenceSourceFromString(query.text(4).toStdString())
                   .value_or(core::PrevalenceSource::Other);
    o.indicator = core::prevalenceIndicatorFromString(query.text(5).toStdString())
                      .value_or(core::PrevalenceIndicator::Stunting);
    o.measured = readOptionalInt(query, 6);
    o.cases = readOptionalInt(query, 7);
    o.eligible = readOptionalInt(query, 8);
    if (!query.value(9).isNull())
        o.publishedRate = query.value(9).toDouble();
    o.note = query.text(10).toStdString();
    o.rowVersion = static_cast<int>(query.integer(11));
    return o;
}

QJsonObject toJson(const core::PrevalenceObservation &o)
{
    QJsonObject json{{QStringLiteral("area"), qs(o.area.key())},
                     {QStringLiteral("year"), o.year},
                     {QStringLiteral("round"), qs(core::toString(o.round))},
                     {QStringLiteral("source"), qs(core::toString(o.source))},
                     {QStringLiteral("indicator"), qs(core::toString(o.indicator))},
                     {QStringLiteral("note"), qs(o.note)}};
    if (o.measured)
        json.insert(QStringLiteral("measured"), static_cast<qint64>(*o.measured));
    if (o.cases)
        json.insert(QStringLiteral("cases"), static_cast<qint64>(*o.cases));
    if (o.eligible)
        json.insert(QStringLiteral("eligible"), static_cast<qint64>(*o.eligible));
    if (o.publishedRate)
        json.insert(QStringLiteral("published_rate"), *o.publishedRate);
    return json;
}

QString rowKey(const core::PrevalenceObservation &o)
{
    return QString::number(o.id);
}

/// The upper bound of the code range below a region: "14.03" -> "14.03/" ('/' follows '.').
QString rangeEnd(const core::RegionCode &code)
{
    return qs(code.toString()) + QStringLiteral("/");
}

/// A rule of core broken: the use cases and the importer check first and word it
/// (reports::prevalence::prevalenceProblemText); this is the safety net, in plain words, with
/// the rule in the log.
[[noreturn]] void refused(core::PrevalenceProblem problem)
{
    qCWarning(lcStorage) << "figure refused, problem" << static_cast<int>(problem);
    throw StorageError(StorageError::Kind::Invalid,
                       QCoreApplication::translate(
                           "Prevalence", "The figure breaks a rule of the register and was not "
                                         "stored."));
}

} // namespace

QString prevalenceAreaKindWord(core::PrevalenceArea::Kind kind)
{
    switch (kind) {
    case core::PrevalenceArea::Kind::Region:
        return QStringLiteral("region");
    case core::PrevalenceArea::Kind::Puskesmas:
        return QStringLiteral("puskesmas");
    case core::PrevalenceArea::Kind::National:
        return QStringLiteral("national");
    case core::PrevalenceArea::Kind::Posyandu:
        return QStringLiteral("posyandu");
    }
    return QStringLiteral("national");
}

PrevalenceRepository::PrevalenceRepository(Database &db)
    : m_db(db)
{
}

std::vector<core::PrevalenceObservation> PrevalenceRepository::observations(
    const PrevalenceFilter &filter) const
{
    QStringList where;
    if (filter.indicator)
        where << QStringLiteral("indicator = :indicator");
    if (filter.source)
        where << QStringLiteral("source = :source");
    if (filter.year)
        where << QStringLiteral("year = :year");
    if (filter.round)
        where << QStringLiteral("period_round = :round");
    if (filter.within)
        where << QStringLiteral("region_code >= :within AND region_code < :withinEnd");
    if (filter.area)
        where << QStringLiteral("area_key = :area");
    if (filter.areaKind)
        where << QStringLiteral("area_kind = :kind");
    QString sql = kColumns;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY area_key, year, period_round");
    Query query(m_db, sql);
    if (filter.indicator)
        query.bind(QStringLiteral(":indicator"), qs(core::toString(*filter.indicator)));
    if (filter.source)
        query.bind(QStringLiteral(":source"), qs(core::toString(*filter.source)));
    if (filter.year)
        query.bind(QStringLiteral(":year"), *filter.year);
    if (filter.round)
        query.bind(QStringLiteral(":round"), qs(core::toString(*filter.round)));
    if (filter.within) {
        query.bind(QStringLiteral(":within"), qs(filter.within->toString()));
        query.bind(QStringLiteral(":withinEnd"), rangeEnd(*filter.within));
    }
    if (filter.area)
        query.bind(QStringLiteral(":area"), qs(filter.area->key()));
    if (filter.areaKind)
        query.bind(QStringLiteral(":kind"), prevalenceAreaKindWord(*filter.areaKind));
    query.exec();
    std::vector<core::PrevalenceObservation> out;
    while (query.next())
        out.push_back(readObservation(query));
    return out;
}

std::optional<core::PrevalenceObservation> PrevalenceRepository::find(
    const core::PrevalenceObservation &key) const
{
    Query query(
        m_db, kColumns
                  + QStringLiteral(" WHERE area_key = :area AND indicator = :indicator AND "
                                   "source = :source AND year = :year AND period_round = :round"));
    query.bind(QStringLiteral(":area"), qs(key.area.key()))
        .bind(QStringLiteral(":indicator"), qs(core::toString(key.indicator)))
        .bind(QStringLiteral(":source"), qs(core::toString(key.source)))
        .bind(QStringLiteral(":year"), key.year)
        .bind(QStringLiteral(":round"), qs(core::toString(key.round)))
        .exec();
    if (!query.next())
        return std::nullopt;
    return readObservation(query);
}

std::optional<core::PrevalenceObservation> PrevalenceRepository::byId(std::int64_t id) const
{
    Query query(m_db, kColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(static_cast<qint64>(id))).exec();
    if (!query.next())
        return std::nullopt;
    return readObservation(query);
}

std::vector<std::pair<int, core::PrevalenceRound>> PrevalenceRepository::periods(
    core::PrevalenceIndicator indicator, core::PrevalenceSource source,
    const core::RegionCode &within) const
{
    Query query(m_db, QStringLiteral("SELECT DISTINCT year, period_round FROM prevalence WHERE "
                                     "indicator = :indicator AND source = :source AND "
                                     "region_code >= :within AND region_code < :withinEnd"));
    query.bind(QStringLiteral(":indicator"), qs(core::toString(indicator)))
        .bind(QStringLiteral(":source"), qs(core::toString(source)))
        .bind(QStringLiteral(":within"), qs(within.toString()))
        .bind(QStringLiteral(":withinEnd"), rangeEnd(within))
        .exec();
    std::vector<std::pair<int, core::PrevalenceRound>> out;
    while (query.next()) {
        if (const auto round = core::prevalenceRoundFromString(query.text(1).toStdString()))
            out.emplace_back(static_cast<int>(query.integer(0)), *round);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return core::periodBefore(b.first, b.second, a.first, a.second);
    });
    return out;
}

std::vector<core::PrevalenceSource> PrevalenceRepository::sources(
    core::PrevalenceIndicator indicator, const core::RegionCode &within) const
{
    Query query(m_db, QStringLiteral("SELECT DISTINCT source FROM prevalence WHERE indicator = "
                                     ":indicator AND region_code >= :within AND region_code < "
                                     ":withinEnd"));
    query.bind(QStringLiteral(":indicator"), qs(core::toString(indicator)))
        .bind(QStringLiteral(":within"), qs(within.toString()))
        .bind(QStringLiteral(":withinEnd"), rangeEnd(within))
        .exec();
    std::set<core::PrevalenceSource> found;
    while (query.next()) {
        if (const auto source = core::prevalenceSourceFromString(query.text(0).toStdString()))
            found.insert(*source);
    }
    std::vector<core::PrevalenceSource> out;
    for (core::PrevalenceSource source : core::allPrevalenceSources()) {
        if (found.contains(source))
            out.push_back(source);
    }
    return out;
}

std::size_t PrevalenceRepository::count() const
{
    Query query(m_db, QStringLiteral("SELECT count(*) FROM prevalence"));
    query.exec();
    return query.next() ? static_cast<std::size_t>(query.integer(0)) : 0;
}

bool PrevalenceRepository::areaExists(const core::PrevalenceArea &area) const
{
    switch (area.kind) {
    case core::PrevalenceArea::Kind::National:
        return true;
    case core::PrevalenceArea::Kind::Region:
        return area.region && RegionRepository(m_db).contains(*area.region);
    case core::PrevalenceArea::Kind::Puskesmas:
        return puskesmas(area.puskesmasCode).has_value();
    case core::PrevalenceArea::Kind::Posyandu:
        // No posyandu register yet: it comes with the child measurements (e-PPGBM) module,
        // whose migration also lets the prevalence table hold posyandu figures.
        return false;
    }
    return false;
}

void PrevalenceRepository::checkValid(const core::PrevalenceObservation &o) const
{
    if (const auto problems = core::validate(o); !problems.empty())
        refused(problems.front());
    if (!areaExists(o.area))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Prevalence", "The area %1 is not in the workspace.")
                .arg(qs(o.area.key())));
}

core::PrevalenceObservation PrevalenceRepository::insert(core::PrevalenceObservation o)
{
    Query insert(
        m_db,
        QStringLiteral("INSERT INTO prevalence (area_key, area_kind, region_code, puskesmas_code, "
                       "year, period_round, source, indicator, measured, cases, eligible, "
                       "published_rate, note, created_at, created_by, updated_at, updated_by) "
                       "VALUES (:area, :kind, :region, :pkm, :year, :round, :source, :indicator, "
                       ":measured, :cases, :eligible, :rate, :note, :now, :actor, :now, :actor)"));
    insert.bind(QStringLiteral(":area"), qs(o.area.key()))
        .bind(QStringLiteral(":kind"), prevalenceAreaKindWord(o.area.kind))
        .bind(QStringLiteral(":region"),
              o.area.region ? QVariant(qs(o.area.region->toString())) : QVariant())
        .bind(QStringLiteral(":pkm"), o.area.kind == core::PrevalenceArea::Kind::Puskesmas
                                          ? QVariant(qs(o.area.puskesmasCode))
                                          : QVariant())
        .bind(QStringLiteral(":year"), o.year)
        .bind(QStringLiteral(":round"), qs(core::toString(o.round)))
        .bind(QStringLiteral(":source"), qs(core::toString(o.source)))
        .bind(QStringLiteral(":indicator"), qs(core::toString(o.indicator)))
        .bind(QStringLiteral(":measured"), optionalInt(o.measured))
        .bind(QStringLiteral(":cases"), optionalInt(o.cases))
        .bind(QStringLiteral(":eligible"), optionalInt(o.eligible))
        .bind(QStringLiteral(":rate"), optionalDouble(o.publishedRate))
        .bind(QStringLiteral(":note"), qs(o.note))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    o.id = insert.lastInsertId().toLongLong();
    o.rowVersion = 1;
    AuditLog::record(m_db, QStringLiteral("prevalence"), rowKey(o), AuditLog::Action::Insert, {},
                     toJson(o));
    return o;
}

core::PrevalenceObservation PrevalenceRepository::replace(const core::PrevalenceObservation &before,
                                                          core::PrevalenceObservation o)
{
    Query update(m_db, QStringLiteral(
                           "UPDATE prevalence SET measured = :measured, cases = :cases, eligible = "
                           ":eligible, published_rate = :rate, note = :note, updated_at = :now, "
                           "updated_by = :actor, row_version = row_version + 1 WHERE id = :id AND "
                           "row_version = :version"));
    update.bind(QStringLiteral(":measured"), optionalInt(o.measured))
        .bind(QStringLiteral(":cases"), optionalInt(o.cases))
        .bind(QStringLiteral(":eligible"), optionalInt(o.eligible))
        .bind(QStringLiteral(":rate"), optionalDouble(o.publishedRate))
        .bind(QStringLiteral(":note"), qs(o.note))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(static_cast<qint64>(before.id)))
        .bind(QStringLiteral(":version"), before.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    o.id = before.id;
    o.rowVersion = before.rowVersion + 1;
    AuditLog::record(m_db, QStringLiteral("prevalence"), rowKey(o), AuditLog::Action::Update,
                     toJson(before), toJson(o));
    return o;
}

core::PrevalenceObservation PrevalenceRepository::add(core::PrevalenceObservation o)
{
    o.note = core::trimmed(o.note);
    checkValid(o);
    Transaction transaction(m_db);
    if (find(o))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate(
                "Prevalence",
                "There is already a figure for this area, period, source and indicator. Edit it "
                "instead."));
    o = insert(std::move(o));
    transaction.commit();
    return o;
}

core::PrevalenceObservation PrevalenceRepository::update(core::PrevalenceObservation o)
{
    o.note = core::trimmed(o.note);
    checkValid(o);
    Transaction transaction(m_db);
    const auto before = byId(o.id);
    if (!before || before->rowVersion != o.rowVersion)
        throw StorageError::conflict();
    if (!before->sameKey(o))
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Prevalence",
                               "The area, period, source and indicator of a figure cannot be "
                               "changed; remove it and add a new one."));
    o = replace(*before, std::move(o));
    transaction.commit();
    return o;
}

void PrevalenceRepository::remove(std::int64_t id, int rowVersion)
{
    Transaction transaction(m_db);
    const auto before = byId(id);
    if (!before || before->rowVersion != rowVersion)
        throw StorageError::conflict();
    Query(m_db, QStringLiteral("DELETE FROM prevalence WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(static_cast<qint64>(id)))
        .exec();
    AuditLog::record(m_db, QStringLiteral("prevalence"), rowKey(*before), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

PrevalenceRepository::UpsertResult PrevalenceRepository::upsert(
    const std::vector<core::PrevalenceObservation> &observations)
{
    UpsertResult result;
    Transaction transaction(m_db);
    // The figures already held for the periods written, read once per source and period
    // rather than one query per figure; a key written earlier in this call is looked up anew.
    using Key = std::tuple<std::string, std::string, std::string, int, std::string>;
    const auto keyOf = [](const core::PrevalenceObservation &o) {
        return Key{o.area.key(), std::string(core::toString(o.indicator)),
                   std::string(core::toString(o.source)), o.year,
                   std::string(core::toString(o.round))};
    };
    std::map<Key, core::PrevalenceObservation> held;
    std::set<std::tuple<std::string, int, std::string>> periodsRead;
    for (const core::PrevalenceObservation &o : observations) {
        const auto period = std::make_tuple(std::string(core::toString(o.source)), o.year,
                                            std::string(core::toString(o.round)));
        if (!periodsRead.insert(period).second)
            continue;
        Query query(m_db, kColumns
                              + QStringLiteral(" WHERE source = :source AND year = :year AND "
                                               "period_round = :round"));
        query.bind(QStringLiteral(":source"), qs(std::get<0>(period)))
            .bind(QStringLiteral(":year"), o.year)
            .bind(QStringLiteral(":round"), qs(std::get<2>(period)))
            .exec();
        while (query.next()) {
            core::PrevalenceObservation stored = readObservation(query);
            held.emplace(keyOf(stored), std::move(stored));
        }
    }
    std::set<Key> written;
    for (core::PrevalenceObservation o : observations) {
        o.note = core::trimmed(o.note);
        const Key key = keyOf(o);
        std::optional<core::PrevalenceObservation> before;
        if (written.count(key)) {
            before = find(o);
        } else if (const auto it = held.find(key); it != held.end()) {
            before = it->second;
        }
        written.insert(key);
        // A figure held already has its area in the workspace: only its values are checked.
        if (!before)
            checkValid(o);
        else if (const auto problems = core::validate(o); !problems.empty())
            refused(problems.front());
        if (!before) {
            insert(std::move(o));
            ++result.added;
        } else if (before->sameFigures(o)) {
            ++result.unchanged;
        } else {
            replace(*before, std::move(o));
            ++result.updated;
        }
    }
    transaction.commit();
    return result;
}

} // namespace konvergensi::storage
