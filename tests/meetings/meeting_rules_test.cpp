// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting module's rules in core: follow-up statuses and their transitions, overdue by
// the injected clock, meeting validation, attendance counts, times of day. No Qt.
#include "core/clock.h"
#include "core/errors.h"
#include "core/followups/follow_up.h"
#include "core/meetings/meeting.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <gtest/gtest.h>

#include <algorithm>

using namespace konvergensi::core;
using boost::gregorian::date;

namespace {

FollowUp followUp(std::optional<date> due, FollowUpStatus status = FollowUpStatus::Open)
{
    FollowUp f;
    f.ownerType = std::string(follow_up_owner::kMeetingDecision);
    f.action = "Pendampingan gizi";
    f.responsibleOpdId = 3;
    f.dueDate = due;
    f.status = status;
    if (status == FollowUpStatus::Done)
        f.doneDate = date(2024, 1, 10);
    return f;
}

Meeting goodMeeting()
{
    Meeting m;
    m.title = "Rakornis TPPS";
    m.date = date(2023, 12, 5);
    m.startMinute = 9 * 60;
    m.endMinute = 12 * 60 + 30;
    m.agenda = {{"Diseminasi AKS"}};
    m.attendees = {{1, {}, "Dinkes", "dr. A", "Kepala Dinas", AttendanceStatus::Present, ""}};
    Decision d;
    d.text = "Rekomendasi ditindaklanjuti";
    d.followUps = {followUp(date(2024, 3, 31))};
    m.decisions = {d};
    return m;
}

bool has(const std::vector<MeetingIssue> &issues, MeetingProblem problem)
{
    return std::any_of(issues.begin(), issues.end(),
                       [problem](const MeetingIssue &i) { return i.problem == problem; });
}

} // namespace

TEST(FollowUpRulesTest, StatusWordsRoundTrip)
{
    for (const FollowUpStatus status : allFollowUpStatuses())
        EXPECT_EQ(followUpStatusFromString(toString(status)), status);
    EXPECT_EQ(toString(FollowUpStatus::InProgress), "in_progress");
    EXPECT_FALSE(followUpStatusFromString("finished").has_value());
}

TEST(FollowUpRulesTest, TransitionsFollowTheLifeOfAFollowUp)
{
    using S = FollowUpStatus;
    EXPECT_TRUE(canChangeStatus(S::Open, S::InProgress));
    EXPECT_TRUE(canChangeStatus(S::Open, S::Done));
    EXPECT_TRUE(canChangeStatus(S::Open, S::Dropped));
    EXPECT_TRUE(canChangeStatus(S::InProgress, S::Open));
    EXPECT_TRUE(canChangeStatus(S::InProgress, S::Done));
    EXPECT_TRUE(canChangeStatus(S::Done, S::InProgress)) << "reopened";
    EXPECT_TRUE(canChangeStatus(S::Done, S::Open)) << "reopened to where it stood before";
    EXPECT_FALSE(canChangeStatus(S::Done, S::Dropped));
    EXPECT_TRUE(canChangeStatus(S::Dropped, S::Open));
    EXPECT_FALSE(canChangeStatus(S::Dropped, S::Done));
    for (const S status : allFollowUpStatuses())
        EXPECT_TRUE(canChangeStatus(status, status));
}

TEST(FollowUpRulesTest, DoneGetsTodayAndLeavingDoneClearsTheDate)
{
    const date today(2024, 5, 2);
    FollowUp f = withStatus(followUp(date(2024, 3, 31)), FollowUpStatus::Done, today);
    EXPECT_EQ(f.status, FollowUpStatus::Done);
    EXPECT_EQ(f.doneDate, today);
    const FollowUp earlier = withStatus(followUp(date(2024, 3, 31)), FollowUpStatus::Done, today,
                                        date(2024, 4, 1));
    EXPECT_EQ(earlier.doneDate, date(2024, 4, 1));
    f = withStatus(f, FollowUpStatus::InProgress, today);
    EXPECT_FALSE(f.doneDate.has_value());
    EXPECT_THROW(
        withStatus(followUp(date(2024, 3, 31)), FollowUpStatus::Done, today, date(2024, 5, 3)),
        DomainError)
        << "not done on a day to come";
    FollowUp dropped = withStatus(followUp({}), FollowUpStatus::Dropped, today);
    EXPECT_THROW(withStatus(dropped, FollowUpStatus::Done, today), DomainError);
}

