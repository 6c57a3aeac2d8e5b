// SPDX-License-Identifier: GPL-3.0-or-later
// CaseAuditRepository, second part: the cases of a round (identity kept apart, every reveal
// logged), their risk factors, details for reports and the round summary.
#include "storage/case_audit/case_audit_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/document_store.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/identity_vault.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include "core/case_audit/case_numbers.h"
#include "core/clock.h"
#include "core/errors.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

#include "storage/case_audit/case_audit_rows.h"

namespace konvergensi::storage {

using namespace case_audit_rows;

// ----------------------------------------------------------------------------- cases

std::vector<std::int64_t> CaseAuditRepository::riskIdsOf(std::int64_t caseId) const
{
    Query q(m_db, QStringLiteral("SELECT risk_factor_id FROM case_audit_case_risk WHERE case_id "
                                 "= :id ORDER BY risk_factor_id"));
    q.bind(QStringLiteral(":id"), QVariant::fromValue(caseId)).exec();
    std::vector<std::int64_t> ids;
    while (q.next())
        ids.push_back(q.integer(0));
    return ids;
}

std::optional<core::CaseIdentity> CaseAuditRepository::identityOf(std::int64_t caseId) const
{
    Query q(m_db, QStringLiteral("SELECT name, nik, birth_date, sex, parents_or_partner FROM "
                                 "case_audit_case WHERE id = :id"));
    q.bind(QStringLiteral(":id"), QVariant::fromValue(caseId)).exec();
    if (!q.next())
        return std::nullopt;
    // Sealed values are opened with the session's key (IdentityVault; an error without it).
    const IdentityVault vault(m_db);
    core::CaseIdentity identity;
    identity.name = vault.open(q.text(0), QStringLiteral("name")).toStdString();
    identity.nik = vault.open(q.text(1), QStringLiteral("nik")).toStdString();
    if (!q.value(2).isNull())
        identity.birthDate = readDate(
            QVariant(vault.open(q.text(2), QStringLiteral("birth_date"))));
    if (!q.value(3).isNull())
        identity.sex = core::sexFromString(q.text(3).toStdString());
    identity.parentsOrPartner =
        vault.open(q.text(4), QStringLiteral("parents_or_partner")).toStdString();
    return identity;
}

std::vector<core::CaseListEntry> CaseAuditRepository::listCases(std::int64_t roundId) const
{
    // Name and birth date are read only to derive initials and age; they do not leave here.
    // On a server they are not read at all: a reader's login has no right to those columns
    // (resources/server/grants.sql), so the list keeps to the initials and birth month kept
    // beside them, as it does for sealed identities.
    const bool listColumnsOnly = m_db.isPostgres();
    Query q(
        m_db,
        QStringLiteral("SELECT %1, %2, c.sex, coalesce(d.name, ''), "
                       "(SELECT count(*) FROM follow_up f WHERE f.owner_type = 'audit_case' AND "
                       "f.owner_id = c.id), "
                       "(SELECT count(*) FROM follow_up f WHERE f.owner_type = 'audit_case' AND "
                       "f.owner_id = c.id AND f.status = 'done'), c.list_initials, "
                       "c.list_birth_month "
                       "FROM case_audit_case c LEFT JOIN region d ON d.code = c.desa_code "
                       "WHERE c.round_id = :r ORDER BY c.case_number, c.id")
            .arg(kCaseColumns, listColumnsOnly ? QStringLiteral("'' AS name, NULL AS birth_date")
                                               : QStringLiteral("c.name, c.birth_date")));
    q.bind(QStringLiteral(":r"), QVariant::fromValue(roundId)).exec();
    const auto today = m_db.clock().today();
    std::vector<core::CaseListEntry> result;
    while (q.next()) {
        auto c = readCase(q);
        c.riskFactorIds = riskIdsOf(c.id);
        core::CaseIdentity partial;
        if (listColumnsOnly || IdentityVault::isSealed(q.text(10))) {
            // Sealed: the initials and birth month kept beside it serve the list.
            QStringList letters;
            for (const QChar letter : q.text(16))
                letters << QString(letter);
            partial.name = letters.join(u' ').toStdString();
            const QString month = q.text(17);
            if (month.size() == 7)
                partial.birthDate = readDate(QVariant(month + QStringLiteral("-01")));
        } else {
            partial.name = q.text(10).toStdString();
            partial.birthDate = readDate(q.value(11));
        }
        if (!q.value(12).isNull())
            partial.sex = core::sexFromString(q.text(12).toStdString());
        auto entry = core::toListEntry(c, partial, today);
        entry.villageName = q.text(13).toStdString();
        entry.followUps = static_cast<int>(q.integer(14));
        entry.followUpsDone = static_cast<int>(q.integer(15));
        result.push_back(std::move(entry));
    }
    return result;
}

std::optional<core::AuditCase> CaseAuditRepository::findCase(std::int64_t id) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM case_audit_case c WHERE c.id = :id").arg(kCaseColumns));
    q.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!q.next())
        return std::nullopt;
    auto c = readCase(q);
    c.riskFactorIds = riskIdsOf(c.id);
    return c;
}

