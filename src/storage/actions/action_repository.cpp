// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/actions/action_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/directory/directory_repository.h"
#include "storage/document_store.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include "core/clock.h"
#include "core/errors.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <set>

namespace konvergensi::storage {

const QString ActionRepository::kEvidenceOwnerType = QStringLiteral("action_output");

namespace {

QString s(const std::string &text)
{
    return QString::fromStdString(text);
}

QString iso(const boost::gregorian::date &date)
{
    return s(core::toIsoDate(date));
}

const QString kActionTable = QStringLiteral("action_item");
const QString kOutputTable = QStringLiteral("action_output");

const QString kActionColumns = QStringLiteral(
    "SELECT a.id, a.year, a.action_key, a.sort_order, a.action_group, a.name, a.purpose, "
    "a.lead_opd_id, o.short_name, a.due_start, a.due_end, a.notes, a.row_version "
    "FROM action_item a LEFT JOIN opd o ON o.id = a.lead_opd_id");
const QString kOutputColumns = QStringLiteral(
    "SELECT id, action_id, sort_order, name, state, done_date, responsible, notes, row_version "
    "FROM action_output");

boost::gregorian::date readDate(const QString &text)
{
    try {
        return core::parseIsoDate(text.toStdString());
    } catch (const core::DomainError &) {
        throw StorageError(
            StorageError::Kind::Query,
            QCoreApplication::translate("Storage", "The workspace holds a malformed date (%1).")
                .arg(text));
    }
}

core::Action readAction(const Query &query)
{
    core::Action action;
    action.id = query.integer(0);
    action.year = static_cast<int>(query.integer(1));
    action.key = query.text(2).toStdString();
    action.sortOrder = static_cast<int>(query.integer(3));
    action.group = core::actionGroupFromString(query.text(4).toStdString())
                       .value_or(core::ActionGroup::Classic);
    action.name = query.text(5).toStdString();
    action.purpose = query.text(6).toStdString();
    if (!query.value(7).isNull())
        action.leadOpdId = query.integer(7);
    action.leadOpdName = query.text(8).toStdString();
    action.dueStart = readDate(query.text(9));
    action.dueEnd = readDate(query.text(10));
    action.notes = query.text(11).toStdString();
    action.rowVersion = static_cast<int>(query.integer(12));
    return action;
}

core::ActionOutput readOutput(const Query &query)
{
    core::ActionOutput output;
    output.id = query.integer(0);
    output.actionId = query.integer(1);
    output.sortOrder = static_cast<int>(query.integer(2));
    output.name = query.text(3).toStdString();
    output.state = core::outputStateFromString(query.text(4).toStdString())
                       .value_or(core::OutputState::NotStarted);
    if (!query.value(5).isNull() && !query.text(5).isEmpty())
        output.doneDate = readDate(query.text(5));
    output.responsible = query.text(6).toStdString();
    output.notes = query.text(7).toStdString();
    output.rowVersion = static_cast<int>(query.integer(8));
    return output;
}

QJsonObject toJson(const core::Action &action)
{
    return {{QStringLiteral("year"), action.year},
            {QStringLiteral("action_key"), s(action.key)},
            {QStringLiteral("sort_order"), action.sortOrder},
            {QStringLiteral("action_group"), s(core::toString(action.group))},
            {QStringLiteral("name"), s(action.name)},
            {QStringLiteral("purpose"), s(action.purpose)},
            {QStringLiteral("lead_opd_id"),
             action.leadOpdId ? QJsonValue(static_cast<qint64>(*action.leadOpdId)) : QJsonValue()},
            {QStringLiteral("due_start"), iso(action.dueStart)},
            {QStringLiteral("due_end"), iso(action.dueEnd)},
            {QStringLiteral("notes"), s(action.notes)}};
}

QJsonObject toJson(const core::ActionOutput &output)
{
    return {{QStringLiteral("action_id"), static_cast<qint64>(output.actionId)},
            {QStringLiteral("sort_order"), output.sortOrder},
            {QStringLiteral("name"), s(output.name)},
            {QStringLiteral("state"), s(core::toString(output.state))},
            {QStringLiteral("done_date"),
             output.doneDate ? QJsonValue(iso(*output.doneDate)) : QJsonValue()},
            {QStringLiteral("responsible"), s(output.responsible)},
            {QStringLiteral("notes"), s(output.notes)}};
}

/// A rule of core broken: the use cases check first and word it (usecases::actions::
/// problemText); this is the safety net, in plain words, with the rule in the log.
void check(const std::vector<core::ActionProblem> &problems)
{
    if (problems.empty())
        return;
    qCWarning(lcStorage) << "action refused, problem" << static_cast<int>(problems.front());
    throw StorageError(StorageError::Kind::Invalid,
                       QCoreApplication::translate("Storage",
                                                   "The action or output breaks a rule of the "
                                                   "checklist and was not stored."));
}

/// Free text has a limit per field; one-line fields take no control or hidden characters
/// (issue #16 finding 11).
void checkTexts(const core::Action &action)
{
    using core::TextKind;
    requireText(action.name, TextKind::Title, QCoreApplication::translate("TextCheck", "name"));
    requireText(action.purpose, TextKind::Note,
                QCoreApplication::translate("TextCheck", "purpose"));
    requireText(action.notes, TextKind::Note, QCoreApplication::translate("TextCheck", "notes"));
}

void checkTexts(const core::ActionOutput &output)
{
    using core::TextKind;
    requireText(output.name, TextKind::Title, QCoreApplication::translate("TextCheck", "name"));
    requireText(output.responsible, TextKind::Title,
                QCoreApplication::translate("TextCheck", "responsible"));
    requireText(output.notes, TextKind::Note, QCoreApplication::translate("TextCheck", "notes"));
}

core::Action normalised(core::Action action)
{
    action.key = core::trimmed(action.key);
    action.name = core::trimmed(action.name);
    action.purpose = core::trimmed(action.purpose);
    action.notes = core::trimmed(action.notes);
    return action;
}

core::ActionOutput normalised(core::ActionOutput output)
{
    output.name = core::trimmed(output.name);
    output.responsible = core::trimmed(output.responsible);
    output.notes = core::trimmed(output.notes);
    if (output.state != core::OutputState::Done)
        output.doneDate.reset();
    return output;
}

QVariant optionalId(const std::optional<std::int64_t> &id)
{
    return id ? QVariant::fromValue(static_cast<qint64>(*id))
              : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ActionRepository::ActionRepository(Database &db)
    : m_db(db)
{
}

std::vector<int> ActionRepository::years() const
{
    Query query(m_db, QStringLiteral("SELECT DISTINCT year FROM action_item ORDER BY year"));
    query.exec();
    std::vector<int> out;
    while (query.next())
        out.push_back(static_cast<int>(query.integer(0)));
    return out;
}

bool ActionRepository::hasYear(int year) const
{
    Query query(m_db, QStringLiteral("SELECT count(*) FROM action_item WHERE year = :year"));
    query.bind(QStringLiteral(":year"), year).exec();
    return query.next() && query.integer(0) > 0;
}

std::optional<int> ActionRepository::copySourceFor(int year) const
{
    std::optional<int> best;
    for (const int existing : years()) {
        if (existing < year && core::catalogueEdition(existing) == core::catalogueEdition(year))
            best = existing;
    }
    return best;
}

std::vector<core::Action> ActionRepository::startYear(int year)
{
    if (year < 2000 || year > 2100)
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "Choose a year between 2000 and 2100."));
    Transaction transaction(m_db);
    if (hasYear(year))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "The checklist of %1 has already been started.")
                .arg(year));
    std::vector<core::Action> planned;
    if (const auto source = copySourceFor(year)) {
        planned = core::copyCatalogue(actions(*source), year);
    } else {
        planned = core::actionsFromTemplate(year);
        DirectoryRepository directory(m_db);
        for (core::Action &action : planned) {
            if (const auto opd = directory.opdByShortName(action.leadOpdName))
                action.leadOpdId = opd->id;
        }
    }
    for (core::Action &action : planned)
        insertAction(action);
    transaction.commit();
    return actions(year);
}

