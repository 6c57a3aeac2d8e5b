// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace konvergensi::storage {

class Database;
struct ServerConnection;

/// Administration of a workspace on a PostgreSQL server (issue #17): the schema and the
/// roles of resources/server/{roles,grants}.sql, and the people who log in.
class ServerAdmin
{
public:
    /// The roles a person can be given (`server user add NAME --role ROLE`).
    enum class Role { Admin, Meetings, Locus, Prevalence, CaseAudit, Identity, Reader };

    /// "admin", "meetings", "locus", "prevalence", "case-audit", "identity", "reader".
    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
    static QStringList roleNames();
    /// The server's group role behind a role ("konvergensi_meetings").
    static QString groupRole(Role role);

    /// Prepares an empty database: the roles (if the server has none yet), the schema at this
    /// program's version owned by konvergensi_admin, the grants; all in one transaction.
    /// Connect as the server's superuser (postgres) or the database's owner with CREATEROLE.
    /// Returns the schema version. Refuses a database that holds anything.
    static int init(const ServerConnection &server);
    /// Brings the schema up to this program's version (as konvergensi_admin) and grants
    /// again. Returns {version before, version after}.
    static std::pair<int, int> upgrade(const ServerConnection &server);
    /// Makes a login for a person with a role (and a password when not empty).
    static void addUser(const ServerConnection &server, const QString &name, Role role,
                        const QString &password);
    /// The roles of the logged-in user on a server workspace (empty for SQLite: no limits).
    static QList<Role> rolesOf(Database &db);
};

} // namespace konvergensi::storage
