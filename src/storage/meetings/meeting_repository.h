// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/meeting.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace konvergensi::storage {

class Database;

/// Which meetings the register shows. Every field narrows the list.
struct MeetingFilter
{
    std::optional<int> year;
    std::optional<core::MeetingKind> kind;
    std::optional<core::MeetingLevel> level;
    std::string regionCode; ///< the region itself or any region below it
    std::string text;       ///< words in the title, summary, minutes, decisions or follow-ups
};

/// One row of the register.
struct MeetingSummary
{
    std::int64_t id = 0;
    boost::gregorian::date date;
    std::optional<int> startMinute;
    core::MeetingKind kind = core::MeetingKind::RakorTpps;
    core::MeetingLevel level = core::MeetingLevel::Kabupaten;
    std::string regionCode;
    std::string regionName; ///< empty when the region is not in the workspace
    std::string title;
    std::string venue;
    std::string chair;
    std::string servesAction;
    int decisionCount = 0;
    int followUpCount = 0;
    int pendingFollowUps = 0;
    int overdueFollowUps = 0; ///< by the database's clock
};

/// A meeting that serves a convergence action, for the actions module.
struct MeetingReference
{
    std::int64_t id = 0;
    boost::gregorian::date date;
    std::string title;
    core::MeetingKind kind = core::MeetingKind::RakorTpps;
};

/// The TPPS meeting register. A meeting is read and saved whole (agenda, attendance,
/// decisions and their follow-ups); follow-ups keep their ids across saves, so an edit of
/// the meeting and a status change on the follow-up board do not overwrite each other
/// silently (row versions). Every write is one transaction with its audit entries.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database &db);

    /// Meetings by date (newest first), then start time and id.
    std::vector<MeetingSummary> list(const MeetingFilter &filter = {}) const;
    /// The years that have meetings, newest first.
    std::vector<int> years() const;
    std::optional<core::Meeting> find(std::int64_t id) const;

    /// Stores a new meeting with all its parts; returns it with ids and row versions.
    /// Throws StorageError (Invalid) when it breaks a rule of core::validate (the use case
    /// that saves a meeting checks first and says which rule, in words).
    core::Meeting add(core::Meeting meeting);
    /// Saves a changed meeting; its row version (and each changed follow-up's) must match.
    core::Meeting update(core::Meeting meeting);
    /// Removes a meeting, its parts, its follow-ups and its documents.
    void remove(std::int64_t id);

    /// Meetings of a year that serve a convergence action (by the key of the year's
    /// catalogue, e.g. "3" for Aksi 3), oldest first.
    std::vector<MeetingReference> meetingsServingAction(int year,
                                                        const std::string &actionKey) const;

private:
    void writeChildren(const core::Meeting &meeting, core::Meeting &saved,
                       const core::Meeting *before);

    Database &m_db;
};

} // namespace konvergensi::storage
