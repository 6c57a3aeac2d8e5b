// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/measurements/desa_families_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QJsonObject>

namespace konvergensi::storage {

namespace {

QVariant count(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> readCount(const Query &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

DesaFamiliesRepository::DesaFamiliesRepository(Database &db)
    : m_db(db)
{
}

std::vector<DesaFamilies> DesaFamiliesRepository::ofYear(int year) const
{
    Query query(m_db, QStringLiteral("SELECT desa_code, families, families_at_risk, source FROM "
                                     "measurement_desa_families WHERE year = :y ORDER BY "
                                     "desa_code"));
    query.bind(QStringLiteral(":y"), year).exec();
    std::vector<DesaFamilies> out;
    while (query.next())
        out.push_back({query.text(0), readCount(query, 1), readCount(query, 2), query.text(3)});
    return out;
}

std::vector<int> DesaFamiliesRepository::years() const
{
    Query query(m_db, QStringLiteral("SELECT DISTINCT year FROM measurement_desa_families ORDER "
                                     "BY year DESC"));
    query.exec();
    std::vector<int> out;
    while (query.next())
        out.push_back(static_cast<int>(query.integer(0)));
    return out;
}

void DesaFamiliesRepository::store(int year, const std::vector<DesaFamilies> &desa)
{
    Transaction transaction(m_db);
    Query remove(m_db, QStringLiteral("DELETE FROM measurement_desa_families WHERE year = :y AND "
                                      "desa_code = :d"));
    Query upsert(
        m_db,
        QStringLiteral("INSERT INTO measurement_desa_families (desa_code, year, families, "
                       "families_at_risk, source, updated_at, updated_by) VALUES (:d, :y, :f, :r, "
                       ":s, :at, :by) ON CONFLICT (desa_code, year) DO UPDATE SET families = "
                       "excluded.families, families_at_risk = excluded.families_at_risk, source = "
                       "excluded.source, updated_at = excluded.updated_at, updated_by = "
                       "excluded.updated_by"));
    const QString now = m_db.nowText();
    const QString actor = m_db.actor();
    int stored = 0;
    int removed = 0;
    for (const DesaFamilies &one : desa) {
        if (!one.families && !one.familiesAtRisk) {
            remove.bind(QStringLiteral(":y"), year).bind(QStringLiteral(":d"), one.desaCode).exec();
            ++removed;
            continue;
        }
        upsert.bind(QStringLiteral(":d"), one.desaCode)
            .bind(QStringLiteral(":y"), year)
            .bind(QStringLiteral(":f"), count(one.families))
            .bind(QStringLiteral(":r"), count(one.familiesAtRisk))
            .bind(QStringLiteral(":s"), one.source.isNull() ? QStringLiteral("") : one.source)
            .bind(QStringLiteral(":at"), now)
            .bind(QStringLiteral(":by"), actor)
            .exec();
        ++stored;
    }
    AuditLog::record(
        m_db, QStringLiteral("measurement_desa_families"), QString::number(year),
        AuditLog::Action::Update, {},
        QJsonObject{{QStringLiteral("desa"), stored}, {QStringLiteral("removed"), removed}});
    transaction.commit();
}

} // namespace konvergensi::storage