std::vector<core::Action> ActionRepository::readActions(const QString &where,
                                                        const QVariant &value) const
{
    Query query(m_db, kActionColumns + QStringLiteral(" WHERE ") + where
                          + QStringLiteral(" ORDER BY a.sort_order, a.id"));
    query.bind(QStringLiteral(":value"), value).exec();
    std::vector<core::Action> actions;
    std::map<std::int64_t, std::size_t> indexById;
    while (query.next()) {
        actions.push_back(readAction(query));
        indexById[actions.back().id] = actions.size() - 1;
    }
    if (actions.empty())
        return actions;

    // Evidence counts of every output of these actions.
    Query counts(m_db, QStringLiteral("SELECT d.owner_id, count(*) FROM document d "
                                      "JOIN action_output o ON o.id = d.owner_id "
                                      "JOIN action_item a ON a.id = o.action_id "
                                      "WHERE d.owner_type = :type AND ")
                           + where + QStringLiteral(" GROUP BY d.owner_id"));
    counts.bind(QStringLiteral(":type"), kEvidenceOwnerType)
        .bind(QStringLiteral(":value"), value)
        .exec();
    std::map<std::int64_t, int> evidence;
    while (counts.next())
        evidence[counts.integer(0)] = static_cast<int>(counts.integer(1));

    Query outputs(m_db, QStringLiteral("SELECT o.id, o.action_id, o.sort_order, o.name, o.state, "
                                       "o.done_date, o.responsible, o.notes, o.row_version FROM "
                                       "action_output o JOIN action_item a ON a.id = o.action_id "
                                       "WHERE ")
                            + where + QStringLiteral(" ORDER BY o.sort_order, o.id"));
    outputs.bind(QStringLiteral(":value"), value).exec();
    while (outputs.next()) {
        core::ActionOutput output = readOutput(outputs);
        if (const auto it = evidence.find(output.id); it != evidence.end())
            output.evidenceCount = it->second;
        if (const auto it = indexById.find(output.actionId); it != indexById.end())
            actions[it->second].outputs.push_back(std::move(output));
    }
    return actions;
}

