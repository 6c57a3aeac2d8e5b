// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/server_admin.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <array>

namespace konvergensi::storage {

namespace {

struct RoleInfo
{
    ServerAdmin::Role role;
    const char *name;
    const char *group;
};

constexpr std::array<RoleInfo, 7> kRoles{{
    {ServerAdmin::Role::Admin, "admin", "konvergensi_admin"},
    {ServerAdmin::Role::Meetings, "meetings", "konvergensi_meetings"},
    {ServerAdmin::Role::Locus, "locus", "konvergensi_locus"},
    {ServerAdmin::Role::Prevalence, "prevalence", "konvergensi_prevalence"},
    {ServerAdmin::Role::CaseAudit, "case-audit", "konvergensi_case_audit"},
    {ServerAdmin::Role::Identity, "identity", "konvergensi_identity"},
    {ServerAdmin::Role::Reader, "reader", "konvergensi_reader"},
}};

void runScript(Database &db, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("server script missing");
    for (const QString &statement : Migrations::splitStatements(QString::fromUtf8(file.readAll())))
        Query::run(db, statement);
}

std::unique_ptr<Database> connect(const ServerConnection &server)
{
    return Database::openPostgres(server, {}, ServerSchema::Unchecked);
}

void requireSchemaNotNewer(Database &db)
{
    if (db.schemaVersion() > Migrations::latestVersion())
        throw StorageError(StorageError::Kind::SchemaTooNew,
                           QCoreApplication::translate(
                               "Storage",
                               "The server's workspace was made by a newer version of Konvergensi "
                               "(database version %1; this program knows up to %2). Nothing was "
                               "changed.")
                               .arg(db.schemaVersion())
                               .arg(Migrations::latestVersion()));
}

} // namespace

QString ServerAdmin::roleName(Role role)
{
    for (const RoleInfo &info : kRoles)
        if (info.role == role)
            return QString::fromLatin1(info.name);
    return {};
}

QString ServerAdmin::groupRole(Role role)
{
    for (const RoleInfo &info : kRoles)
        if (info.role == role)
            return QString::fromLatin1(info.group);
    return {};
}

std::optional<ServerAdmin::Role> ServerAdmin::roleFromName(const QString &name)
{
    for (const RoleInfo &info : kRoles)
        if (name == QLatin1String(info.name))
            return info.role;
    return std::nullopt;
}

QStringList ServerAdmin::roleNames()
{
    QStringList names;
    for (const RoleInfo &info : kRoles)
        names << QString::fromLatin1(info.name);
    return names;
}

int ServerAdmin::init(const ServerConnection &server)
{
    auto db = connect(server);
    requireSchemaNotNewer(*db);
    if (db->schemaVersion() > 0)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Storage",
                               "The database %1 already holds a workspace (version %2). Nothing "
                               "was changed; to bring it up to this program's version use server "
                               "upgrade.")
                               .arg(db->path())
                               .arg(db->schemaVersion()));
    {
        Transaction transaction(*db);
        // Roles belong to the whole server: one init at a time.
        Query::run(*db, QStringLiteral("SELECT pg_advisory_xact_lock(1708)"));
        runScript(*db, QStringLiteral(":/server/roles.sql"));
        Query::run(*db,
                   QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO konvergensi_admin"));
        // The schema belongs to konvergensi_admin, so that an administrator can upgrade it.
        Query::run(*db, QStringLiteral("SET LOCAL ROLE konvergensi_admin"));
        Migrations::apply(*db);
        runScript(*db, QStringLiteral(":/server/grants.sql"));
        Query::run(*db, QStringLiteral("RESET ROLE"));
        Query::run(*db, QStringLiteral("GRANT USAGE ON SCHEMA public TO konvergensi_reader, "
                                       "konvergensi_identity"));
        transaction.commit();
    }
    const int version = Migrations::currentVersion(*db);
    qCInfo(lcStorage) << "server workspace prepared:" << db->path() << "version" << version;
    return version;
}

std::pair<int, int> ServerAdmin::upgrade(const ServerConnection &server)
{
    auto db = connect(server);
    requireSchemaNotNewer(*db);
    const int before = db->schemaVersion();
    if (before == 0)
        throw StorageError(StorageError::Kind::NotAWorkspace,
                           QCoreApplication::translate(
                               "Storage",
                               "The database %1 holds no workspace yet; prepare it with server "
                               "init.")
                               .arg(db->path()));
    {
        Transaction transaction(*db);
        Query::run(*db, QStringLiteral("SET LOCAL ROLE konvergensi_admin"));
        Migrations::apply(*db);
        runScript(*db, QStringLiteral(":/server/grants.sql"));
        transaction.commit();
    }
    return {before, Migrations::currentVersion(*db)};
}

void ServerAdmin::addUser(const ServerConnection &server, const QString &name, Role role,
                          const QString &password)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate(
                               "Storage",
                               "A user name has small letters, digits, '_', '.' or '-', starts "
                               "with a letter and has at most 63 characters: %1 does not.")
                               .arg(name));
    auto db = connect(server);
    Transaction transaction(*db);
    {
        Query exists(*db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :n"));
        exists.bind(QStringLiteral(":n"), name).exec();
        if (exists.next() && exists.integer(0) > 0)
            throw StorageError(
                StorageError::Kind::Invalid,
                QCoreApplication::translate("Storage", "The server already has a user %1.")
                    .arg(name));
    }
    // The statement is put together by the server (format with %I and %L quotes names and
    // the password correctly).
    const QString attributes = role == Role::Admin ? QStringLiteral("LOGIN CREATEROLE")
                                                   : QStringLiteral("LOGIN");
    Query build(*db, password.isEmpty()
                         ? QStringLiteral("SELECT format('CREATE ROLE %I ") + attributes
                               + QStringLiteral(" IN ROLE %I', CAST(:n AS TEXT), CAST(:g AS TEXT))")
                         : QStringLiteral("SELECT format('CREATE ROLE %I ") + attributes
                               + QStringLiteral(" PASSWORD %L IN ROLE %I', CAST(:n AS TEXT), "
                                                "CAST(:p AS TEXT), CAST(:g AS TEXT))"));
    build.bind(QStringLiteral(":n"), name).bind(QStringLiteral(":g"), groupRole(role));
    if (!password.isEmpty())
        build.bind(QStringLiteral(":p"), password);
    build.exec();
    if (!build.next())
        throw StorageError(StorageError::Kind::Query,
                           QCoreApplication::translate("Storage", "The user could not be made."));
    Query::run(*db, build.text(0));
    transaction.commit();
    qCInfo(lcStorage) << "server user added:" << name << "role" << roleName(role);
}

QList<ServerAdmin::Role> ServerAdmin::rolesOf(Database &db)
{
    QList<Role> roles;
    if (!db.isPostgres())
        return roles;
    // A superuser (the server's own administrator) may do everything, whether or not the
    // program's roles exist on this server yet.
    {
        Query super(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = "
                                       "session_user"));
        super.exec();
        if (super.next() && super.value(0).toBool())
            return {Role::Admin};
    }
    for (const RoleInfo &info : kRoles) {
        Query member(db, QStringLiteral("SELECT pg_has_role(session_user, :g, 'USAGE') FROM "
                                        "pg_roles WHERE rolname = :g2"));
        member.bind(QStringLiteral(":g"), QString::fromLatin1(info.group))
            .bind(QStringLiteral(":g2"), QString::fromLatin1(info.group))
            .exec();
        if (member.next() && member.value(0).toBool())
            roles << info.role;
    }
    return roles;
}

} // namespace konvergensi::storage
