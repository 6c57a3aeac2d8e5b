// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/directory/directory_repository.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/text_check.h"
#include "storage/transaction.h"

#include "core/text.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace konvergensi::storage {

namespace {

QString s(const std::string &text)
{
    return QString::fromStdString(text);
}

const QString kOpdColumns = QStringLiteral("SELECT id, name, short_name, row_version FROM opd");
const QString kPersonColumns = QStringLiteral(
    "SELECT id, opd_id, name, position, phone, row_version FROM person");

core::Opd readOpd(const Query &query)
{
    return {query.integer(0), query.text(1).toStdString(), query.text(2).toStdString(),
            static_cast<int>(query.integer(3))};
}

core::Person readPerson(const Query &query)
{
    return {query.integer(0),
            query.integer(1),
            query.text(2).toStdString(),
            query.text(3).toStdString(),
            query.text(4).toStdString(),
            static_cast<int>(query.integer(5))};
}

QJsonObject toJson(const core::Opd &opd)
{
    return {{QStringLiteral("name"), s(opd.name)},
            {QStringLiteral("short_name"), s(opd.shortName)}};
}

QJsonObject toJson(const core::Person &person)
{
    return {{QStringLiteral("opd_id"), static_cast<qint64>(person.opdId)},
            {QStringLiteral("name"), s(person.name)},
            {QStringLiteral("position"), s(person.position)},
            {QStringLiteral("phone"), s(person.phone)}};
}

void check(const std::vector<core::DirectoryProblem> &problems)
{
    if (problems.empty())
        return;
    switch (problems.front()) {
    case core::DirectoryProblem::EmptyName:
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("Storage", "A name is required."));
    case core::DirectoryProblem::EmptyShortName:
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Storage", "A short name (such as Bappeda or Dinkes) is required."));
    case core::DirectoryProblem::PhoneNotAPhone:
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Storage", "The phone number may hold only digits, spaces, +, - and "
                                          "parentheses, with at least 6 digits."));
    }
}

core::Opd normalised(core::Opd opd)
{
    opd.name = core::trimmed(opd.name);
    opd.shortName = core::trimmed(opd.shortName);
    return opd;
}

core::Person normalised(core::Person person)
{
    person.name = core::trimmed(person.name);
    person.position = core::trimmed(person.position);
    person.phone = core::trimmed(person.phone);
    return person;
}

} // namespace

DirectoryRepository::DirectoryRepository(Database &db)
    : m_db(db)
{
}

std::vector<core::Opd> DirectoryRepository::opds() const
{
    Query query(m_db, kOpdColumns + QStringLiteral(" ORDER BY lower(short_name)"));
    query.exec();
    std::vector<core::Opd> out;
    while (query.next())
        out.push_back(readOpd(query));
    return out;
}

std::optional<core::Opd> DirectoryRepository::opd(std::int64_t id) const
{
    Query query(m_db, kOpdColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readOpd(query);
}

std::optional<core::Opd> DirectoryRepository::opdByShortName(const std::string &shortName) const
{
    Query query(m_db, kOpdColumns + QStringLiteral(" WHERE lower(short_name) = lower(:short)"));
    query.bind(QStringLiteral(":short"), s(core::trimmed(shortName))).exec();
    if (!query.next())
        return std::nullopt;
    return readOpd(query);
}

core::Opd DirectoryRepository::addOpd(core::Opd opd)
{
    opd = normalised(std::move(opd));
    check(core::validate(opd));
    requireText(opd.name, core::TextKind::Name,
                QCoreApplication::translate("TextCheck", "OPD name"));
    requireText(opd.shortName, core::TextKind::Name,
                QCoreApplication::translate("TextCheck", "short name"));
    Transaction transaction(m_db);
    if (opdByShortName(opd.shortName))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "An OPD with the short name %1 already exists.")
                .arg(s(opd.shortName)));
    Query insert(m_db, QStringLiteral("INSERT INTO opd (name, short_name, created_at, created_by, "
                                      "updated_at, updated_by) VALUES (:name, :short, :now, "
                                      ":actor, :now, :actor)"));
    insert.bind(QStringLiteral(":name"), s(opd.name))
        .bind(QStringLiteral(":short"), s(opd.shortName))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    opd.id = insert.lastInsertId().toLongLong();
    opd.rowVersion = 1;
    AuditLog::record(m_db, QStringLiteral("opd"), QString::number(opd.id), AuditLog::Action::Insert,
                     {}, toJson(opd));
    transaction.commit();
    return opd;
}

core::Opd DirectoryRepository::updateOpd(core::Opd opd)
{
    opd = normalised(std::move(opd));
    check(core::validate(opd));
    requireText(opd.name, core::TextKind::Name,
                QCoreApplication::translate("TextCheck", "OPD name"));
    requireText(opd.shortName, core::TextKind::Name,
                QCoreApplication::translate("TextCheck", "short name"));
    Transaction transaction(m_db);
    const auto before = this->opd(opd.id);
    if (!before || before->rowVersion != opd.rowVersion)
        throw StorageError::conflict();
    if (const auto other = opdByShortName(opd.shortName); other && other->id != opd.id)
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "An OPD with the short name %1 already exists.")
                .arg(s(opd.shortName)));
    Query update(m_db, QStringLiteral("UPDATE opd SET name = :name, short_name = :short, "
                                      "updated_at = :now, updated_by = :actor, row_version = "
                                      "row_version + 1 WHERE id = :id AND row_version = :version"));
    update.bind(QStringLiteral(":name"), s(opd.name))
        .bind(QStringLiteral(":short"), s(opd.shortName))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(opd.id))
        .bind(QStringLiteral(":version"), opd.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    ++opd.rowVersion;
    AuditLog::record(m_db, QStringLiteral("opd"), QString::number(opd.id), AuditLog::Action::Update,
                     toJson(*before), toJson(opd));
    transaction.commit();
    return opd;
}