TEST(FollowUpRulesTest, OverdueIsPendingAndPastDueByTheClock)
{
    FixedClock clock(date(2024, 4, 1));
    const FollowUp due = followUp(date(2024, 3, 31));
    EXPECT_TRUE(isOverdue(due, clock));
    EXPECT_EQ(daysOverdue(due, clock.today()), 1);
    clock.set(boost::posix_time::ptime(date(2024, 3, 31)));
    EXPECT_FALSE(isOverdue(due, clock)) << "due today is not yet late";
    EXPECT_EQ(daysOverdue(due, clock.today()), 0);
    clock.set(boost::posix_time::ptime(date(2026, 11, 20)));
    EXPECT_TRUE(isOverdue(followUp(date(2024, 3, 31), FollowUpStatus::InProgress), clock));
    EXPECT_FALSE(isOverdue(followUp(date(2024, 3, 31), FollowUpStatus::Done), clock));
    EXPECT_FALSE(isOverdue(followUp(date(2024, 3, 31), FollowUpStatus::Dropped), clock));
    EXPECT_FALSE(isOverdue(followUp(std::nullopt), clock)) << "no due date, never overdue";
}

TEST(FollowUpRulesTest, ValidationNamesEachProblem)
{
    EXPECT_TRUE(validate(followUp(date(2024, 3, 31)), date(2023, 12, 5)).empty());
    FollowUp f = followUp(date(2023, 12, 1));
    f.action = "  ";
    f.responsibleOpdId.reset();
    const auto problems = validate(f, date(2023, 12, 5));
    EXPECT_EQ(problems, (std::vector<FollowUpProblem>{FollowUpProblem::EmptyAction,
                                                      FollowUpProblem::NoResponsible,
                                                      FollowUpProblem::DueBeforeOwnerDate}));
    FollowUp puskesmas = followUp(date(2024, 1, 1));
    puskesmas.responsibleOpdId.reset();
    puskesmas.responsibleOther = "Puskesmas Bantan";
    EXPECT_TRUE(validate(puskesmas).empty()) << "a unit outside the directory is responsible too";
    FollowUp doneNoDate = followUp(date(2024, 1, 1));
    doneNoDate.status = FollowUpStatus::Done;
    EXPECT_EQ(validate(doneNoDate), std::vector<FollowUpProblem>{FollowUpProblem::DoneWithoutDate});
    FollowUp openWithDate = followUp(date(2024, 1, 1));
    openWithDate.doneDate = date(2024, 1, 2);
    EXPECT_EQ(validate(openWithDate),
              std::vector<FollowUpProblem>{FollowUpProblem::DoneDateWhileNotDone});
}

TEST(MeetingRulesTest, AGoodMeetingHasNoIssues)
{
    EXPECT_TRUE(validate(goodMeeting()).empty());
}

TEST(MeetingRulesTest, EmptyTitleEndBeforeStartAndFollowUpProblemsAreFound)
{
    Meeting m = goodMeeting();
    m.title = " ";
    m.endMinute = 8 * 60;
    m.decisions[0].followUps[0].responsibleOpdId.reset();
    m.decisions[0].followUps[0].dueDate = date(2023, 11, 30);
    const auto issues = validate(m);
    EXPECT_TRUE(has(issues, MeetingProblem::EmptyTitle));
    EXPECT_TRUE(has(issues, MeetingProblem::EndBeforeStart));
    const MeetingIssue noOpd{MeetingProblem::FollowUp, 0, 0, FollowUpProblem::NoResponsible};
    const MeetingIssue early{MeetingProblem::FollowUp, 0, 0, FollowUpProblem::DueBeforeOwnerDate};
    EXPECT_NE(std::find(issues.begin(), issues.end(), noOpd), issues.end());
    EXPECT_NE(std::find(issues.begin(), issues.end(), early), issues.end());
}

