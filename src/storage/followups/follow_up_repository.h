// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/follow_up.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace konvergensi::storage {

class Database;

/// Which follow-ups to list. Every field narrows the list; an empty filter lists them all.
struct FollowUpFilter
{
    std::optional<std::string> ownerType; ///< core::follow_up_owner::kMeetingDecision, ...
    std::optional<std::int64_t> ownerId;
    std::optional<std::int64_t> meetingId; ///< follow-ups of one meeting's decisions
    std::optional<std::int64_t> responsibleOpdId;
    std::optional<core::FollowUpStatus> status;
    bool pendingOnly = false; ///< open or in progress
    bool overdueOnly = false; ///< pending and due before today (the database's clock)
    std::optional<boost::gregorian::date> dueFrom; ///< due on or after
    std::optional<boost::gregorian::date> dueTo;   ///< due on or before
};

/// A follow-up with what a list needs to show beside it.
struct FollowUpEntry
{
    core::FollowUp followUp;
    std::string responsibleOpdShortName; ///< empty when the responsible is not an OPD
    std::string responsibleOpdName;
    // For follow-ups of meeting decisions; empty / 0 for other owners.
    std::int64_t meetingId = 0;
    std::optional<boost::gregorian::date> meetingDate;
    std::string meetingTitle;
    int decisionNumber = 0; ///< 1-based number of the decision in its meeting
    std::string decisionText;
    bool overdue = false;
    int daysOverdue = 0;

    /// "Dinkes" or the other unit's name.
    std::string responsibleLabel() const;
};

/// Follow-ups of any owner (meeting decisions now, audited cases later): list them across
/// owners, change their status, edit them. Writes check the row version they were read
/// with and are recorded in the audit log. "Overdue" is measured by the database's clock.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(Database &db);

    /// Follow-ups by due date (those without one last), then owner and position.
    std::vector<FollowUpEntry> list(const FollowUpFilter &filter = {}) const;
    std::optional<core::FollowUp> find(std::int64_t id) const;
    /// The follow-ups of one owner, in their order.
    std::vector<core::FollowUp> forOwner(const std::string &ownerType, std::int64_t ownerId) const;
    /// Number of overdue follow-ups (optionally of one owner type).
    int overdueCount(const std::optional<std::string> &ownerType = std::nullopt) const;

    /// Stores a new follow-up at the end of its owner's list. Throws StorageError (Invalid)
    /// when it breaks a rule of core::validate (check first to say which, in words).
    core::FollowUp add(core::FollowUp followUp);
    /// Saves a changed follow-up; the row version must match the stored one.
    core::FollowUp update(core::FollowUp followUp);
    /// Moves a follow-up to a status (done gets today's date or `doneOn`), refusing a
    /// transition the rules do not allow and a stale row version. Reopening a follow-up
    /// that is done is usecases::followups::reopen (back to its status before).
    core::FollowUp changeStatus(std::int64_t id, int rowVersion, core::FollowUpStatus status,
                                std::optional<boost::gregorian::date> doneOn = std::nullopt,
                                const std::optional<std::string> &progressNote = std::nullopt);
    void remove(std::int64_t id);
    /// Removes every follow-up of an owner (when the owner is removed).
    void removeForOwner(const std::string &ownerType, std::int64_t ownerId);

    /// Used by MeetingRepository: stores a follow-up at a given position (no owner-date
    /// lookup when `ownerDate` is given).
    core::FollowUp insertAt(core::FollowUp followUp, int position,
                            std::optional<boost::gregorian::date> ownerDate);
    core::FollowUp updateAt(core::FollowUp followUp, int position,
                            std::optional<boost::gregorian::date> ownerDate);

    /// The date of what a follow-up comes from (the meeting of a decision), when known.
    std::optional<boost::gregorian::date> ownerDate(const std::string &ownerType,
                                                    std::int64_t ownerId) const;

private:
    Database &m_db;
};

} // namespace konvergensi::storage