core::CaseIdentity CaseAuditRepository::revealIdentity(std::int64_t caseId)
{
    Transaction transaction(m_db);
    const auto c = findCase(caseId);
    const auto identity = identityOf(caseId);
    if (!c || !identity)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The case no longer exists."));
    QJsonObject json = caseJson(*c);
    json.insert(QStringLiteral("revealed"),
                QJsonArray{QStringLiteral("name"), QStringLiteral("nik"),
                           QStringLiteral("birth_date"), QStringLiteral("sex"),
                           QStringLiteral("parents_or_partner")});
    AuditLog::record(m_db, QStringLiteral("case_audit_case"), QString::number(caseId),
                     AuditLog::Action::View, {}, json);
    transaction.commit();
    return *identity;
}

namespace {

void checkCase(Database &db, const core::AuditCase &c)
{
    const auto problems = core::validate(c, db.clock().today());
    // The words for each problem are the use case's (reports::describe); storage only refuses.
    if (!problems.empty())
        invalid(QCoreApplication::translate(
            "Storage", "The audit case is not complete or not valid; check it and save again."));
    // Free text has a limit per field (issue #16 finding 11); the case number core's own.
    requireText(c.caseNumber, core::TextKind::Name,
                QCoreApplication::translate("TextCheck", "case number"),
                core::kCaseNumberMaxLength);
    requireText(c.finding, core::TextKind::Note,
                QCoreApplication::translate("TextCheck", "finding"));
    requireText(c.causes, core::TextKind::Note, QCoreApplication::translate("TextCheck", "causes"));
    requireText(c.recommendations, core::TextKind::Note,
                QCoreApplication::translate("TextCheck", "recommendations"));
    Query round(db, QStringLiteral("SELECT count(*) FROM case_audit_round WHERE id = :id"));
    round.bind(QStringLiteral(":id"), QVariant::fromValue(c.roundId)).exec();
    if (!round.next() || round.integer(0) == 0)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("Storage", "The audit round no longer exists."));
}

} // namespace

void CaseAuditRepository::bindIdentity(Query &query, const core::CaseIdentity &who) const
{
    requireText(who.name, core::TextKind::Name, QCoreApplication::translate("TextCheck", "name"));
    requireText(who.parentsOrPartner, core::TextKind::Title,
                QCoreApplication::translate("TextCheck", "parents or partner"));
    // Sealed with the workspace passphrase when one is set (the key must be held).
    const IdentityVault vault(m_db);
    query.bind(QStringLiteral(":name"), vault.seal(s(who.name), QStringLiteral("name")))
        .bind(QStringLiteral(":nik"), vault.seal(s(who.nik), QStringLiteral("nik")))
        .bind(QStringLiteral(":birth"),
              who.birthDate ? QVariant(
                  vault.seal(dateValue(who.birthDate).toString(), QStringLiteral("birth_date")))
                            : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":sex"), who.sex ? QVariant(s(core::toString(*who.sex)))
                                              : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":parents"),
              vault.seal(s(who.parentsOrPartner), QStringLiteral("parents_or_partner")))
        .bind(QStringLiteral(":initials"), s(core::initials(who.name)))
        .bind(QStringLiteral(":month"), who.birthDate
                                            ? QVariant(dateValue(who.birthDate).toString().left(7))
                                            : QVariant(QMetaType::fromType<QString>()));
}

