// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/followups/follow_up_words.h"

#include "qtsupport/text.h"

#include <QCoreApplication>

namespace konvergensi::reports {

QString followUpStatusName(core::FollowUpStatus status)
{
    switch (status) {
    case core::FollowUpStatus::Open:
        return QCoreApplication::translate("FollowUps", "Not started");
    case core::FollowUpStatus::InProgress:
        return QCoreApplication::translate("FollowUps", "In progress");
    case core::FollowUpStatus::Done:
        return QCoreApplication::translate("FollowUps", "Done");
    case core::FollowUpStatus::Dropped:
        return QCoreApplication::translate("FollowUps", "Dropped");
    }
    return {};
}

QString describe(core::FollowUpProblem problem)
{
    // lupdate reads the count only when it is a plain name.
    const int actionLimit = core::follow_up_limits::kAction;
    const int responsibleLimit = core::follow_up_limits::kResponsible;
    const int notesLimit = core::follow_up_limits::kNotes;
    switch (problem) {
    case core::FollowUpProblem::EmptyAction:
        return QCoreApplication::translate("FollowUps", "Say what is to be done.");
    case core::FollowUpProblem::NoResponsible:
        return QCoreApplication::translate(
            "FollowUps", "Choose the responsible OPD (or name another responsible unit).");
    case core::FollowUpProblem::DueBeforeOwnerDate:
        return QCoreApplication::translate("FollowUps",
                                           "The due date lies before the meeting it comes from.");
    case core::FollowUpProblem::DoneWithoutDate:
        return QCoreApplication::translate("FollowUps",
                                           "A follow-up that is done needs the date it was done.");
    case core::FollowUpProblem::DoneDateWhileNotDone:
        return QCoreApplication::translate("FollowUps",
                                           "Only a follow-up that is done has a date done.");
    case core::FollowUpProblem::DoneBeforeOwnerDate:
        return QCoreApplication::translate("FollowUps",
                                           "The date done lies before the meeting it comes from.");
    case core::FollowUpProblem::ActionTooLong:
        return QCoreApplication::translate("FollowUps",
                                           "What is to be done may be at most %n characters long.",
                                           nullptr, actionLimit);
    case core::FollowUpProblem::ResponsibleTooLong:
        return QCoreApplication::translate(
            "FollowUps", "The responsible unit and the person may be at most %n characters long.",
            nullptr, responsibleLimit);
    case core::FollowUpProblem::NotesTooLong:
        return QCoreApplication::translate("FollowUps",
                                           "The progress notes may be at most %n characters long.",
                                           nullptr, notesLimit);
    }
    return {};
}

QString overdueText(int days)
{
    return QCoreApplication::translate("FollowUps", "Overdue by %n days", nullptr, days);
}

QString followUpStatusToday(const core::FollowUp &followUp, const boost::gregorian::date &today,
                            core::Language language)
{
    if (followUp.status == core::FollowUpStatus::Done && followUp.doneDate)
        return QCoreApplication::translate("FollowUps", "Done on %1")
            .arg(qs(core::formatDate(*followUp.doneDate, language)));
    QString text = followUpStatusName(followUp.status);
    if (core::isOverdue(followUp, today))
        text += QStringLiteral(" — ")
                + QCoreApplication::translate("FollowUps", "overdue by %n days", nullptr,
                                              core::daysOverdue(followUp, today));
    return text;
}

QString statusChangeRefused()
{
    return QCoreApplication::translate(
        "FollowUps",
        "A follow-up that is done can only be reopened, and a dropped one only taken up "
        "again as not started.");
}

QString doneDateInFuture()
{
    return QCoreApplication::translate("FollowUps", "The date done cannot lie in the future.");
}

} // namespace konvergensi::reports
