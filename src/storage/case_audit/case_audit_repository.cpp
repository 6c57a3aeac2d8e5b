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

#include "storage/case_audit/case_audit_rows.h"

namespace konvergensi::storage {

using namespace case_audit_rows;

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
        invalid(QCoreApplication::translate(
            "Storage", "The audit round is not complete or not valid; check it and save again."));
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

} // namespace konvergensi::storage
