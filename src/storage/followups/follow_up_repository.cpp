// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/followups/follow_up_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include "core/clock.h"
#include "core/errors.h"
#include "core/text.h"
#include "qtsupport/text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace konvergensi::storage {

namespace {

QVariant dateValue(const std::optional<boost::gregorian::date> &date)
{
    if (!date)
        return QVariant(QMetaType::fromType<QString>());
    return qs(core::toIsoDate(*date));
}

std::optional<boost::gregorian::date> readDate(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    try {
        return core::parseIsoDate(value.toString().toStdString());
    } catch (const core::DomainError &) {
        return std::nullopt;
    }
}

const QString kColumns = QStringLiteral(
    "f.id, f.owner_type, f.owner_id, f.action, f.responsible_opd_id, f.responsible_other, "
    "f.responsible_person, f.due_date, f.status, f.done_date, f.progress_notes, f.row_version");
constexpr int kColumnCount = 12;

core::FollowUp readFollowUp(const Query &query)
{
    core::FollowUp f;
    f.id = query.integer(0);
    f.ownerType = query.text(1).toStdString();
    f.ownerId = query.integer(2);
    f.action = query.text(3).toStdString();
    if (!query.value(4).isNull())
        f.responsibleOpdId = query.integer(4);
    f.responsibleOther = query.text(5).toStdString();
    f.responsiblePerson = query.text(6).toStdString();
    f.dueDate = readDate(query.value(7));
    f.status = core::followUpStatusFromString(query.text(8).toStdString())
                   .value_or(core::FollowUpStatus::Open);
    f.doneDate = readDate(query.value(9));
    f.progressNotes = query.text(10).toStdString();
    f.rowVersion = static_cast<int>(query.integer(11));
    return f;
}

QJsonObject toJson(const core::FollowUp &f)
{
    QJsonObject json{{QStringLiteral("owner_type"), qs(f.ownerType)},
                     {QStringLiteral("owner_id"), static_cast<qint64>(f.ownerId)},
                     {QStringLiteral("action"), qs(f.action)},
                     {QStringLiteral("responsible_other"), qs(f.responsibleOther)},
                     {QStringLiteral("responsible_person"), qs(f.responsiblePerson)},
                     {QStringLiteral("status"), qs(core::toString(f.status))},
                     {QStringLiteral("progress_notes"), qs(f.progressNotes)}};
    if (f.responsibleOpdId)
        json.insert(QStringLiteral("responsible_opd_id"), static_cast<qint64>(*f.responsibleOpdId));
    if (f.dueDate)
        json.insert(QStringLiteral("due_date"), qs(core::toIsoDate(*f.dueDate)));
    if (f.doneDate)
        json.insert(QStringLiteral("done_date"), qs(core::toIsoDate(*f.doneDate)));
    return json;
}

core::FollowUp normalised(core::FollowUp f)
{
    f.ownerType = core::trimmed(f.ownerType);
    f.action = core::trimmed(f.action);
    f.responsibleOther = core::trimmed(f.responsibleOther);
    f.responsiblePerson = core::trimmed(f.responsiblePerson);
    f.progressNotes = core::trimmed(f.progressNotes);
    return f;
}

void check(const core::FollowUp &f, std::optional<boost::gregorian::date> ownerDate)
{
    if (f.ownerType.empty())
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "A follow-up must belong to something."));
    const auto problems = core::validate(f, ownerDate);
    if (!problems.empty()) {
        qCWarning(lcStorage) << "follow-up refused, problem" << static_cast<int>(problems.front());
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("Storage",
                                                       "The follow-up breaks a rule of the "
                                                       "register and was not stored."));
    }
    // Core validation holds the length limits; here no control or hidden characters (#16).
    requireCharacters(f.action, core::TextKind::Title,
                      QCoreApplication::translate("TextCheck", "follow-up"));
    requireCharacters(f.responsibleOther, core::TextKind::Name,
                      QCoreApplication::translate("TextCheck", "responsible"));
    requireCharacters(f.responsiblePerson, core::TextKind::Name,
                      QCoreApplication::translate("TextCheck", "responsible"));
    requireCharacters(f.progressNotes, core::TextKind::Note,
                      QCoreApplication::translate("TextCheck", "notes"));
}