TEST(MeetingRulesTest, PartsAreCheckedWithTheirPlace)
{
    Meeting m = goodMeeting();
    m.date = date(boost::gregorian::not_a_date_time);
    m.agenda.push_back({""});
    m.attendees.push_back({});
    m.attendees.push_back({{}, {}, "Kodim 0303", "", "", AttendanceStatus::Represented, ""});
    m.decisions.push_back({});
    m.startMinute = 25 * 60;
    const auto issues = validate(m);
    EXPECT_TRUE(has(issues, MeetingProblem::NoDate));
    EXPECT_TRUE(has(issues, MeetingProblem::TimeOutOfRange));
    EXPECT_NE(std::find(issues.begin(), issues.end(),
                        MeetingIssue{MeetingProblem::EmptyAgendaItem, 1, -1, std::nullopt}),
              issues.end());
    EXPECT_NE(std::find(issues.begin(), issues.end(),
                        MeetingIssue{MeetingProblem::AttendeeWithoutInstitutionOrName, 1, -1,
                                     std::nullopt}),
              issues.end());
    EXPECT_NE(std::find(issues.begin(), issues.end(),
                        MeetingIssue{MeetingProblem::RepresentedWithoutName, 2, -1, std::nullopt}),
              issues.end());
    EXPECT_NE(std::find(issues.begin(), issues.end(),
                        MeetingIssue{MeetingProblem::EmptyDecision, 1, -1, std::nullopt}),
              issues.end());
}

TEST(MeetingRulesTest, AttendanceIsCountedPerInstitution)
{
    std::vector<Attendee> attendees = {
        {1, {}, "Dinkes", "A", "", AttendanceStatus::Present, ""},
        {2, {}, "Bappeda", "B", "", AttendanceStatus::Present, ""},
        {1, {}, "dinkes", "C", "", AttendanceStatus::Represented, "D"},
        {{}, {}, "Kodim 0303", "", "", AttendanceStatus::Absent, ""},
    };
    const auto counts = attendanceByInstitution(attendees);
    ASSERT_EQ(counts.size(), 3U);
    EXPECT_EQ(counts[0], (AttendanceCount{"Dinkes", 2, 1, 1, 0})) << "case-blind, first spelling";
    EXPECT_EQ(counts[1], (AttendanceCount{"Bappeda", 1, 1, 0, 0}));
    EXPECT_EQ(counts[2], (AttendanceCount{"Kodim 0303", 1, 0, 0, 1}));
    EXPECT_EQ(attendanceTotals(attendees), (AttendanceCount{"", 4, 2, 1, 1}));
}

TEST(MeetingRulesTest, TimesOfDay)
{
    EXPECT_EQ(parseTimeOfDay("09:30"), 570);
    EXPECT_EQ(parseTimeOfDay(" 9.05 "), 545);
    EXPECT_EQ(parseTimeOfDay("23:59"), 23 * 60 + 59);
    EXPECT_FALSE(parseTimeOfDay("24:00"));
    EXPECT_FALSE(parseTimeOfDay("9:7"));
    EXPECT_FALSE(parseTimeOfDay("09:60"));
    EXPECT_FALSE(parseTimeOfDay("pagi"));
    EXPECT_FALSE(parseTimeOfDay(""));
    EXPECT_EQ(toIsoTime(570), "09:30");
    EXPECT_THROW(toIsoTime(24 * 60), DomainError);
}

TEST(MeetingRulesTest, KindLevelAndAttendanceWordsRoundTrip)
{
    for (const MeetingKind kind : allMeetingKinds())
        EXPECT_EQ(meetingKindFromString(toString(kind)), kind);
    for (const MeetingLevel level : allMeetingLevels())
        EXPECT_EQ(meetingLevelFromString(toString(level)), level);
    for (const AttendanceStatus status : allAttendanceStatuses())
        EXPECT_EQ(attendanceStatusFromString(toString(status)), status);
    EXPECT_EQ(allMeetingKinds().size(), 7U);
    EXPECT_FALSE(meetingKindFromString("party"));
}
