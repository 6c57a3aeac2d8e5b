// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/actions.h"
#include "storage/audit_log.h"

#include <QString>

#include <optional>
#include <vector>

namespace konvergensi::storage {

class Database;

/// The yearly convergence actions: each year's catalogue (actions and their required
/// outputs) and the state of every output. Evidence files live in the DocumentStore under
/// owner type kEvidenceOwnerType and the output's id; this repository counts them.
/// Writes check the row version they were read with, so a stale edit is refused.
class ActionRepository
{
public:
    /// DocumentStore owner type of an output's evidence.
    static const QString kEvidenceOwnerType;

    explicit ActionRepository(Database &db);

    /// Years that have a checklist, oldest first.
    std::vector<int> years() const;
    bool hasYear(int year) const;
    /// The year a new `year` would copy its catalogue from: the latest earlier year of the
    /// same catalogue edition; nullopt when it starts from the built-in catalogue.
    std::optional<int> copySourceFor(int year) const;
    /// Starts a year's checklist from copySourceFor(year), else the built-in catalogue (lead
    /// OPD matched by short name in the directory). Throws Invalid when the year exists.
    std::vector<core::Action> startYear(int year);

    /// The year's actions in catalogue order, each with its outputs and evidence counts.
    std::vector<core::Action> actions(int year) const;
    std::optional<core::Action> action(std::int64_t id) const;
    std::optional<core::ActionOutput> output(std::int64_t id) const;

    /// Adds an action to a year's catalogue (a key not used yet in that year), with its
    /// outputs.
    core::Action addAction(core::Action action);
    /// Saves the action's own fields (name, purpose, lead OPD, due period, notes, order); its
    /// outputs are saved one by one.
    core::Action updateAction(core::Action action);
    /// Removes an action with its outputs and their evidence.
    void removeAction(std::int64_t id);

    core::ActionOutput addOutput(core::ActionOutput output);
    /// Saves state, date done, responsible, notes, name. A date is kept only when done.
    core::ActionOutput updateOutput(core::ActionOutput output);
    /// Removes an output and its evidence.
    void removeOutput(std::int64_t id);

    /// The change history of an action: its own row, its outputs (also removed ones) and their
    /// evidence documents; newest first.
    std::vector<AuditLog::Entry> history(std::int64_t actionId) const;

private:
    std::vector<core::Action> readActions(const QString &where, const QVariant &value) const;
    void insertAction(core::Action &action);
    void insertOutput(core::ActionOutput &output);

    Database &m_db;
};

} // namespace konvergensi::storage
