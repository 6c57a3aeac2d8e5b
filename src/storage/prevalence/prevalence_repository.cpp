// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/prevalence/prevalence_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
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

namespace konvergensi::storage {

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

std::optional<std::int64_t> readOptionalInt(const Query &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString kindWord(core::PrevalenceArea::Kind kind)
{
    switch (kind) {
    case core::PrevalenceArea::Kind::Region:
        return QStringLiteral("region");
    case core::PrevalenceArea::Kind::Puskesmas:
        return QStringLiteral("puskesmas");
    case core::PrevalenceArea::Kind::National:
        return QStringLiteral("national");
    }
    return QStringLiteral("national");
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
    QJsonObject json{{QStringLiteral("area"), s(o.area.key())},
                     {QStringLiteral("year"), o.year},
                     {QStringLiteral("round"), s(core::toString(o.round))},
                     {QStringLiteral("source"), s(core::toString(o.source))},
                     {QStringLiteral("indicator"), s(core::toString(o.indicator))},
                     {QStringLiteral("note"), s(o.note)}};
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

QJsonObject toJson(const core::PrevalenceTarget &t)
{
    return {{QStringLiteral("area"), s(t.area.key())},
            {QStringLiteral("year"), t.year},
            {QStringLiteral("indicator"), s(core::toString(t.indicator))},
            {QStringLiteral("percent"), t.percent},
            {QStringLiteral("note"), s(t.note)}};
}

QString rowKey(const core::PrevalenceObservation &o)
{
    return QString::number(o.id);
}

/// The upper bound of the code range below a region: "14.03" -> "14.03/" ('/' follows '.').
QString rangeEnd(const core::RegionCode &code)
{
    return s(code.toString()) + QStringLiteral("/");
}

} // namespace

QString prevalenceProblemText(core::PrevalenceProblem problem)
{
    switch (problem) {
    case core::PrevalenceProblem::YearOutOfRange:
        return QCoreApplication::translate("Prevalence",
                                           "the year must lie between 2000 and 2100.");
    case core::PrevalenceProblem::NegativeCount:
        return QCoreApplication::translate("Prevalence", "a count of children cannot be negative.");
    case core::PrevalenceProblem::CasesExceedMeasured:
        return QCoreApplication::translate("Prevalence",
                                           "there are more cases than children measured.");
    case core::PrevalenceProblem::CountsIncomplete:
        return QCoreApplication::translate(
            "Prevalence",
            "give both the children measured and the cases, or neither (then the rate alone).");
    case core::PrevalenceProblem::RateOutOfRange:
        return QCoreApplication::translate("Prevalence",
                                           "the rate must be a percentage between 0 and 100.");
    case core::PrevalenceProblem::NoFigure:
        return QCoreApplication::translate(
            "Prevalence", "there is no figure: give the children measured and the cases, or the "
                          "published rate.");
    case core::PrevalenceProblem::RateDisagreesWithCounts:
        return QCoreApplication::translate(
            "Prevalence", "the published rate does not match the cases divided by the children "
                          "measured.");
    case core::PrevalenceProblem::SurveyRoundForMonthlySource:
        return QCoreApplication::translate(
            "Prevalence", "e-PPGBM and measurement-month figures belong to the February or the "
                          "August round, not to a survey.");
    }
    return QCoreApplication::translate("Prevalence", "the figure is not valid.");
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
        query.bind(QStringLiteral(":indicator"), s(core::toString(*filter.indicator)));
    if (filter.source)
        query.bind(QStringLiteral(":source"), s(core::toString(*filter.source)));
    if (filter.year)
        query.bind(QStringLiteral(":year"), *filter.year);
    if (filter.round)
        query.bind(QStringLiteral(":round"), s(core::toString(*filter.round)));
    if (filter.within) {
        query.bind(QStringLiteral(":within"), s(filter.within->toString()));
        query.bind(QStringLiteral(":withinEnd"), rangeEnd(*filter.within));
    }
    if (filter.area)
        query.bind(QStringLiteral(":area"), s(filter.area->key()));
    if (filter.areaKind)
        query.bind(QStringLiteral(":kind"), kindWord(*filter.areaKind));
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
    query.bind(QStringLiteral(":area"), s(key.area.key()))
        .bind(QStringLiteral(":indicator"), s(core::toString(key.indicator)))
        .bind(QStringLiteral(":source"), s(core::toString(key.source)))
        .bind(QStringLiteral(":year"), key.year)
        .bind(QStringLiteral(":round"), s(core::toString(key.round)))
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
    query.bind(QStringLiteral(":indicator"), s(core::toString(indicator)))
        .bind(QStringLiteral(":source"), s(core::toString(source)))
        .bind(QStringLiteral(":within"), s(within.toString()))
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
    query.bind(QStringLiteral(":indicator"), s(core::toString(indicator)))
        .bind(QStringLiteral(":within"), s(within.toString()))
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
    }
    return false;
}

void PrevalenceRepository::checkValid(const core::PrevalenceObservation &o) const
{
    const auto problems = core::validate(o);
    if (!problems.empty())
        throw StorageError(StorageError::Kind::Invalid, prevalenceProblemText(problems.front()));
    if (!areaExists(o.area))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Prevalence", "The area %1 is not in the workspace.")
                .arg(s(o.area.key())));
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
    insert.bind(QStringLiteral(":area"), s(o.area.key()))
        .bind(QStringLiteral(":kind"), kindWord(o.area.kind))
        .bind(QStringLiteral(":region"),
              o.area.region ? QVariant(s(o.area.region->toString())) : QVariant())
        .bind(QStringLiteral(":pkm"), o.area.kind == core::PrevalenceArea::Kind::Puskesmas
                                          ? QVariant(s(o.area.puskesmasCode))
                                          : QVariant())
        .bind(QStringLiteral(":year"), o.year)
        .bind(QStringLiteral(":round"), s(core::toString(o.round)))
        .bind(QStringLiteral(":source"), s(core::toString(o.source)))
        .bind(QStringLiteral(":indicator"), s(core::toString(o.indicator)))
        .bind(QStringLiteral(":measured"), optionalInt(o.measured))
        .bind(QStringLiteral(":cases"), optionalInt(o.cases))
        .bind(QStringLiteral(":eligible"), optionalInt(o.eligible))
        .bind(QStringLiteral(":rate"), optionalDouble(o.publishedRate))
        .bind(QStringLiteral(":note"), s(o.note))
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
        .bind(QStringLiteral(":note"), s(o.note))
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
    for (core::PrevalenceObservation o : observations) {
        o.note = core::trimmed(o.note);
        checkValid(o);
        const auto before = find(o);
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
                .arg(s(t.area.key())));
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
    insert.bind(QStringLiteral(":area"), s(t.area.key()))
        .bind(QStringLiteral(":kind"), kindWord(t.area.kind))
        .bind(QStringLiteral(":region"),
              t.area.region ? QVariant(s(t.area.region->toString())) : QVariant())
        .bind(QStringLiteral(":year"), t.year)
        .bind(QStringLiteral(":indicator"), s(core::toString(t.indicator)))
        .bind(QStringLiteral(":percent"), t.percent)
        .bind(QStringLiteral(":note"), s(t.note))
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
        .bind(QStringLiteral(":note"), s(t.note))
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
        villages.append(s(village.toString()));
    return {{QStringLiteral("name"), s(p.name)},
            {QStringLiteral("kecamatan"), p.kecamatan ? s(p.kecamatan->toString()) : QString()},
            {QStringLiteral("villages"), villages}};
}

