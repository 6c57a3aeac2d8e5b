// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/meeting.h"

#include <QString>

#include <cstdint>

namespace konvergensi::storage {
class Database;
}

// Saving and removing a meeting of the register (Rapat TPPS): the meeting with its agenda,
// attendance, decisions and their follow-ups, in one transaction.
namespace konvergensi::usecases::meetings {

/// The meeting a new record starts from: dated today, held for the workspace's district.
core::Meeting blankMeeting(storage::Database &db);

/// What is wrong with a meeting, in words (empty when it may be stored): the first problem
/// core::validate finds.
QString problemOf(const core::Meeting &meeting);

/// Stores a meeting whole (new when its id is 0). `loaded` is the meeting as it was read into
/// the editor: a follow-up not changed in the editor since is saved at its newest stored
/// version, so a status changed on the follow-up board meanwhile is kept rather than refused
/// as stale. Returns the meeting as stored (ids, row versions). Throws storage::StorageError:
/// Invalid with problemOf() in words, Conflict when the meeting itself (or a follow-up
/// changed in the editor) was changed elsewhere since it was read.
core::Meeting saveMeeting(storage::Database &db, const core::Meeting &edited,
                          const core::Meeting &loaded);

/// Removes a meeting with its parts, its follow-ups and its documents.
void removeMeeting(storage::Database &db, std::int64_t id);

} // namespace konvergensi::usecases::meetings