std::vector<core::Action> ActionRepository::actions(int year) const
{
    return readActions(QStringLiteral("a.year = :value"), year);
}

std::optional<core::Action> ActionRepository::action(std::int64_t id) const
{
    auto found = readActions(QStringLiteral("a.id = :value"), QVariant::fromValue(id));
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<core::ActionOutput> ActionRepository::output(std::int64_t id) const
{
    Query query(m_db, kOutputColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!query.next())
        return std::nullopt;
    core::ActionOutput output = readOutput(query);
    Query count(m_db, QStringLiteral("SELECT count(*) FROM document WHERE owner_type = :type AND "
                                     "owner_id = :id"));
    count.bind(QStringLiteral(":type"), kEvidenceOwnerType)
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    if (count.next())
        output.evidenceCount = static_cast<int>(count.integer(0));
    return output;
}

void ActionRepository::insertAction(core::Action &action)
{
    action = normalised(std::move(action));
    check(core::validate(action));
    checkTexts(action);
    for (core::ActionOutput &output : action.outputs)
        check(core::validate(normalised(output)));
    Query exists(m_db, QStringLiteral("SELECT count(*) FROM action_item WHERE year = :year AND "
                                      "action_key = :key"));
    exists.bind(QStringLiteral(":year"), action.year).bind(QStringLiteral(":key"), s(action.key));
    exists.exec();
    if (exists.next() && exists.integer(0) > 0)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("Storage",
                                                       "The year %1 already has an action with "
                                                       "the key %2.")
                               .arg(action.year)
                               .arg(s(action.key)));
    Query insert(
        m_db, QStringLiteral("INSERT INTO action_item (year, action_key, sort_order, action_group, "
                             "name, purpose, lead_opd_id, due_start, due_end, notes, created_at, "
                             "created_by, updated_at, updated_by) VALUES (:year, :key, :order, "
                             ":group, :name, :purpose, :lead, :start, :end, :notes, :now, :actor, "
                             ":now, :actor)"));
    insert.bind(QStringLiteral(":year"), action.year)
        .bind(QStringLiteral(":key"), s(action.key))
        .bind(QStringLiteral(":order"), action.sortOrder)
        .bind(QStringLiteral(":group"), s(core::toString(action.group)))
        .bind(QStringLiteral(":name"), s(action.name))
        .bind(QStringLiteral(":purpose"), s(action.purpose))
        .bind(QStringLiteral(":lead"), optionalId(action.leadOpdId))
        .bind(QStringLiteral(":start"), iso(action.dueStart))
        .bind(QStringLiteral(":end"), iso(action.dueEnd))
        .bind(QStringLiteral(":notes"), s(action.notes))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    action.id = insert.lastInsertId().toLongLong();
    action.rowVersion = 1;
    AuditLog::record(m_db, kActionTable, QString::number(action.id), AuditLog::Action::Insert, {},
                     toJson(action));
    for (core::ActionOutput &output : action.outputs) {
        output.actionId = action.id;
        insertOutput(output);
    }
}

