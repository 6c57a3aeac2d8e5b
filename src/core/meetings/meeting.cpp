// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/meeting.h"

#include "core/errors.h"
#include "core/text.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace konvergensi::core {

namespace {

template<typename Enum>
std::optional<Enum> fromString(std::string_view text, const std::vector<Enum> &all)
{
    for (const Enum value : all) {
        if (toString(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

std::string_view toString(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::RakorTpps:
        return "rakor";
    case MeetingKind::Rakornis:
        return "rakornis";
    case MeetingKind::RembukStunting:
        return "rembuk";
    case MeetingKind::AksDissemination:
        return "aks_dissemination";
    case MeetingKind::PerformanceReview:
        return "review";
    case MeetingKind::Consolidation:
        return "consolidation";
    case MeetingKind::Other:
        return "other";
    }
    return "other";
}

std::optional<MeetingKind> meetingKindFromString(std::string_view text)
{
    return fromString(text, allMeetingKinds());
}

const std::vector<MeetingKind> &allMeetingKinds()
{
    static const std::vector<MeetingKind> all = {MeetingKind::RakorTpps,
                                                 MeetingKind::Rakornis,
                                                 MeetingKind::RembukStunting,
                                                 MeetingKind::AksDissemination,
                                                 MeetingKind::PerformanceReview,
                                                 MeetingKind::Consolidation,
                                                 MeetingKind::Other};
    return all;
}

std::string_view toString(MeetingLevel level)
{
    switch (level) {
    case MeetingLevel::Kabupaten:
        return "kabupaten";
    case MeetingLevel::Kecamatan:
        return "kecamatan";
    case MeetingLevel::Desa:
        return "desa";
    }
    return "kabupaten";
}

std::optional<MeetingLevel> meetingLevelFromString(std::string_view text)
{
    return fromString(text, allMeetingLevels());
}

const std::vector<MeetingLevel> &allMeetingLevels()
{
    static const std::vector<MeetingLevel> all = {MeetingLevel::Kabupaten, MeetingLevel::Kecamatan,
                                                  MeetingLevel::Desa};
    return all;
}

std::string_view toString(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return "present";
    case AttendanceStatus::Represented:
        return "represented";
    case AttendanceStatus::Absent:
        return "absent";
    }
    return "present";
}

std::optional<AttendanceStatus> attendanceStatusFromString(std::string_view text)
{
    return fromString(text, allAttendanceStatuses());
}

const std::vector<AttendanceStatus> &allAttendanceStatuses()
{
    static const std::vector<AttendanceStatus> all = {
        AttendanceStatus::Present, AttendanceStatus::Represented, AttendanceStatus::Absent};
    return all;
}

int maxLength(MeetingField field)
{
    switch (field) {
    case MeetingField::Title:
    case MeetingField::Venue:
        return 200;
    case MeetingField::Chair:
    case MeetingField::ChairRepresentedBy:
    case MeetingField::ChairRepresentativePosition:
    case MeetingField::SecretaryName:
    case MeetingField::SecretaryPosition:
    case MeetingField::Attendee:
        return 150;
    case MeetingField::AgendaItem:
        return 300;
    case MeetingField::Decision:
        return 2000;
    case MeetingField::Summary:
        return 4000;
    case MeetingField::Minutes:
        return 60000;
    }
    return 150;
}

std::vector<MeetingIssue> validate(const Meeting &meeting)
{
    std::vector<MeetingIssue> issues;
    auto add = [&issues](MeetingProblem problem, int index = -1) {
        issues.push_back({problem, index, -1, std::nullopt, std::nullopt});
    };
    auto tooLong = [&issues](const std::string &text, MeetingField field, int index = -1) {
        if (characterCount(text) > static_cast<std::size_t>(maxLength(field)))
            issues.push_back(
                {MeetingProblem::TextTooLong, index, -1, std::nullopt, std::optional(field)});
    };
    if (trimmed(meeting.title).empty())
        add(MeetingProblem::EmptyTitle);
    if (meeting.date.is_special())
        add(MeetingProblem::NoDate);
    auto outOfRange = [](const std::optional<int> &minute) {
        return minute && (*minute < 0 || *minute >= 24 * 60);
    };
    if (outOfRange(meeting.startMinute) || outOfRange(meeting.endMinute))
        add(MeetingProblem::TimeOutOfRange);
    else if (meeting.startMinute && meeting.endMinute && *meeting.endMinute < *meeting.startMinute)
        add(MeetingProblem::EndBeforeStart);
    tooLong(meeting.title, MeetingField::Title);
    tooLong(meeting.venue, MeetingField::Venue);
    tooLong(meeting.chair, MeetingField::Chair);
    tooLong(meeting.chairRepresentedBy, MeetingField::ChairRepresentedBy);
    tooLong(meeting.chairRepresentativePosition, MeetingField::ChairRepresentativePosition);
    tooLong(meeting.secretaryName, MeetingField::SecretaryName);
    tooLong(meeting.secretaryPosition, MeetingField::SecretaryPosition);
    tooLong(meeting.summary, MeetingField::Summary);
    tooLong(meeting.minutes, MeetingField::Minutes);

    for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
        if (trimmed(meeting.agenda[i].text).empty())
            add(MeetingProblem::EmptyAgendaItem, static_cast<int>(i));
        tooLong(meeting.agenda[i].text, MeetingField::AgendaItem, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < meeting.attendees.size(); ++i) {
        const Attendee &attendee = meeting.attendees[i];
        if (trimmed(attendee.institution).empty() && trimmed(attendee.name).empty())
            add(MeetingProblem::AttendeeWithoutInstitutionOrName, static_cast<int>(i));
        if (attendee.status == AttendanceStatus::Represented
            && trimmed(attendee.representedBy).empty())
            add(MeetingProblem::RepresentedWithoutName, static_cast<int>(i));
        for (const std::string *text :
             {&attendee.institution, &attendee.name, &attendee.position, &attendee.representedBy})
            tooLong(*text, MeetingField::Attendee, static_cast<int>(i));
    }
    const std::optional<boost::gregorian::date> ownerDate = meeting.date.is_special()
                                                                ? std::nullopt
                                                                : std::optional(meeting.date);
    for (std::size_t d = 0; d < meeting.decisions.size(); ++d) {
        const Decision &decision = meeting.decisions[d];
        if (trimmed(decision.text).empty())
            add(MeetingProblem::EmptyDecision, static_cast<int>(d));
        tooLong(decision.text, MeetingField::Decision, static_cast<int>(d));
        for (std::size_t f = 0; f < decision.followUps.size(); ++f) {
            for (const FollowUpProblem problem : validate(decision.followUps[f], ownerDate))
                issues.push_back({MeetingProblem::FollowUp, static_cast<int>(d),
                                  static_cast<int>(f), problem, std::nullopt});
        }
    }
    return issues;
}

std::vector<AttendanceCount> attendanceByInstitution(const std::vector<Attendee> &attendees)
{
    std::vector<AttendanceCount> counts;
    for (const Attendee &attendee : attendees) {
        const std::string institution = trimmed(attendee.institution);
        auto it = std::find_if(counts.begin(), counts.end(), [&](const AttendanceCount &count) {
            return asciiLower(count.institution) == asciiLower(institution);
        });
        if (it == counts.end()) {
            counts.push_back({institution, 0, 0, 0, 0});
            it = counts.end() - 1;
        }
        ++it->invited;
        switch (attendee.status) {
        case AttendanceStatus::Present:
            ++it->present;
            break;
        case AttendanceStatus::Represented:
            ++it->represented;
            break;
        case AttendanceStatus::Absent:
            ++it->absent;
            break;
        }
    }
    return counts;
}

AttendanceCount attendanceTotals(const std::vector<Attendee> &attendees)
{
    AttendanceCount total;
    for (const AttendanceCount &count : attendanceByInstitution(attendees)) {
        total.invited += count.invited;
        total.present += count.present;
        total.represented += count.represented;
        total.absent += count.absent;
    }
    return total;
}

std::string toIsoTime(int minuteOfDay)
{
    if (minuteOfDay < 0 || minuteOfDay >= 24 * 60)
        throw DomainError(fmt::format("{} is not a minute of the day", minuteOfDay));
    return fmt::format("{:02}:{:02}", minuteOfDay / 60, minuteOfDay % 60);
}

std::optional<int> parseTimeOfDay(std::string_view text)
{
    const std::string t = trimmed(text);
    const auto separator = t.find_first_of(":.");
    if (separator == std::string::npos || separator == 0 || separator > 2
        || t.size() != separator + 3)
        return std::nullopt;
    auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
        int value = 0;
        const char *first = t.data() + pos;
        const char *last = first + len;
        auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec != std::errc() || ptr != last)
            return std::nullopt;
        return value;
    };
    const auto hour = number(0, separator);
    const auto minute = number(separator + 1, 2);
    if (!hour || !minute || *hour > 23 || *minute > 59)
        return std::nullopt;
    return *hour * 60 + *minute;
}

std::vector<FollowUpRef> allFollowUps(const Meeting &meeting)
{
    std::vector<FollowUpRef> out;
    for (std::size_t d = 0; d < meeting.decisions.size(); ++d) {
        const auto &followUps = meeting.decisions[d].followUps;
        for (std::size_t f = 0; f < followUps.size(); ++f)
            out.push_back({static_cast<int>(d), static_cast<int>(f), &followUps[f]});
    }
    return out;
}

} // namespace konvergensi::core
