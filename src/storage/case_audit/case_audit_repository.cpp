// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/case_audit/case_audit_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/followups/follow_up_repository.h"
#include "storage/identity_vault.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include "core/clock.h"
#include "core/errors.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace konvergensi::storage {

namespace {

QString s(const std::string &text)
{
    return QString::fromStdString(text);
}

QString s(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QVariant dateValue(const std::optional<boost::gregorian::date> &date)
{
    if (!date || date->is_special())
        return QVariant(QMetaType::fromType<QString>());
    return s(core::toIsoDate(*date));
}

std::optional<boost::gregorian::date> readDate(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    try {
        return core::parseIsoDate(value.toString().toStdString());
    } catch (const core::DomainError &) {
        return std::nullopt;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

QVariant nullableId(const std::optional<std::int64_t> &id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

[[noreturn]] void invalid(const QString &message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

const QString kOwner = QStringLiteral("audit_case");

QJsonObject roundJson(const core::AuditRound &r)
{
    QJsonArray team;
    for (const auto &m : r.team)
        team.append(QJsonObject{{QStringLiteral("name"), s(m.name)},
                                {QStringLiteral("role"), s(m.role)},
                                {QStringLiteral("expert"), m.expert}});
    QJsonArray steps;
    for (const auto &st : r.steps) {
        QJsonObject step{{QStringLiteral("kind"), s(core::toString(st.kind))},
                         {QStringLiteral("status"), s(core::toString(st.status))}};
        if (st.plannedDate)
            step.insert(QStringLiteral("planned"), s(core::toIsoDate(*st.plannedDate)));
        if (st.doneDate)
            step.insert(QStringLiteral("done"), s(core::toIsoDate(*st.doneDate)));
        steps.append(step);
    }
    QJsonObject json{
        {QStringLiteral("year"), r.year},      {QStringLiteral("semester"), r.semester},
        {QStringLiteral("title"), s(r.title)}, {QStringLiteral("team"), team},
        {QStringLiteral("steps"), steps},      {QStringLiteral("notes"), s(r.notes)}};
    if (r.disseminationMeetingId)
        json.insert(QStringLiteral("dissemination_meeting_id"),
                    static_cast<qint64>(*r.disseminationMeetingId));
    return json;
}

/// What the audit log may hold about a case: no personal data, ever.
QJsonObject caseJson(const core::AuditCase &c, const QStringList &changedFields = {})
{
    QJsonObject json{{QStringLiteral("case_id"), static_cast<qint64>(c.id)},
                     {QStringLiteral("round_id"), static_cast<qint64>(c.roundId)},
                     {QStringLiteral("target_group"), s(core::toString(c.targetGroup))},
                     {QStringLiteral("desa_code"), s(c.desaCode)}};
    if (!changedFields.isEmpty())
        json.insert(QStringLiteral("changed_fields"), QJsonArray::fromStringList(changedFields));
    return json;
}

QStringList changedFields(const core::AuditCase &before, const core::CaseIdentity &beforeId,
                          const core::AuditCase &after)
{
    QStringList fields;
    auto note = [&](bool changed, const char *name) {
        if (changed)
            fields << QString::fromLatin1(name);
    };
    note(before.caseNumber != after.caseNumber, "case_number");
    note(before.targetGroup != after.targetGroup, "target_group");
    note(before.desaCode != after.desaCode, "desa_code");
    note(before.assessedOn != after.assessedOn, "assessed_on");
    note(before.finding != after.finding, "finding");
    note(before.riskFactorIds != after.riskFactorIds, "risk_factors");
    note(before.causes != after.causes, "causes");
    note(before.recommendations != after.recommendations, "recommendations");
    if (after.identity) {
        const auto &a = *after.identity;
        note(beforeId.name != a.name, "name");
        note(beforeId.nik != a.nik, "nik");
        note(beforeId.birthDate != a.birthDate, "birth_date");
        note(beforeId.sex != a.sex, "sex");
        note(beforeId.parentsOrPartner != a.parentsOrPartner, "parents_or_partner");
    }
    return fields;
}

core::AuditRound normalised(core::AuditRound r)
{
    r.title = core::trimmed(r.title);
    r.notes = core::trimmed(r.notes);
    for (auto &m : r.team) {
        m.name = core::trimmed(m.name);
        m.role = core::trimmed(m.role);
    }
    // Every step kind exactly once, in step order.
    std::vector<core::AuditStep> steps;
    for (auto kind : core::allAuditStepKinds()) {
        core::AuditStep step{kind, std::nullopt, std::nullopt, core::AuditStepStatus::NotStarted};
        for (const auto &given : r.steps)
            if (given.kind == kind) {
                step = given;
                break;
            }
        if (step.status != core::AuditStepStatus::Done)
            step.doneDate.reset();
        steps.push_back(step);
    }
    r.steps = std::move(steps);
    return r;
}

core::AuditCase normalised(core::AuditCase c)
{
    c.caseNumber = core::trimmed(c.caseNumber);
    c.desaCode = core::trimmed(c.desaCode);
    c.finding = core::trimmed(c.finding);
    c.causes = core::trimmed(c.causes);
    c.recommendations = core::trimmed(c.recommendations);
    std::sort(c.riskFactorIds.begin(), c.riskFactorIds.end());
    c.riskFactorIds.erase(std::unique(c.riskFactorIds.begin(), c.riskFactorIds.end()),
                          c.riskFactorIds.end());
    if (c.identity) {
        c.identity->name = core::trimmed(c.identity->name);
        c.identity->nik = core::trimmed(c.identity->nik);
        c.identity->parentsOrPartner = core::trimmed(c.identity->parentsOrPartner);
    }
    return c;
}

const QString kCaseColumns = QStringLiteral(
    "c.id, c.round_id, c.case_number, c.target_group, c.desa_code, c.assessed_on, c.finding, "
    "c.causes, c.recommendations, c.row_version");

core::AuditCase readCase(const Query &q)
{
    core::AuditCase c;
    c.id = q.integer(0);
    c.roundId = q.integer(1);
    c.caseNumber = q.text(2).toStdString();
    c.targetGroup = core::auditTargetGroupFromString(q.text(3).toStdString())
                        .value_or(core::AuditTargetGroup::Baduta);
    c.desaCode = q.text(4).toStdString();
    c.assessedOn = readDate(q.value(5));
    c.finding = q.text(6).toStdString();
    c.causes = q.text(7).toStdString();
    c.recommendations = q.text(8).toStdString();
    c.rowVersion = static_cast<int>(q.integer(9));
    return c;
}

} // namespace

CaseAuditRepository::CaseAuditRepository(Database &db)
    : m_db(db)
{
}

// ----------------------------------------------------------------------------- rounds

std::vector<AuditRoundEntry> CaseAuditRepository::rounds() const
{
    Query q(m_db, QStringLiteral(
                      "SELECT r.id, r.year, r.semester, r.title, r.dissemination_meeting_id, "
                      "m.meeting_date, m.title, "
                      "(SELECT count(*) FROM case_audit_case c WHERE c.round_id = r.id), "
                      "(SELECT count(*) FROM follow_up f JOIN case_audit_case c ON f.owner_id = "
                      "c.id AND f.owner_type = 'audit_case' WHERE c.round_id = r.id), "
                      "(SELECT count(*) FROM follow_up f JOIN case_audit_case c ON f.owner_id = "
                      "c.id AND f.owner_type = 'audit_case' WHERE c.round_id = r.id AND "
                      "f.status = 'done') "
                      "FROM case_audit_round r LEFT JOIN meeting m ON m.id = "
                      "r.dissemination_meeting_id ORDER BY r.year DESC, r.semester DESC"));
    q.exec();
    std::vector<AuditRoundEntry> result;
    while (q.next()) {
        AuditRoundEntry e;
        e.id = q.integer(0);
        e.year = static_cast<int>(q.integer(1));
        e.semester = static_cast<int>(q.integer(2));
        e.title = q.text(3).toStdString();
        if (!q.value(4).isNull())
            e.disseminationMeetingId = q.integer(4);
        e.meetingDate = readDate(q.value(5));
        e.meetingTitle = q.text(6).toStdString();
        e.cases = static_cast<int>(q.integer(7));
        e.followUps = static_cast<int>(q.integer(8));
        e.followUpsDone = static_cast<int>(q.integer(9));
        result.push_back(std::move(e));
    }
    return result;
}

std::optional<core::AuditRound> CaseAuditRepository::findRound(std::int64_t id) const
{
    Query q(m_db, QStringLiteral("SELECT id, year, semester, title, dissemination_meeting_id, "
                                 "notes, row_version FROM case_audit_round WHERE id = :id"));
    q.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!q.next())
        return std::nullopt;
    core::AuditRound r;
    r.id = q.integer(0);
    r.year = static_cast<int>(q.integer(1));
    r.semester = static_cast<int>(q.integer(2));
    r.title = q.text(3).toStdString();
    if (!q.value(4).isNull())
        r.disseminationMeetingId = q.integer(4);
    r.notes = q.text(5).toStdString();
    r.rowVersion = static_cast<int>(q.integer(6));

    Query team(m_db, QStringLiteral("SELECT name, role, expert FROM case_audit_team_member "
                                    "WHERE round_id = :id ORDER BY position"));
    team.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    while (team.next())
        r.team.push_back(
            {team.text(0).toStdString(), team.text(1).toStdString(), team.integer(2) != 0});
    Query steps(m_db, QStringLiteral("SELECT kind, planned_date, done_date, status FROM "
                                     "case_audit_step WHERE round_id = :id"));
    steps.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    std::map<core::AuditStepKind, core::AuditStep> byKind;
    while (steps.next()) {
        const auto kind = core::auditStepKindFromString(steps.text(0).toStdString());
        if (!kind)
            continue;
        byKind[*kind] = core::AuditStep{*kind, readDate(steps.value(1)), readDate(steps.value(2)),
                                        core::auditStepStatusFromString(steps.text(3).toStdString())
                                            .value_or(core::AuditStepStatus::NotStarted)};
    }
    for (auto kind : core::allAuditStepKinds()) {
        const auto it = byKind.find(kind);
        r.steps.push_back(it != byKind.end() ? it->second
                                             : core::AuditStep{kind, std::nullopt, std::nullopt,
                                                               core::AuditStepStatus::NotStarted});
    }
    return r;
}

namespace {

void checkRound(Database &db, const core::AuditRound &r)
{
    const auto problems = core::validate(r);
    if (!problems.empty())
        invalid(describe(problems.front()));
    // Free text has a limit per field (issue #16 finding 11).
    requireText(r.title, core::TextKind::Title, QCoreApplication::translate("TextCheck", "title"));
    requireText(r.notes, core::TextKind::Note, QCoreApplication::translate("TextCheck", "notes"));
    for (const core::AuditTeamMember &member : r.team) {
        requireText(member.name, core::TextKind::Name,
                    QCoreApplication::translate("TextCheck", "name"));
        requireText(member.role, core::TextKind::Title,
                    QCoreApplication::translate("TextCheck", "role"));
    }
    Query dup(db, QStringLiteral("SELECT count(*) FROM case_audit_round WHERE year = :y AND "
                                 "semester = :s AND id <> :id"));
    dup.bind(QStringLiteral(":y"), r.year)
        .bind(QStringLiteral(":s"), r.semester)
        .bind(QStringLiteral(":id"), QVariant::fromValue(r.id))
        .exec();
    if (dup.next() && dup.integer(0) > 0)
        invalid(QCoreApplication::translate("Storage",
                                            "There is already an audit round for %1 semester %2.")
                    .arg(r.year)
                    .arg(r.semester == 1 ? QStringLiteral("I") : QStringLiteral("II")));
    if (r.disseminationMeetingId) {
        Query m(db, QStringLiteral("SELECT count(*) FROM meeting WHERE id = :id"));
        m.bind(QStringLiteral(":id"), QVariant::fromValue(*r.disseminationMeetingId)).exec();
        if (!m.next() || m.integer(0) == 0)
            invalid(QCoreApplication::translate(
                "Storage", "The linked dissemination meeting is no longer in the register."));
    }
}

} // namespace

void CaseAuditRepository::writeRoundChildren(const core::AuditRound &r)
{
    const auto id = QVariant::fromValue(r.id);
    Query(m_db, QStringLiteral("DELETE FROM case_audit_team_member WHERE round_id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    Query(m_db, QStringLiteral("DELETE FROM case_audit_step WHERE round_id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    int position = 0;
    for (const auto &m : r.team) {
        Query(m_db, QStringLiteral("INSERT INTO case_audit_team_member (round_id, position, name, "
                                   "role, expert, created_at, created_by, updated_at, updated_by) "
                                   "VALUES (:r, :p, :n, :role, :e, :now, :actor, :now, :actor)"))
            .bind(QStringLiteral(":r"), id)
            .bind(QStringLiteral(":p"), position++)
            .bind(QStringLiteral(":n"), s(m.name))
            .bind(QStringLiteral(":role"), s(m.role))
            .bind(QStringLiteral(":e"), m.expert ? 1 : 0)
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
    }
    for (const auto &st : r.steps) {
        Query(m_db, QStringLiteral("INSERT INTO case_audit_step (round_id, kind, planned_date, "
                                   "done_date, status, created_at, created_by, updated_at, "
                                   "updated_by) VALUES (:r, :k, :pl, :d, :st, :now, :actor, "
                                   ":now, :actor)"))
            .bind(QStringLiteral(":r"), id)
            .bind(QStringLiteral(":k"), s(core::toString(st.kind)))
            .bind(QStringLiteral(":pl"), dateValue(st.plannedDate))
            .bind(QStringLiteral(":d"), dateValue(st.doneDate))
            .bind(QStringLiteral(":st"), s(core::toString(st.status)))
            .bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .exec();
    }
}

core::AuditRound CaseAuditRepository::addRound(core::AuditRound round)
{
    round = normalised(std::move(round));
    round.id = 0;
    Transaction transaction(m_db);
    checkRound(m_db, round);
    Query insert(m_db, QStringLiteral("INSERT INTO case_audit_round (year, semester, title, "
                                      "dissemination_meeting_id, notes, created_at, created_by, "
                                      "updated_at, updated_by) VALUES (:y, :s, :t, :m, :n, :now, "
                                      ":actor, :now, :actor)"));
    insert.bind(QStringLiteral(":y"), round.year)
        .bind(QStringLiteral(":s"), round.semester)
        .bind(QStringLiteral(":t"), s(round.title))
        .bind(QStringLiteral(":m"), nullableId(round.disseminationMeetingId))
        .bind(QStringLiteral(":n"), s(round.notes))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    round.id = insert.lastInsertId().toLongLong();
    round.rowVersion = 1;
    writeRoundChildren(round);
    AuditLog::record(m_db, QStringLiteral("case_audit_round"), QString::number(round.id),
                     AuditLog::Action::Insert, {}, roundJson(round));
    transaction.commit();
    return round;
}

core::AuditRound CaseAuditRepository::updateRound(core::AuditRound round)
{
    round = normalised(std::move(round));
    Transaction transaction(m_db);
    const auto before = findRound(round.id);
    if (!before || before->rowVersion != round.rowVersion)
        throw StorageError::conflict();
    checkRound(m_db, round);
    Query update(m_db, QStringLiteral("UPDATE case_audit_round SET year = :y, semester = :s, "
                                      "title = :t, dissemination_meeting_id = :m, notes = :n, "
                                      "updated_at = :now, updated_by = :actor, row_version = "
                                      "row_version + 1 WHERE id = :id AND row_version = :v"));
    update.bind(QStringLiteral(":y"), round.year)
        .bind(QStringLiteral(":s"), round.semester)
        .bind(QStringLiteral(":t"), s(round.title))
        .bind(QStringLiteral(":m"), nullableId(round.disseminationMeetingId))
        .bind(QStringLiteral(":n"), s(round.notes))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(round.id))
        .bind(QStringLiteral(":v"), round.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    ++round.rowVersion;
    writeRoundChildren(round);
    AuditLog::record(m_db, QStringLiteral("case_audit_round"), QString::number(round.id),
                     AuditLog::Action::Update, roundJson(*before), roundJson(round));
    transaction.commit();
    return round;
}

void CaseAuditRepository::removeRound(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = findRound(id);
    if (!before)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("Storage", "The audit round no longer exists."));
    Query cases(m_db, QStringLiteral("SELECT id FROM case_audit_case WHERE round_id = :id"));
    cases.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    std::vector<std::int64_t> caseIds;
    while (cases.next())
        caseIds.push_back(cases.integer(0));
    for (auto caseId : caseIds)
        removeCase(caseId);
    Query(m_db, QStringLiteral("DELETE FROM case_audit_round WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, QStringLiteral("case_audit_round"), QString::number(id),
                     AuditLog::Action::Delete, roundJson(*before), {});
    transaction.commit();
}

// ----------------------------------------------------------------------------- risk factors

std::vector<core::RiskFactor> CaseAuditRepository::riskFactors() const
{
    Query q(m_db, QStringLiteral("SELECT id, label FROM case_audit_risk_factor ORDER BY "
                                 "position, id"));
    q.exec();
    std::vector<core::RiskFactor> result;
    while (q.next())
        result.push_back({q.integer(0), q.text(1).toStdString()});
    return result;
}

core::RiskFactor CaseAuditRepository::addRiskFactor(const std::string &labelIn)
{
    const std::string label = core::trimmed(labelIn);
    if (label.empty())
        invalid(QCoreApplication::translate("Storage", "A risk factor needs a description."));
    Transaction transaction(m_db);
    for (const auto &existing : riskFactors())
        if (core::asciiLower(existing.label) == core::asciiLower(label))
            return existing;
    Query insert(m_db, QStringLiteral("INSERT INTO case_audit_risk_factor (label, position, "
                                      "created_at, created_by, updated_at, updated_by) VALUES "
                                      "(:l, (SELECT coalesce(max(position), 0) + 1 FROM "
                                      "case_audit_risk_factor), :now, :actor, :now, :actor)"));
    insert.bind(QStringLiteral(":l"), s(label))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    core::RiskFactor factor{insert.lastInsertId().toLongLong(), label};
    AuditLog::record(m_db, QStringLiteral("case_audit_risk_factor"), QString::number(factor.id),
                     AuditLog::Action::Insert, {},
                     QJsonObject{{QStringLiteral("label"), s(label)}});
    transaction.commit();
    return factor;
}

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
    Query q(m_db, QStringLiteral(
                      "SELECT %1, c.name, c.birth_date, c.sex, coalesce(d.name, ''), "
                      "(SELECT count(*) FROM follow_up f WHERE f.owner_type = 'audit_case' AND "
                      "f.owner_id = c.id), "
                      "(SELECT count(*) FROM follow_up f WHERE f.owner_type = 'audit_case' AND "
                      "f.owner_id = c.id AND f.status = 'done'), c.list_initials, "
                      "c.list_birth_month "
                      "FROM case_audit_case c LEFT JOIN region d ON d.code = c.desa_code "
                      "WHERE c.round_id = :r ORDER BY c.case_number, c.id")
                      .arg(kCaseColumns));
    q.bind(QStringLiteral(":r"), QVariant::fromValue(roundId)).exec();
    const auto today = m_db.clock().today();
    std::vector<core::CaseListEntry> result;
    while (q.next()) {
        auto c = readCase(q);
        c.riskFactorIds = riskIdsOf(c.id);
        core::CaseIdentity partial;
        if (IdentityVault::isSealed(q.text(10))) {
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
        entry.desaName = q.text(13).toStdString();
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
    requireText(c.caseNumber, core::TextKind::Name,
                QCoreApplication::translate("TextCheck", "case number"));
    requireText(c.finding, core::TextKind::Note,
                QCoreApplication::translate("TextCheck", "finding"));
    requireText(c.causes, core::TextKind::Note, QCoreApplication::translate("TextCheck", "causes"));
    requireText(c.recommendations, core::TextKind::Note,
                QCoreApplication::translate("TextCheck", "recommendations"));
    const auto problems = core::validate(c, db.clock().today());
    if (!problems.empty()) {
        if (problems.front() == core::AuditCaseProblem::NikInvalid && c.identity) {
            for (auto p : core::checkNik(c.identity->nik, c.identity->birthDate, c.identity->sex))
                if (core::isBlocking(p))
                    invalid(describe(p));
        }
        invalid(describe(problems.front()));
    }
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
        .bind(QStringLiteral(":d"), s(c.desaCode))
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
        .bind(QStringLiteral(":d"), s(c.desaCode))
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
        const auto kec = core::kecamatanOf(entry.desaCode);
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

// ----------------------------------------------------------------------------- words

QString describe(core::AuditRoundProblem problem)
{
    switch (problem) {
    case core::AuditRoundProblem::BadYear:
        return QCoreApplication::translate("Storage", "The year of the audit round is not valid.");
    case core::AuditRoundProblem::BadSemester:
        return QCoreApplication::translate("Storage", "The semester must be I or II.");
    case core::AuditRoundProblem::EmptyTitle:
        return QCoreApplication::translate("Storage", "The audit round needs a title.");
    case core::AuditRoundProblem::TeamMemberWithoutName:
        return QCoreApplication::translate("Storage", "Every team member needs a name.");
    case core::AuditRoundProblem::DuplicateStep:
        return QCoreApplication::translate("Storage", "A step of the audit appears twice.");
    case core::AuditRoundProblem::DoneStepWithoutDate:
        return QCoreApplication::translate("Storage",
                                           "A step marked done needs the date it was done.");
    }
    return {};
}

QString describe(core::AuditCaseProblem problem)
{
    switch (problem) {
    case core::AuditCaseProblem::NoDesa:
        return QCoreApplication::translate("Storage", "Choose the desa of the case.");
    case core::AuditCaseProblem::NoName:
        return QCoreApplication::translate("Storage", "A case needs at least the name.");
    case core::AuditCaseProblem::NikInvalid:
        return QCoreApplication::translate("Storage", "The NIK is not valid.");
    case core::AuditCaseProblem::BirthDateInFuture:
        return QCoreApplication::translate("Storage", "The birth date lies in the future.");
    }
    return {};
}

QString describe(core::NikProblem problem)
{
    switch (problem) {
    case core::NikProblem::NotSixteenDigits:
        return QCoreApplication::translate("Storage", "The NIK must have exactly 16 digits.");
    case core::NikProblem::BadRegionPart:
        return QCoreApplication::translate(
            "Storage", "The first 6 digits of the NIK are not a known province, district and "
                       "kecamatan code.");
    case core::NikProblem::BadBirthDatePart:
        return QCoreApplication::translate(
            "Storage", "Digits 7 to 12 of the NIK are not a date of birth (DDMMYY, 40 added to "
                       "the day for women).");
    case core::NikProblem::ZeroSerial:
        return QCoreApplication::translate("Storage",
                                           "The last 4 digits of the NIK cannot be 0000.");
    case core::NikProblem::BirthDateMismatch:
        return QCoreApplication::translate("Storage",
                                           "The NIK does not agree with the birth date entered.");
    case core::NikProblem::SexMismatch:
        return QCoreApplication::translate("Storage",
                                           "The NIK does not agree with the sex entered.");
    case core::NikProblem::OtherDistrict:
        return QCoreApplication::translate(
            "Storage", "The NIK was registered in another district (the person may have moved).");
    }
    return {};
}

} // namespace konvergensi::storage