void ActionRepository::insertOutput(core::ActionOutput &output)
{
    output = normalised(std::move(output));
    check(core::validate(output));
    checkTexts(output);
    Query insert(m_db, QStringLiteral("INSERT INTO action_output (action_id, sort_order, name, "
                                      "state, done_date, responsible, notes, created_at, "
                                      "created_by, updated_at, updated_by) VALUES (:action, "
                                      ":order, :name, :state, :done, :responsible, :notes, :now, "
                                      ":actor, :now, :actor)"));
    insert.bind(QStringLiteral(":action"), QVariant::fromValue(output.actionId))
        .bind(QStringLiteral(":order"), output.sortOrder)
        .bind(QStringLiteral(":name"), s(output.name))
        .bind(QStringLiteral(":state"), s(core::toString(output.state)))
        .bind(QStringLiteral(":done"), output.doneDate ? QVariant(iso(*output.doneDate))
                                                       : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":responsible"), s(output.responsible))
        .bind(QStringLiteral(":notes"), s(output.notes))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    output.id = insert.lastInsertId().toLongLong();
    output.rowVersion = 1;
    output.evidenceCount = 0;
    AuditLog::record(m_db, kOutputTable, QString::number(output.id), AuditLog::Action::Insert, {},
                     toJson(output));
}

core::Action ActionRepository::addAction(core::Action action)
{
    Transaction transaction(m_db);
    if (action.sortOrder == 0) {
        Query last(m_db, QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM action_item "
                                        "WHERE year = :year"));
        last.bind(QStringLiteral(":year"), action.year).exec();
        action.sortOrder = last.next() ? static_cast<int>(last.integer(0)) + 1 : 1;
    }
    insertAction(action);
    transaction.commit();
    return *this->action(action.id);
}

core::Action ActionRepository::updateAction(core::Action action)
{
    action = normalised(std::move(action));
    Transaction transaction(m_db);
    const auto before = this->action(action.id);
    if (!before || before->rowVersion != action.rowVersion)
        throw StorageError::conflict();
    // The year and key identify the action within its catalogue and do not change here.
    action.year = before->year;
    action.key = before->key;
    check(core::validate(action));
    checkTexts(action);
    Query update(
        m_db, QStringLiteral("UPDATE action_item SET sort_order = :order, action_group = :group, "
                             "name = :name, purpose = :purpose, lead_opd_id = :lead, due_start = "
                             ":start, due_end = :end, notes = :notes, updated_at = :now, "
                             "updated_by = :actor, row_version = row_version + 1 WHERE id = :id "
                             "AND row_version = :version"));
    update.bind(QStringLiteral(":order"), action.sortOrder)
        .bind(QStringLiteral(":group"), s(core::toString(action.group)))
        .bind(QStringLiteral(":name"), s(action.name))
        .bind(QStringLiteral(":purpose"), s(action.purpose))
        .bind(QStringLiteral(":lead"), optionalId(action.leadOpdId))
        .bind(QStringLiteral(":start"), iso(action.dueStart))
        .bind(QStringLiteral(":end"), iso(action.dueEnd))
        .bind(QStringLiteral(":notes"), s(action.notes))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(action.id))
        .bind(QStringLiteral(":version"), action.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    AuditLog::record(m_db, kActionTable, QString::number(action.id), AuditLog::Action::Update,
                     toJson(*before), toJson(action));
    transaction.commit();
    return *this->action(action.id);
}