void bindFields(Query &query, const core::FollowUp &f, int position)
{
    query.bind(QStringLiteral(":owner_type"), qs(f.ownerType))
        .bind(QStringLiteral(":owner_id"), QVariant::fromValue(f.ownerId))
        .bind(QStringLiteral(":position"), position)
        .bind(QStringLiteral(":action"), qs(f.action))
        .bind(QStringLiteral(":opd"), f.responsibleOpdId
                                          ? QVariant::fromValue(*f.responsibleOpdId)
                                          : QVariant(QMetaType::fromType<qlonglong>()))
        .bind(QStringLiteral(":other"), qs(f.responsibleOther))
        .bind(QStringLiteral(":person"), qs(f.responsiblePerson))
        .bind(QStringLiteral(":due"), dateValue(f.dueDate))
        .bind(QStringLiteral(":status"), qs(core::toString(f.status)))
        .bind(QStringLiteral(":done"), dateValue(f.doneDate))
        .bind(QStringLiteral(":notes"), qs(f.progressNotes));
}

} // namespace

std::string FollowUpEntry::responsibleLabel() const
{
    if (!responsibleOpdShortName.empty()) {
        if (!followUp.responsibleOther.empty())
            return responsibleOpdShortName + " / " + followUp.responsibleOther;
        return responsibleOpdShortName;
    }
    return followUp.responsibleOther;
}

FollowUpRepository::FollowUpRepository(Database &db)
    : m_db(db)
{
}

std::vector<FollowUpEntry> FollowUpRepository::list(const FollowUpFilter &filter) const
{
    const QString decisionOwner = qs(core::follow_up_owner::kMeetingDecision);
    QString sql = QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(
                      ", o.short_name, o.name, m.id, m.meeting_date, m.title, d.position, d.text "
                      "FROM follow_up f "
                      "LEFT JOIN opd o ON o.id = f.responsible_opd_id "
                      "LEFT JOIN meeting_decision d ON f.owner_type = :decision_owner "
                      "AND d.id = f.owner_id "
                      "LEFT JOIN meeting m ON m.id = d.meeting_id WHERE 1 = 1");
    if (filter.ownerType)
        sql += QStringLiteral(" AND f.owner_type = :owner_type");
    if (filter.ownerId)
        sql += QStringLiteral(" AND f.owner_id = :owner_id");
    if (filter.meetingId)
        sql += QStringLiteral(" AND m.id = :meeting");
    if (filter.responsibleOpdId)
        sql += QStringLiteral(" AND f.responsible_opd_id = :opd");
    if (filter.status)
        sql += QStringLiteral(" AND f.status = :status");
    if (filter.pendingOnly || filter.overdueOnly)
        sql += QStringLiteral(" AND f.status IN ('open', 'in_progress')");
    // Which of them are overdue is core's rule (core::isOverdue), applied below, not in SQL.
    if (filter.overdueOnly)
        sql += QStringLiteral(" AND f.due_date IS NOT NULL");
    if (filter.dueFrom)
        sql += QStringLiteral(" AND f.due_date >= :due_from");
    if (filter.dueTo)
        sql += QStringLiteral(" AND f.due_date <= :due_to");
    sql += QStringLiteral(" ORDER BY f.due_date IS NULL, f.due_date, m.meeting_date, "
                          "d.position, f.position, f.id");

    Query query(m_db, sql);
    query.bind(QStringLiteral(":decision_owner"), decisionOwner);
    if (filter.ownerType)
        query.bind(QStringLiteral(":owner_type"), qs(*filter.ownerType));
    if (filter.ownerId)
        query.bind(QStringLiteral(":owner_id"), QVariant::fromValue(*filter.ownerId));
    if (filter.meetingId)
        query.bind(QStringLiteral(":meeting"), QVariant::fromValue(*filter.meetingId));
    if (filter.responsibleOpdId)
        query.bind(QStringLiteral(":opd"), QVariant::fromValue(*filter.responsibleOpdId));
    if (filter.status)
        query.bind(QStringLiteral(":status"), qs(core::toString(*filter.status)));
    const auto today = m_db.clock().today();
    if (filter.dueFrom)
        query.bind(QStringLiteral(":due_from"), qs(core::toIsoDate(*filter.dueFrom)));
    if (filter.dueTo)
        query.bind(QStringLiteral(":due_to"), qs(core::toIsoDate(*filter.dueTo)));
    query.exec();

    std::vector<FollowUpEntry> out;
    while (query.next()) {
        FollowUpEntry entry;
        entry.followUp = readFollowUp(query);
        entry.responsibleOpdShortName = query.text(kColumnCount).toStdString();
        entry.responsibleOpdName = query.text(kColumnCount + 1).toStdString();
        entry.meetingId = query.integer(kColumnCount + 2);
        entry.meetingDate = readDate(query.value(kColumnCount + 3));
        entry.meetingTitle = query.text(kColumnCount + 4).toStdString();
        entry.decisionNumber = query.value(kColumnCount + 5).isNull()
                                   ? 0
                                   : static_cast<int>(query.integer(kColumnCount + 5)) + 1;
        entry.decisionText = query.text(kColumnCount + 6).toStdString();
        entry.overdue = core::isOverdue(entry.followUp, today);
        entry.daysOverdue = core::daysOverdue(entry.followUp, today);
        if (filter.overdueOnly && !entry.overdue)
            continue;
        out.push_back(std::move(entry));
    }
    return out;
}