void DirectoryRepository::removeOpd(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = opd(id);
    if (!before)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The OPD no longer exists."));
    if (!people(id).empty())
        throw StorageError(
            StorageError::Kind::InUse,
            QCoreApplication::translate(
                "Storage", "%1 still has people in the directory. Move or remove them first.")
                .arg(s(before->shortName)));
    Query(m_db, QStringLiteral("DELETE FROM opd WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, QStringLiteral("opd"), QString::number(id), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

std::vector<core::Person> DirectoryRepository::people(std::optional<std::int64_t> opdId) const
{
    QString sql = kPersonColumns;
    if (opdId)
        sql += QStringLiteral(" WHERE opd_id = :opd");
    sql += QStringLiteral(" ORDER BY lower(name), id");
    Query query(m_db, sql);
    if (opdId)
        query.bind(QStringLiteral(":opd"), QVariant::fromValue(*opdId));
    query.exec();
    std::vector<core::Person> out;
    while (query.next())
        out.push_back(readPerson(query));
    return out;
}

std::optional<core::Person> DirectoryRepository::person(std::int64_t id) const
{
    Query query(m_db, kPersonColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), QVariant::fromValue(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
}

core::Person DirectoryRepository::addPerson(core::Person person)
{
    person = normalised(std::move(person));
    requireText(person.name, core::TextKind::Name,
                QCoreApplication::translate("TextCheck", "name"));
    requireText(person.position, core::TextKind::Title,
                QCoreApplication::translate("TextCheck", "position"));
    check(core::validate(person));
    Transaction transaction(m_db);
    if (!opd(person.opdId))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "Choose the OPD this person works in."));
    Query insert(m_db, QStringLiteral("INSERT INTO person (opd_id, name, position, phone, "
                                      "created_at, created_by, updated_at, updated_by) VALUES "
                                      "(:opd, :name, :position, :phone, :now, :actor, :now, "
                                      ":actor)"));
    insert.bind(QStringLiteral(":opd"), QVariant::fromValue(person.opdId))
        .bind(QStringLiteral(":name"), s(person.name))
        .bind(QStringLiteral(":position"), s(person.position))
        .bind(QStringLiteral(":phone"), s(person.phone))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .exec();
    person.id = insert.lastInsertId().toLongLong();
    person.rowVersion = 1;
    AuditLog::record(m_db, QStringLiteral("person"), QString::number(person.id),
                     AuditLog::Action::Insert, {}, toJson(person));
    transaction.commit();
    return person;
}

core::Person DirectoryRepository::updatePerson(core::Person person)
{
    person = normalised(std::move(person));
    requireText(person.name, core::TextKind::Name,
                QCoreApplication::translate("TextCheck", "name"));
    requireText(person.position, core::TextKind::Title,
                QCoreApplication::translate("TextCheck", "position"));
    check(core::validate(person));
    Transaction transaction(m_db);
    const auto before = this->person(person.id);
    if (!before || before->rowVersion != person.rowVersion)
        throw StorageError::conflict();
    if (!opd(person.opdId))
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Storage", "Choose the OPD this person works in."));
    Query update(m_db, QStringLiteral("UPDATE person SET opd_id = :opd, name = :name, position = "
                                      ":position, phone = :phone, updated_at = :now, updated_by = "
                                      ":actor, row_version = row_version + 1 WHERE id = :id AND "
                                      "row_version = :version"));
    update.bind(QStringLiteral(":opd"), QVariant::fromValue(person.opdId))
        .bind(QStringLiteral(":name"), s(person.name))
        .bind(QStringLiteral(":position"), s(person.position))
        .bind(QStringLiteral(":phone"), s(person.phone))
        .bind(QStringLiteral(":now"), m_db.nowText())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), QVariant::fromValue(person.id))
        .bind(QStringLiteral(":version"), person.rowVersion)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError::conflict();
    ++person.rowVersion;
    AuditLog::record(m_db, QStringLiteral("person"), QString::number(person.id),
                     AuditLog::Action::Update, toJson(*before), toJson(person));
    transaction.commit();
    return person;
}

void DirectoryRepository::removePerson(std::int64_t id)
{
    Transaction transaction(m_db);
    const auto before = person(id);
    if (!before)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The person no longer exists."));
    Query(m_db, QStringLiteral("DELETE FROM person WHERE id = :id"))
        .bind(QStringLiteral(":id"), QVariant::fromValue(id))
        .exec();
    AuditLog::record(m_db, QStringLiteral("person"), QString::number(id), AuditLog::Action::Delete,
                     toJson(*before), {});
    transaction.commit();
}

} // namespace konvergensi::storage