void ActionRepository::removeAction(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = action(id);
    if (!before)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The action no longer exists."));
    for (const core::ActionOutput &output : before->outputs)
        removeOutput(output.id);
    Query(m_db, QStringLiteral("DELETE FROM action_item WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, kActionTable, QString::number(id), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

core::ActionOutput ActionRepository::addOutput(core::ActionOutput output)
{
    Transaction transaction(m_db);
    if (!action(output.actionId))
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The action no longer exists."));
    if (output.sortOrder == 0) {
        Query last(m_db, QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM action_output "
                                        "WHERE action_id = :action"));
        last.bind(QStringLiteral(":action"), QVariant::fromValue(output.actionId)).exec();
        output.sortOrder = last.next() ? static_cast<int>(last.integer(0)) + 1 : 1;
    }
    insertOutput(output);
    transaction.commit();
    return output;
}

core::ActionOutput ActionRepository::updateOutput(core::ActionOutput output)
{
    output = normalised(std::move(output));
    check(core::validate(output));
    checkTexts(output);
    Transaction transaction(m_db);
    const auto before = this->output(output.id);
    if (!before || before->rowVersion != output.rowVersion)
        throw StorageError::conflict();
    output.actionId = before->actionId;
    Query update(m_db, QStringLiteral("UPDATE action_output SET sort_order = :order, name = :name, "
                                      "state = :state, done_date = :done, responsible = "
                                      ":responsible, notes = :notes, updated_at = :now, "
                                      "updated_by = :actor, row_version = row_version + 1 WHERE "
                                      "id = :id AND row_version = :version"));
    update.bind(QStringLiteral(":order"), output.sortOrder)
        .bind(QStringLiteral(":name"), s(output.name))
        .bind(QStringLiteral(":state"), s(core::toString(output.state)))
        .bind(QStringLiteral(":done"), output.doneDate ? QVariant(iso(*output.doneDate))
                                                       : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":responsible"), s(output.responsible))
        .bind(QStringLiteral(":notes"), s(output.notes))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(output.id))
        .bind(QStringLiteral(":version"), output.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    AuditLog::record(m_db, kOutputTable, QString::number(output.id), AuditLog::Action::Update,
                     toJson(*before), toJson(output));
    transaction.commit();
    return *this->output(output.id);
}

void ActionRepository::removeOutput(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = output(id);
    if (!before)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The output no longer exists."));
    DocumentStore(m_db).removeAll(kEvidenceOwnerType, id);
    Query(m_db, QStringLiteral("DELETE FROM action_output WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, kOutputTable, QString::number(id), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

std::vector<AuditLog::Entry> ActionRepository::history(std::int64_t actionId) const
{
    constexpr int kLimit = 100000;
    std::vector<AuditLog::Entry> out = AuditLog::entries(m_db, kActionTable,
                                                         QString::number(actionId), kLimit);
    // Outputs, including removed ones: their JSON names the action.
    std::set<QString> outputKeys;
    const auto belongs = [actionId](const AuditLog::Entry &entry) {
        const QJsonObject &json = entry.after.isEmpty() ? entry.before : entry.after;
        return json.value(QStringLiteral("action_id")).toInteger() == actionId;
    };
    for (AuditLog::Entry &entry : AuditLog::entries(m_db, kOutputTable, {}, kLimit)) {
        if (belongs(entry)) {
            outputKeys.insert(entry.rowKey);
            out.push_back(std::move(entry));
        }
    }
    // Evidence documents of those outputs.
    for (AuditLog::Entry &entry : AuditLog::entries(m_db, QStringLiteral("document"), {}, kLimit)) {
        const QJsonObject &json = entry.after.isEmpty() ? entry.before : entry.after;
        if (json.value(QStringLiteral("owner_type")).toString() == kEvidenceOwnerType
            && outputKeys.count(
                QString::number(json.value(QStringLiteral("owner_id")).toInteger()))) {
            out.push_back(std::move(entry));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const AuditLog::Entry &a, const AuditLog::Entry &b) { return a.id > b.id; });
    return out;
}

} // namespace konvergensi::storage
