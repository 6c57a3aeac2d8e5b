// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/followups/follow_up.h"

#include "core/clock.h"
#include "core/errors.h"
#include "core/text.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

namespace konvergensi::core {

std::string_view toString(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Open:
        return "open";
    case FollowUpStatus::InProgress:
        return "in_progress";
    case FollowUpStatus::Done:
        return "done";
    case FollowUpStatus::Dropped:
        return "dropped";
    }
    return "open";
}

std::optional<FollowUpStatus> followUpStatusFromString(std::string_view text)
{
    for (const FollowUpStatus status : allFollowUpStatuses()) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

const std::vector<FollowUpStatus> &allFollowUpStatuses()
{
    static const std::vector<FollowUpStatus> all = {FollowUpStatus::Open,
                                                    FollowUpStatus::InProgress,
                                                    FollowUpStatus::Done, FollowUpStatus::Dropped};
    return all;
}

std::size_t characterCount(std::string_view utf8)
{
    std::size_t count = 0;
    for (const char c : utf8) {
        // Continuation bytes (10xxxxxx) belong to the character before them.
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U)
            ++count;
    }
    return count;
}

std::vector<FollowUpProblem> validate(const FollowUp &followUp,
                                      std::optional<boost::gregorian::date> ownerDate)
{
    std::vector<FollowUpProblem> problems;
    if (trimmed(followUp.action).empty())
        problems.push_back(FollowUpProblem::EmptyAction);
    if (!followUp.responsibleOpdId && trimmed(followUp.responsibleOther).empty())
        problems.push_back(FollowUpProblem::NoResponsible);
    if (ownerDate && followUp.dueDate && *followUp.dueDate < *ownerDate)
        problems.push_back(FollowUpProblem::DueBeforeOwnerDate);
    if (followUp.status == FollowUpStatus::Done && !followUp.doneDate)
        problems.push_back(FollowUpProblem::DoneWithoutDate);
    if (followUp.status != FollowUpStatus::Done && followUp.doneDate)
        problems.push_back(FollowUpProblem::DoneDateWhileNotDone);
    if (ownerDate && followUp.doneDate && *followUp.doneDate < *ownerDate)
        problems.push_back(FollowUpProblem::DoneBeforeOwnerDate);
    const auto longerThan = [](const std::string &text, int limit) {
        return characterCount(text) > static_cast<std::size_t>(limit);
    };
    if (longerThan(followUp.action, follow_up_limits::kAction))
        problems.push_back(FollowUpProblem::ActionTooLong);
    if (longerThan(followUp.responsibleOther, follow_up_limits::kResponsible)
        || longerThan(followUp.responsiblePerson, follow_up_limits::kResponsible))
        problems.push_back(FollowUpProblem::ResponsibleTooLong);
    if (longerThan(followUp.progressNotes, follow_up_limits::kNotes))
        problems.push_back(FollowUpProblem::NotesTooLong);
    return problems;
}

bool canChangeStatus(FollowUpStatus from, FollowUpStatus to)
{
    if (from == to)
        return true;
    switch (from) {
    case FollowUpStatus::Open:
    case FollowUpStatus::InProgress:
        return true;
    case FollowUpStatus::Done:
        return to == FollowUpStatus::InProgress || to == FollowUpStatus::Open;
    case FollowUpStatus::Dropped:
        return to == FollowUpStatus::Open;
    }
    return false;
}

FollowUp withStatus(FollowUp followUp, FollowUpStatus to, const boost::gregorian::date &today,
                    std::optional<boost::gregorian::date> doneOn)
{
    if (!canChangeStatus(followUp.status, to))
        throw DomainError(fmt::format("a follow-up cannot go from {} to {}",
                                      toString(followUp.status), toString(to)));
    if (to == FollowUpStatus::Done) {
        const auto date = doneOn ? *doneOn : (followUp.doneDate ? *followUp.doneDate : today);
        if (date > today)
            throw DomainError("a follow-up cannot be done on a day that has not come yet");
        followUp.doneDate = date;
    } else {
        followUp.doneDate.reset();
    }
    followUp.status = to;
    return followUp;
}

FollowUpStatus statusWhenReopened(std::optional<FollowUpStatus> before)
{
    return before && isPending(*before) ? *before : FollowUpStatus::InProgress;
}

bool isPending(FollowUpStatus status)
{
    return status == FollowUpStatus::Open || status == FollowUpStatus::InProgress;
}

bool isOverdue(const FollowUp &followUp, const boost::gregorian::date &today)
{
    return isPending(followUp.status) && followUp.dueDate && *followUp.dueDate < today;
}

bool isOverdue(const FollowUp &followUp, const Clock &clock)
{
    return isOverdue(followUp, clock.today());
}

int daysOverdue(const FollowUp &followUp, const boost::gregorian::date &today)
{
    if (!isOverdue(followUp, today))
        return 0;
    return static_cast<int>((today - *followUp.dueDate).days());
}

} // namespace konvergensi::core