QString regionLabel(RegionRepository &regions, const core::RegionCode &code)
{
    const auto region = regions.find(code);
    return region ? QStringLiteral("%1 (%2)").arg(s(region->name), s(code.toString()))
                  : s(code.toString());
}

} // namespace

QString puskesmasProblemText(core::PuskesmasProblem problem)
{
    switch (problem) {
    case core::PuskesmasProblem::EmptyCode:
        return QCoreApplication::translate("Puskesmas", "A puskesmas needs a code.");
    case core::PuskesmasProblem::CodeNotAllowed:
        return QCoreApplication::translate(
            "Puskesmas", "The code of a puskesmas may hold only letters, digits, '.', '-', '_' "
                         "and '/', at most 32 characters, such as P1403010101.");
    case core::PuskesmasProblem::CodeLooksLikeArea:
        return QCoreApplication::translate(
            "Puskesmas", "The code of a puskesmas must not read as a region code or as "
                         "\"nasional\": import files could not tell them apart. Use the "
                         "ministry's code, such as P1403010101.");
    case core::PuskesmasProblem::EmptyName:
        return QCoreApplication::translate("Puskesmas", "A puskesmas needs a name.");
    case core::PuskesmasProblem::NoKecamatan:
        return QCoreApplication::translate("Puskesmas",
                                           "Choose the kecamatan where the puskesmas stands.");
    case core::PuskesmasProblem::KecamatanNotAKecamatan:
        return QCoreApplication::translate("Puskesmas", "The kecamatan given is not a kecamatan.");
    case core::PuskesmasProblem::VillageNotAVillage:
        return QCoreApplication::translate(
            "Puskesmas", "A puskesmas serves desa and kelurahan only, not larger regions.");
    case core::PuskesmasProblem::VillageInOtherDistrict:
        return QCoreApplication::translate(
            "Puskesmas", "A puskesmas serves desa of its own kabupaten/kota only.");
    case core::PuskesmasProblem::DuplicateVillage:
        return QCoreApplication::translate("Puskesmas", "A desa is listed twice.");
    }
    return QCoreApplication::translate("Puskesmas", "The puskesmas is not valid.");
}

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
    query.bind(QStringLiteral(":code"), s(code)).exec();
    if (!query.next())
        return std::nullopt;
    Puskesmas p = readPuskesmas(query);
    Query villages(m_db, QStringLiteral("SELECT village_code FROM puskesmas_village WHERE "
                                        "puskesmas_code = :code ORDER BY village_code"));
    villages.bind(QStringLiteral(":code"), s(code)).exec();
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
    query.bind(QStringLiteral(":code"), s(code)).exec();
    return query.next() ? static_cast<std::size_t>(query.integer(0)) : 0;
}

