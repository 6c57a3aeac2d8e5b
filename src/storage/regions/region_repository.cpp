// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/regions/region_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include "core/errors.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace konvergensi::storage {

namespace {

const QString kSelect = QStringLiteral("SELECT code, name, kind FROM region");

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// A region as stored. A code or kind that core refuses (a workspace changed outside the
/// program, or damaged) is a StorageError with one sentence, not core's English DomainError.
core::Region readRegion(const Query &query)
{
    try {
        core::Region region{core::RegionCode::fromString(query.text(0).toStdString()),
                            query.text(1).toStdString(), std::nullopt};
        if (!query.value(2).isNull())
            region.kind = core::villageKindFromString(query.text(2).toStdString());
        return region;
    } catch (const core::DomainError &) {
        throw StorageError(StorageError::Kind::Query,
                           QCoreApplication::translate(
                               "Storage", "The workspace holds a malformed region (code \"%1\"): "
                                          "it was changed outside Konvergensi or is damaged.")
                               .arg(query.text(0).left(40)));
    }
}

QJsonObject toJson(const core::Region &region)
{
    QJsonObject json{{QStringLiteral("code"), q(region.code.toString())},
                     {QStringLiteral("name"), QString::fromStdString(region.name)},
                     {QStringLiteral("level"), q(core::toString(region.level()))}};
    if (region.kind)
        json.insert(QStringLiteral("kind"), q(core::toString(*region.kind)));
    return json;
}

QVariant kindValue(const core::Region &region)
{
    if (!region.kind)
        return QVariant(QMetaType::fromType<QString>());
    return q(core::toString(*region.kind));
}

} // namespace

RegionRepository::RegionRepository(Database &db)
    : m_db(db)
{
}

std::vector<core::Region> RegionRepository::all() const
{
    Query query(m_db, kSelect + QStringLiteral(" ORDER BY code"));
    query.exec();
    std::vector<core::Region> out;
    while (query.next())
        out.push_back(readRegion(query));
    return out;
}

core::RegionTree RegionRepository::tree() const
{
    return core::RegionTree(all());
}

std::optional<core::Region> RegionRepository::find(const core::RegionCode &code) const
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE code = :code"));
    query.bind(QStringLiteral(":code"), q(code.toString())).exec();
    if (!query.next())
        return std::nullopt;
    return readRegion(query);
}

bool RegionRepository::contains(const core::RegionCode &code) const
{
    return find(code).has_value();
}

std::size_t RegionRepository::count(core::RegionLevel level) const
{
    Query query(m_db, QStringLiteral("SELECT count(*) FROM region WHERE level = :level"));
    query.bind(QStringLiteral(":level"), q(core::toString(level))).exec();
    return query.next() ? static_cast<std::size_t>(query.integer(0)) : 0;
}

std::optional<core::Region> RegionRepository::district() const
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE level = 'district' ORDER BY code LIMIT 1"));
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readRegion(query);
}

RegionRepository::UpsertResult RegionRepository::upsert(std::vector<core::Region> regions)
{
    // Parents before children: code order does that ("14.03" < "14.03.01" < "14.03.01.2001").
    std::stable_sort(regions.begin(), regions.end(),
                     [](const core::Region &a, const core::Region &b) { return a.code < b.code; });
    for (const core::Region &region : regions)
        requireText(region.name, core::TextKind::Name,
                    QCoreApplication::translate("TextCheck", "region name"));
    UpsertResult result;
    Transaction transaction(m_db);
    const QString now = m_db.nowText();
    Query insert(m_db, QStringLiteral(
                           "INSERT INTO region (code, name, level, kind, parent_code, created_at, "
                           "created_by, updated_at, updated_by) VALUES (:code, :name, :level, "
                           ":kind, (SELECT code FROM region WHERE code = :parent), :now, :actor, "
                           ":now, :actor)"));
    Query update(m_db, QStringLiteral("UPDATE region SET name = :name, kind = :kind, "
                                      "updated_at = :now, updated_by = :actor, "
                                      "row_version = row_version + 1 WHERE code = :code"));
    for (const core::Region &region : regions) {
        const auto existing = find(region.code);
        const QString code = q(region.code.toString());
        if (!existing) {
            const auto parent = region.code.parent();
            insert.bind(QStringLiteral(":code"), code)
                .bind(QStringLiteral(":name"), QString::fromStdString(region.name))
                .bind(QStringLiteral(":level"), q(core::toString(region.level())))
                .bind(QStringLiteral(":kind"), kindValue(region))
                .bind(QStringLiteral(":parent"), parent ? q(parent->toString()) : QString())
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":actor"), m_db.actor())
                .exec();
            AuditLog::record(m_db, QStringLiteral("region"), code, AuditLog::Action::Insert, {},
                             toJson(region));
            ++result.added;
        } else if (*existing != region) {
            update.bind(QStringLiteral(":code"), code)
                .bind(QStringLiteral(":name"), QString::fromStdString(region.name))
                .bind(QStringLiteral(":kind"), kindValue(region))
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":actor"), m_db.actor())
                .exec();
            AuditLog::record(m_db, QStringLiteral("region"), code, AuditLog::Action::Update,
                             toJson(*existing), toJson(region));
            ++result.updated;
        } else {
            ++result.unchanged;
        }
    }
    transaction.commit();
    return result;
}

} // namespace konvergensi::storage
