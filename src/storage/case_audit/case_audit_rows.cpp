// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/case_audit/case_audit_rows.h"

#include "storage/query.h"
#include "storage/storage_error.h"

#include "core/clock.h"
#include "core/errors.h"
#include "core/text.h"

#include <QJsonArray>

#include <algorithm>

namespace konvergensi::storage::case_audit_rows {

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

QJsonObject caseJson(const core::AuditCase &c, const QStringList &changedFields)
{
    QJsonObject json{{QStringLiteral("case_id"), static_cast<qint64>(c.id)},
                     {QStringLiteral("round_id"), static_cast<qint64>(c.roundId)},
                     {QStringLiteral("target_group"), s(core::toString(c.targetGroup))},
                     {QStringLiteral("desa_code"), s(c.villageCode)}};
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
    note(before.villageCode != after.villageCode, "desa_code");
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
    c.villageCode = core::trimmed(c.villageCode);
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
    c.villageCode = q.text(4).toStdString();
    c.assessedOn = readDate(q.value(5));
    c.finding = q.text(6).toStdString();
    c.causes = q.text(7).toStdString();
    c.recommendations = q.text(8).toStdString();
    c.rowVersion = static_cast<int>(q.integer(9));
    return c;
}

} // namespace konvergensi::storage::case_audit_rows