Puskesmas PrevalenceRepository::checkedPuskesmas(Puskesmas p) const
{
    p.code = core::trimmed(p.code);
    p.name = core::trimmed(p.name);
    std::sort(p.villages.begin(), p.villages.end());
    if (const auto problems = core::validate(p); !problems.empty())
        throw StorageError(StorageError::Kind::Invalid, puskesmasProblemText(problems.front()));
    RegionRepository regions(m_db);
    if (!regions.contains(*p.kecamatan))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Puskesmas", "The kecamatan %1 is not in the workspace.")
                .arg(s(p.kecamatan->toString())));
    for (const core::RegionCode &village : p.villages) {
        if (!regions.contains(village))
            throw StorageError(
                StorageError::Kind::Invalid,
                QCoreApplication::translate("Prevalence", "The village %1 is not in the workspace.")
                    .arg(s(village.toString())));
    }
    const auto all = puskesmas();
    const auto elsewhere = core::villagesServedElsewhere(p, all);
    if (!elsewhere.empty()) {
        const auto &[village, otherCode] = elsewhere.front();
        QString otherName = s(otherCode);
        for (const Puskesmas &other : all) {
            if (other.code == otherCode)
                otherName = s(other.name);
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
    const QVariant kecamatan = p.kecamatan ? QVariant(s(p.kecamatan->toString())) : QVariant();
    Puskesmas saved = p;
    if (before) {
        Query(m_db, QStringLiteral("UPDATE puskesmas SET name = :name, kecamatan_code = :kec, "
                                   "updated_at = :now, updated_by = :actor, row_version = "
                                   "row_version + 1 WHERE code = :code"))
            .bind(QStringLiteral(":name"), s(p.name))
            .bind(QStringLiteral(":kec"), kecamatan)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":code"), s(p.code))
            .exec();
        Query(m_db, QStringLiteral("DELETE FROM puskesmas_village WHERE puskesmas_code = :code"))
            .bind(QStringLiteral(":code"), s(p.code))
            .exec();
        saved.rowVersion = before->rowVersion + 1;
    } else {
        Query(m_db, QStringLiteral("INSERT INTO puskesmas (code, name, kecamatan_code, "
                                   "created_at, created_by, updated_at, updated_by) VALUES "
                                   "(:code, :name, :kec, :now, :actor, :now, :actor)"))
            .bind(QStringLiteral(":code"), s(p.code))
            .bind(QStringLiteral(":name"), s(p.name))
            .bind(QStringLiteral(":kec"), kecamatan)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
        saved.rowVersion = 1;
    }
    for (const core::RegionCode &village : p.villages) {
        Query(m_db, QStringLiteral("INSERT INTO puskesmas_village (puskesmas_code, village_code) "
                                   "VALUES (:code, :village)"))
            .bind(QStringLiteral(":code"), s(p.code))
            .bind(QStringLiteral(":village"), s(village.toString()))
            .exec();
    }
    AuditLog::record(m_db, QStringLiteral("puskesmas"), s(p.code),
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
                               .arg(s(p.code), s(held->name)));
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
                               .arg(s(before->name), QString::number(figures)));
    Query(m_db, QStringLiteral("DELETE FROM puskesmas_village WHERE puskesmas_code = :code"))
        .bind(QStringLiteral(":code"), s(code))
        .exec();
    Query(m_db, QStringLiteral("DELETE FROM puskesmas WHERE code = :code"))
        .bind(QStringLiteral(":code"), s(code))
        .exec();
    AuditLog::record(m_db, QStringLiteral("puskesmas"), s(code), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

} // namespace konvergensi::storage