std::optional<core::FollowUp> FollowUpRepository::find(std::int64_t id) const
{
    Query query(m_db, QStringLiteral("SELECT ") + kColumns
                          + QStringLiteral(" FROM follow_up f WHERE f.id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readFollowUp(query);
}

std::vector<core::FollowUp> FollowUpRepository::forOwner(const std::string &ownerType,
                                                         std::int64_t ownerId) const
{
    Query query(m_db, QStringLiteral("SELECT ") + kColumns
                          + QStringLiteral(" FROM follow_up f WHERE f.owner_type = :type AND "
                                           "f.owner_id = :owner ORDER BY f.position, f.id"));
    query.bind(QStringLiteral(":type"), qs(ownerType))
        .bind(QStringLiteral(":owner"), QVariant::fromValue(ownerId))
        .exec();
    std::vector<core::FollowUp> out;
    while (query.next())
        out.push_back(readFollowUp(query));
    return out;
}

int FollowUpRepository::overdueCount(const std::optional<std::string> &ownerType) const
{
    // The rows that could be overdue; which are is core's rule (core::isOverdue), not SQL's.
    QString sql = QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM follow_up f WHERE f.due_date IS NOT NULL");
    if (ownerType)
        sql += QStringLiteral(" AND f.owner_type = :type");
    Query query(m_db, sql);
    if (ownerType)
        query.bind(QStringLiteral(":type"), qs(*ownerType));
    query.exec();
    const auto today = m_db.clock().today();
    int count = 0;
    while (query.next())
        count += core::isOverdue(readFollowUp(query), today) ? 1 : 0;
    return count;
}

std::optional<boost::gregorian::date> FollowUpRepository::ownerDate(const std::string &ownerType,
                                                                    std::int64_t ownerId) const
{
    if (ownerType != core::follow_up_owner::kMeetingDecision)
        return std::nullopt;
    Query query(m_db, QStringLiteral("SELECT m.meeting_date FROM meeting_decision d JOIN meeting m "
                                     "ON m.id = d.meeting_id WHERE d.id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(ownerId)).exec();
    if (!query.next())
        return std::nullopt;
    return readDate(query.value(0));
}

core::FollowUp FollowUpRepository::add(core::FollowUp followUp)
{
    followUp = normalised(std::move(followUp));
    Transaction transaction(m_db);
    Query last(m_db, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM follow_up WHERE "
                                    "owner_type = :type AND owner_id = :owner"));
    last.bind(QStringLiteral(":type"), qs(followUp.ownerType))
        .bind(QStringLiteral(":owner"), QVariant::fromValue(followUp.ownerId))
        .exec();
    const int position = last.next() ? static_cast<int>(last.integer(0)) : 0;
    const auto date = ownerDate(followUp.ownerType, followUp.ownerId);
    auto saved = insertAt(std::move(followUp), position, date);
    transaction.commit();
    return saved;
}

core::FollowUp FollowUpRepository::insertAt(core::FollowUp followUp, int position,
                                            std::optional<boost::gregorian::date> ownerDate)
{
    followUp = normalised(std::move(followUp));
    check(followUp, ownerDate);
    Transaction transaction(m_db);
    Query insert(m_db, QStringLiteral(
                           "INSERT INTO follow_up (owner_type, owner_id, position, action, "
                           "responsible_opd_id, responsible_other, responsible_person, due_date, "
                           "status, done_date, progress_notes, created_at, created_by, updated_at, "
                           "updated_by) VALUES (:owner_type, :owner_id, :position, :action, :opd, "
                           ":other, :person, :due, :status, :done, :notes, :now, :actor, :now, "
                           ":actor)"));
    bindFields(insert, followUp, position);
    insert.bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    followUp.id = insert.lastInsertId().toLongLong();
    followUp.rowVersion = 1;
    AuditLog::record(m_db, QStringLiteral("follow_up"), QString::number(followUp.id),
                     AuditLog::Action::Insert, {}, toJson(followUp));
    transaction.commit();
    return followUp;
}

core::FollowUp FollowUpRepository::update(core::FollowUp followUp)
{
    Transaction transaction(m_db);
    Query pos(m_db, QStringLiteral("SELECT position FROM follow_up WHERE id = :id"));
    pos.bind(QStringLiteral(":id"), QVariant::fromValue(followUp.id)).exec();
    if (!pos.next())
        throw StorageError::conflict();
    const int position = static_cast<int>(pos.integer(0));
    auto saved = updateAt(followUp, position,
                          ownerDate(core::trimmed(followUp.ownerType), followUp.ownerId));
    transaction.commit();
    return saved;
}

core::FollowUp FollowUpRepository::updateAt(core::FollowUp followUp, int position,
                                            std::optional<boost::gregorian::date> ownerDate)
{
    followUp = normalised(std::move(followUp));
    check(followUp, ownerDate);
    Transaction transaction(m_db);
    const auto before = find(followUp.id);
    if (!before || before->rowVersion != followUp.rowVersion)
        throw StorageError::conflict();
    Query update(m_db, QStringLiteral(
                           "UPDATE follow_up SET owner_type = :owner_type, owner_id = :owner_id, "
                           "position = :position, action = :action, responsible_opd_id = :opd, "
                           "responsible_other = :other, responsible_person = :person, due_date = "
                           ":due, status = :status, done_date = :done, progress_notes = :notes, "
                           "updated_at = :now, updated_by = :actor, row_version = row_version + 1 "
                           "WHERE id = :id AND row_version = :version"));
    bindFields(update, followUp, position);
    update.bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(followUp.id))
        .bind(QStringLiteral(":version"), followUp.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    ++followUp.rowVersion;
    AuditLog::record(m_db, QStringLiteral("follow_up"), QString::number(followUp.id),
                     AuditLog::Action::Update, toJson(*before), toJson(followUp));
    transaction.commit();
    return followUp;
}

core::FollowUp FollowUpRepository::changeStatus(std::int64_t id, int rowVersion,
                                                core::FollowUpStatus status,
                                                std::optional<boost::gregorian::date> doneOn,
                                                const std::optional<std::string> &progressNote)
{
    Transaction transaction(m_db);
    auto current = find(id);
    if (!current || current->rowVersion != rowVersion)
        throw StorageError::conflict();
    if (!core::canChangeStatus(current->status, status))
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("Storage", "This change of status is not "
                                                                  "allowed."));
    core::FollowUp changed;
    try {
        changed = core::withStatus(*current, status, m_db.clock().today(), doneOn);
    } catch (const core::DomainError &) {
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "The date done cannot lie in the future."));
    }
    if (progressNote && !core::trimmed(*progressNote).empty()) {
        if (!changed.progressNotes.empty())
            changed.progressNotes += "\n";
        changed.progressNotes += core::trimmed(*progressNote);
    }
    auto saved = update(changed);
    transaction.commit();
    return saved;
}

void FollowUpRepository::remove(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = find(id);
    if (!before)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("Storage", "The follow-up no longer exists."));
    Query(m_db, QStringLiteral("DELETE FROM follow_up WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, QStringLiteral("follow_up"), QString::number(id),
                     AuditLog::Action::Delete, toJson(*before), {});
    transaction.commit();
}

void FollowUpRepository::removeForOwner(const std::string &ownerType, std::int64_t ownerId)
{
    Transaction transaction(m_db);
    for (const core::FollowUp &followUp : forOwner(ownerType, ownerId))
        remove(followUp.id);
    transaction.commit();
}

} // namespace konvergensi::storage
