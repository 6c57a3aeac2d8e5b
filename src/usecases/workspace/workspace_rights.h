// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace konvergensi::storage {
class Database;
}

// What the login of the open workspace may change (issue #17, item 3). The server enforces
// it; the window only hides what would be refused. A workspace file allows everything.
namespace konvergensi::usecases::workspace {

/// The areas of work a login can edit, one per editor role of the server.
enum class WorkArea {
    Administration, ///< regions, settings and letterhead, users (konvergensi_admin)
    Meetings,       ///< meetings, follow-ups, convergence actions, OPD directory
    Locus,          ///< locus villages and scorecards
    Prevalence,     ///< prevalence figures, puskesmas, child measurements
    CaseAudit,      ///< the stunting case audit
    SemesterReport, ///< the written parts of the semester report (written by meetings)
};

class WorkspaceRights
{
public:
    /// Everything allowed (a workspace file, or a server administrator).
    static WorkspaceRights everything();
    /// Nothing but reading (the reader role, and the start of a login's rights).
    static WorkspaceRights readOnly();
    /// The rights of the open workspace's login, asked from the server (storage's roles
    /// query); everything for a file.
    static WorkspaceRights of(storage::Database &db);

    bool mayEdit(WorkArea area) const { return (m_areas & bit(area)) != 0; }
    /// Reads the sealed identities of audited cases and measured children.
    bool mayReadIdentity() const { return m_identity; }
    bool isReadOnly() const { return m_areas == 0; }

    WorkspaceRights &allow(WorkArea area)
    {
        m_areas |= bit(area);
        return *this;
    }
    WorkspaceRights &allowIdentity()
    {
        m_identity = true;
        return *this;
    }
    /// "meetings, locus" or "read only" (translated), for the status bar.
    QString describe() const;

    friend bool operator==(const WorkspaceRights &, const WorkspaceRights &) = default;

private:
    static unsigned bit(WorkArea area) { return 1u << static_cast<unsigned>(area); }
    unsigned m_areas = 0;
    bool m_identity = false;
};

} // namespace konvergensi::usecases::workspace