void CaseAuditRepository::writeRisks(const core::AuditCase &c)
{
    Query(m_db, QStringLiteral("DELETE FROM case_audit_case_risk WHERE case_id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(c.id))
        .exec();
    for (auto riskId : c.riskFactorIds)
        Query(m_db, QStringLiteral("INSERT INTO case_audit_case_risk (case_id, risk_factor_id) "
                                   "VALUES (:c, :r)"))
            .bind(QStringLiteral(":c"), QVariant::fromValue(c.id))
            .bind(QStringLiteral(":r"), QVariant::fromValue(riskId))
            .exec();
}

core::AuditCase CaseAuditRepository::addCase(core::AuditCase c)
{
    c = normalised(std::move(c));
    if (!c.identity)
        invalid(QCoreApplication::translate("Storage", "A case needs at least the name."));
    Transaction transaction(m_db);
    checkCase(m_db, c);
    const auto &who = *c.identity;
    Query insert(m_db,
                 QStringLiteral("INSERT INTO case_audit_case (round_id, case_number, target_group, "
                                "desa_code, name, nik, birth_date, sex, parents_or_partner, "
                                "assessed_on, finding, causes, recommendations, created_at, "
                                "created_by, updated_at, updated_by, list_initials, "
                                "list_birth_month) VALUES (:r, :no, :g, :d, :name, "
                                ":nik, :birth, :sex, :parents, :assessed, :finding, :causes, :rec, "
                                ":now, :actor, :now, :actor, :initials, :month)"));
    bindIdentity(insert, who);
    insert.bind(QStringLiteral(":r"), QVariant::fromValue(c.roundId))
        .bind(QStringLiteral(":no"), s(c.caseNumber))
        .bind(QStringLiteral(":g"), s(core::toString(c.targetGroup)))
        .bind(QStringLiteral(":d"), s(c.villageCode))
        .bind(QStringLiteral(":assessed"), dateValue(c.assessedOn))
        .bind(QStringLiteral(":finding"), s(c.finding))
        .bind(QStringLiteral(":causes"), s(c.causes))
        .bind(QStringLiteral(":rec"), s(c.recommendations))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    c.id = insert.lastInsertId().toLongLong();
    c.rowVersion = 1;
    writeRisks(c);
    AuditLog::record(m_db, QStringLiteral("case_audit_case"), QString::number(c.id),
                     AuditLog::Action::Insert, {}, caseJson(c));
    transaction.commit();
    return c;
}

core::AuditCase CaseAuditRepository::updateCase(core::AuditCase c)
{
    c = normalised(std::move(c));
    Transaction transaction(m_db);
    const auto before = findCase(c.id);
    if (!before || before->rowVersion != c.rowVersion)
        throw StorageError::conflict();
    // The stored identity is read (and so the key needed) only when the identity changes.
    const auto beforeIdentity = c.identity ? identityOf(c.id).value_or(core::CaseIdentity{})
                                           : core::CaseIdentity{};
    checkCase(m_db, c);
    const QString identityColumns = c.identity
                                        ? QStringLiteral("name = :name, nik = :nik, birth_date = "
                                                         ":birth, sex = :sex, parents_or_partner = "
                                                         ":parents, list_initials = :initials, "
                                                         "list_birth_month = :month, ")
                                        : QString();
    Query update(m_db,
                 QStringLiteral("UPDATE case_audit_case SET round_id = :r, case_number = :no, "
                                "target_group = :g, desa_code = :d, %1"
                                "assessed_on = :assessed, finding = :finding, causes = :causes, "
                                "recommendations = :rec, updated_at = :now, updated_by = :actor, "
                                "row_version = row_version + 1 WHERE id = :id AND row_version = :v")
                     .arg(identityColumns));
    if (c.identity)
        bindIdentity(update, *c.identity);
    update.bind(QStringLiteral(":r"), QVariant::fromValue(c.roundId))
        .bind(QStringLiteral(":no"), s(c.caseNumber))
        .bind(QStringLiteral(":g"), s(core::toString(c.targetGroup)))
        .bind(QStringLiteral(":d"), s(c.villageCode))
        .bind(QStringLiteral(":assessed"), dateValue(c.assessedOn))
        .bind(QStringLiteral(":finding"), s(c.finding))
        .bind(QStringLiteral(":causes"), s(c.causes))
        .bind(QStringLiteral(":rec"), s(c.recommendations))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(c.id))
        .bind(QStringLiteral(":v"), c.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    ++c.rowVersion;
    writeRisks(c);
    AuditLog::record(m_db, QStringLiteral("case_audit_case"), QString::number(c.id),
                     AuditLog::Action::Update, caseJson(*before),
                     caseJson(c, changedFields(*before, beforeIdentity, c)));
    transaction.commit();
    return c;
}

void CaseAuditRepository::removeCase(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = findCase(id);
    if (!before)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The case no longer exists."));
    FollowUpRepository(m_db).removeForOwner(kOwner.toStdString(), id);
    DocumentStore(m_db).removeAll(kOwner, id);
    Query(m_db, QStringLiteral("DELETE FROM case_audit_case WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, QStringLiteral("case_audit_case"), QString::number(id),
                     AuditLog::Action::Delete, caseJson(*before), {});
    transaction.commit();
}

std::vector<CaseDetail> CaseAuditRepository::caseDetails(std::int64_t roundId, bool withIdentity)
{
    std::map<std::int64_t, std::string> labels;
    for (const auto &f : riskFactors())
        labels[f.id] = f.label;
    FollowUpRepository followUps(m_db);
    std::vector<CaseDetail> result;
    Transaction transaction(m_db);
    for (auto &entry : listCases(roundId)) {
        CaseDetail detail;
        detail.auditCase = findCase(entry.id).value_or(core::AuditCase{});
        if (withIdentity)
            detail.auditCase.identity = revealIdentity(entry.id);
        for (auto id : detail.auditCase.riskFactorIds)
            if (const auto it = labels.find(id); it != labels.end())
                detail.riskFactorLabels.push_back(it->second);
        detail.followUps = followUps.forOwner(kOwner.toStdString(), entry.id);
        const auto kec = core::kecamatanOf(entry.villageCode);
        Query q(m_db, QStringLiteral("SELECT name FROM region WHERE code = :c"));
        q.bind(QStringLiteral(":c"), s(kec)).exec();
        if (q.next())
            detail.kecamatanName = q.text(0).toStdString();
        detail.entry = std::move(entry);
        result.push_back(std::move(detail));
    }
    transaction.commit();
    return result;
}

core::RoundSummary CaseAuditRepository::summary(std::int64_t roundId) const
{
    std::vector<core::AuditCase> cases;
    std::vector<core::FollowUp> all;
    FollowUpRepository followUps(m_db);
    for (const auto &entry : listCases(roundId)) {
        if (auto c = findCase(entry.id)) {
            cases.push_back(*c);
            for (auto &f : followUps.forOwner(kOwner.toStdString(), entry.id))
                all.push_back(std::move(f));
        }
    }
    return core::summarize(cases, all, m_db.clock().today());
}

} // namespace konvergensi::storage
