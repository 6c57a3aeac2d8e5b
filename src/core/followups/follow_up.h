// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::core {

class Clock;

/// Where a follow-up stands. Stored as "open", "in_progress", "done", "dropped".
enum class FollowUpStatus { Open, InProgress, Done, Dropped };

std::string_view toString(FollowUpStatus status);
std::optional<FollowUpStatus> followUpStatusFromString(std::string_view text);
/// All statuses in the order users see them.
const std::vector<FollowUpStatus> &allFollowUpStatuses();

/// What a follow-up belongs to. The type is an open set of words so that other modules can
/// own follow-ups without a schema change: a decision of a TPPS meeting
/// ("meeting_decision"), later an audited stunting case ("audit_case").
namespace follow_up_owner {
inline constexpr std::string_view kMeetingDecision = "meeting_decision";
inline constexpr std::string_view kAuditCase = "audit_case";
} // namespace follow_up_owner

/// A follow-up action (rencana tindak lanjut, RTL): what must be done, by whom, by when, and
/// how far it got. Owner-agnostic: the same type serves meeting decisions and audit cases.
struct FollowUp
{
    std::int64_t id = 0;      ///< 0 until stored
    std::string ownerType;    ///< see follow_up_owner
    std::int64_t ownerId = 0; ///< id of the owning decision / case; 0 until the owner is stored
    std::string action;       ///< what is to be done
    std::optional<std::int64_t> responsibleOpdId; ///< the responsible OPD from the directory
    std::string responsibleOther; ///< a responsible unit outside the directory ("Puskesmas Bantan")
    std::string responsiblePerson; ///< who in particular, as free text
    std::optional<boost::gregorian::date> dueDate;
    FollowUpStatus status = FollowUpStatus::Open;
    std::optional<boost::gregorian::date> doneDate; ///< set exactly when status is Done
    std::string progressNotes;
    int rowVersion = 0;

    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

/// How long the texts of a follow-up may be, in characters.
namespace follow_up_limits {
inline constexpr int kAction = 500;      ///< what is to be done
inline constexpr int kResponsible = 150; ///< another responsible unit, the person
inline constexpr int kNotes = 4000;      ///< progress notes
} // namespace follow_up_limits

/// Characters (Unicode code points) of a UTF-8 text: what a length limit counts.
std::size_t characterCount(std::string_view utf8);

/// What is wrong with a follow-up as entered.
enum class FollowUpProblem {
    EmptyAction,          ///< nothing says what is to be done
    NoResponsible,        ///< neither a responsible OPD nor another responsible unit
    DueBeforeOwnerDate,   ///< due before the meeting (or case) it comes from
    DoneWithoutDate,      ///< status done but no date done
    DoneDateWhileNotDone, ///< a date done on a follow-up that is not done
    DoneBeforeOwnerDate,  ///< done before the meeting it comes from
    ActionTooLong,        ///< more than follow_up_limits::kAction characters
    ResponsibleTooLong,   ///< the other unit or the person longer than kResponsible
    NotesTooLong,         ///< progress notes longer than kNotes
};

/// Checks a follow-up; `ownerDate` is the date of what it comes from (the meeting), when
/// known. Empty when good.
std::vector<FollowUpProblem> validate(const FollowUp &followUp,
                                      std::optional<boost::gregorian::date> ownerDate = {});

/// True when a follow-up may move from one status to the other:
///   open        -> in progress, done, dropped
///   in progress -> open, done, dropped
///   done        -> open or in progress (reopened: back to where it stood before it was
///                  marked done, see statusWhenReopened())
///   dropped     -> open (taken up again)
/// Staying in the same status is always allowed.
bool canChangeStatus(FollowUpStatus from, FollowUpStatus to);

/// The follow-up moved to `to` on `today`: done gets today's date (unless `doneOn` is given),
/// any other status clears the date done. Throws DomainError for a transition that
/// canChangeStatus() refuses, or a done date after today.
FollowUp withStatus(FollowUp followUp, FollowUpStatus to, const boost::gregorian::date &today,
                    std::optional<boost::gregorian::date> doneOn = {});

/// The status a follow-up that is done takes again when it is reopened (the done mark was a
/// slip, or the result did not hold): the status it had before it was marked done, when
/// known and pending; in progress otherwise.
FollowUpStatus statusWhenReopened(std::optional<FollowUpStatus> before);

/// Still to be done (open or in progress).
bool isPending(FollowUpStatus status);
/// Overdue: pending and its due date lies before today (due today is not yet late).
bool isOverdue(const FollowUp &followUp, const boost::gregorian::date &today);
bool isOverdue(const FollowUp &followUp, const Clock &clock);
/// Days past the due date for an overdue follow-up, 0 otherwise.
int daysOverdue(const FollowUp &followUp, const boost::gregorian::date &today);

} // namespace konvergensi::core
