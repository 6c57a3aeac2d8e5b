// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Row helpers shared by the two files of MeetingRepository (the meeting and its children).
// Internal to storage: not included outside src/storage/meetings/.

#include <QString>

namespace konvergensi::storage {

class Query;

namespace meeting_rows {

/// Binds :now and :actor, the stamp every row of a meeting carries when it is written.
void bindStamp(Query &query, const QString &now, const QString &actor);

} // namespace meeting_rows
} // namespace konvergensi::storage
