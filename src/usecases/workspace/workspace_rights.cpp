// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/workspace/workspace_rights.h"

#include "storage/database.h"
#include "storage/server_admin.h"

#include <QCoreApplication>
#include <QStringList>

namespace konvergensi::usecases::workspace {

WorkspaceRights WorkspaceRights::everything()
{
    WorkspaceRights rights;
    for (WorkArea area : {WorkArea::Administration, WorkArea::Meetings, WorkArea::Locus,
                          WorkArea::Prevalence, WorkArea::CaseAudit, WorkArea::SemesterReport})
        rights.allow(area);
    return rights.allowIdentity();
}

WorkspaceRights WorkspaceRights::readOnly()
{
    return {};
}

WorkspaceRights WorkspaceRights::of(storage::Database &db)
{
    if (!db.isPostgres())
        return everything();
    using Role = storage::ServerAdmin::Role;
    WorkspaceRights rights;
    for (const Role role : storage::ServerAdmin::rolesOf(db)) {
        switch (role) {
        case Role::Admin:
            return everything();
        case Role::Meetings:
            rights.allow(WorkArea::Meetings).allow(WorkArea::SemesterReport);
            break;
        case Role::Locus:
            rights.allow(WorkArea::Locus);
            break;
        case Role::Prevalence:
            rights.allow(WorkArea::Prevalence);
            break;
        case Role::CaseAudit:
            rights.allow(WorkArea::CaseAudit);
            break;
        case Role::Identity:
            rights.allowIdentity();
            break;
        case Role::Reader:
            break;
        }
    }
    return rights;
}

QString WorkspaceRights::describe() const
{
    if (*this == everything())
        return QCoreApplication::translate("WorkspaceRights", "all rights");
    QStringList parts;
    if (mayEdit(WorkArea::Meetings))
        parts << QCoreApplication::translate("WorkspaceRights", "meetings and actions");
    if (mayEdit(WorkArea::Locus))
        parts << QCoreApplication::translate("WorkspaceRights", "locus villages");
    if (mayEdit(WorkArea::Prevalence))
        parts << QCoreApplication::translate("WorkspaceRights", "prevalence and measurements");
    if (mayEdit(WorkArea::CaseAudit))
        parts << QCoreApplication::translate("WorkspaceRights", "case audit");
    if (parts.isEmpty())
        parts << QCoreApplication::translate("WorkspaceRights", "read only");
    if (m_identity)
        parts << QCoreApplication::translate("WorkspaceRights", "identities");
    return parts.join(QStringLiteral(", "));
}

} // namespace konvergensi::usecases::workspace
