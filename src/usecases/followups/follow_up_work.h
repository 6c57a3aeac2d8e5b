// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/follow_up.h"
#include "storage/followups/follow_up_repository.h"
#include "usecases/followups/follow_up_registers.h"

#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

// The units of work on single follow-ups, shared by every register that holds them (the
// follow-up board of Rapat TPPS, the CLI, the case audit): list them per register, mark one
// done on a date, take the mark back, save an edited one. Failures are storage::StorageError:
// Invalid with the broken rule in words, Conflict when someone else changed it meanwhile.
namespace konvergensi::usecases::followups {

/// Follow-ups of one register (all when `reg` is empty), narrowed by `filter` (whose owner
/// type is set from the register). Overdue is counted by the database's clock, by the same
/// rule as the sidebar badges (overdueCount()).
std::vector<storage::FollowUpEntry> list(storage::Database &db, std::optional<Register> reg,
                                         storage::FollowUpFilter filter = {});

/// The register a follow-up belongs to (by its owner type).
std::optional<Register> registerOf(const core::FollowUp &followUp);

/// What is wrong with a follow-up as edited, in words (empty when it may be stored): core's
/// rules against the date of what it comes from, a date done after today, and a status the
/// stored follow-up cannot move to.
QString problemsOf(const core::FollowUp &edited, const std::optional<core::FollowUp> &stored,
                   std::optional<boost::gregorian::date> ownerDate,
                   const boost::gregorian::date &today);

/// Saves a follow-up edited on its own (the board's edit dialog), after problemsOf().
core::FollowUp save(storage::Database &db, const core::FollowUp &followUp);

/// Marks a pending follow-up done on `doneOn` (today or earlier, not before the meeting it
/// comes from). `rowVersion` is the version it was read with.
core::FollowUp markDone(storage::Database &db, std::int64_t id, int rowVersion,
                        const boost::gregorian::date &doneOn);

/// The status a follow-up had before it was last marked done, read from the audit log (every
/// change of a follow-up is recorded there); empty when it was stored as done.
std::optional<core::FollowUpStatus> statusBeforeDone(storage::Database &db, std::int64_t id);

/// Takes the done mark back: the follow-up returns to the status it had before it was
/// marked done (core::statusWhenReopened), and loses its date done.
core::FollowUp reopen(storage::Database &db, std::int64_t id, int rowVersion);

} // namespace konvergensi::usecases::followups
