// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace konvergensi::usecases {

/// What a unit of work changed. Screens listen for the topics they show and reload only
/// those (a page that is hidden reloads when it is shown again); a change in one module
/// does not reload the others.
enum class Topic : unsigned {
    Regions = 1U << 0,       ///< the region tree
    Directory = 1U << 1,     ///< OPD and their people
    Settings = 1U << 2,      ///< letterhead, district name, workspace settings
    Meetings = 1U << 3,      ///< TPPS meetings, agenda, attendance, decisions
    FollowUps = 1U << 4,     ///< follow-ups of any register (meetings, case audit)
    Documents = 1U << 5,     ///< attached documents
    Actions = 1U << 6,       ///< the 8 convergence actions and their outputs
    Locus = 1U << 7,         ///< locus lists, scorecards, KPM
    Prevalence = 1U << 8,    ///< prevalence figures, targets, puskesmas
    CaseAudit = 1U << 9,     ///< case audit rounds and cases
    Measurements = 1U << 10, ///< measured children and their rounds
    Semester = 1U << 11,     ///< semester report texts
};
Q_DECLARE_FLAGS(Topics, Topic)
Q_DECLARE_OPERATORS_FOR_FLAGS(Topics)

/// Every topic: another workspace was opened, or another program changed this one.
inline constexpr Topics allTopics()
{
    return Topics::fromInt(~0U);
}

/// The topics a change of one workspace table touches (another user's change, announced by
/// table): an empty set for tables nothing shows live (the audit log, the migration record),
/// nothing for a table this program does not know (a newer program's).
std::optional<Topics> topicsOfTable(const QString &table);
/// The topics of changes to these tables; every topic when the tables are not known (an empty
/// list, or a table this program does not know).
Topics topicsOfTables(const QStringList &tables);

} // namespace konvergensi::usecases
