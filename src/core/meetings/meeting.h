// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/follow_up.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::core {

/// The kinds of TPPS meeting. Stored as "rakor", "rakornis", "rembuk", "aks_dissemination",
/// "review", "consolidation", "other".
enum class MeetingKind {
    RakorTpps,         ///< Rapat Koordinasi TPPS
    Rakornis,          ///< Rapat Koordinasi Teknis
    RembukStunting,    ///< the annual district forum (Aksi 3)
    AksDissemination,  ///< Diseminasi Audit Kasus Stunting
    PerformanceReview, ///< Reviu Kinerja (Aksi 8)
    Consolidation,     ///< Rapat Pemantapan
    Other,
};
std::string_view toString(MeetingKind kind);
std::optional<MeetingKind> meetingKindFromString(std::string_view text);
const std::vector<MeetingKind> &allMeetingKinds();

/// The level of government at which a meeting is held. Stored as "kabupaten", "kecamatan",
/// "desa".
enum class MeetingLevel { Kabupaten, Kecamatan, Desa };
std::string_view toString(MeetingLevel level);
std::optional<MeetingLevel> meetingLevelFromString(std::string_view text);
const std::vector<MeetingLevel> &allMeetingLevels();

/// Stored as "present", "represented", "absent".
enum class AttendanceStatus { Present, Represented, Absent };
std::string_view toString(AttendanceStatus status);
std::optional<AttendanceStatus> attendanceStatusFromString(std::string_view text);
const std::vector<AttendanceStatus> &allAttendanceStatuses();

/// One item of the agenda; the order is the order in Meeting::agenda.
struct AgendaItem
{
    std::string text;

    friend bool operator==(const AgendaItem &, const AgendaItem &) = default;
};

/// One invited OPD or person and whether they came.
struct Attendee
{
    std::optional<std::int64_t> opdId;    ///< the OPD from the directory, when picked there
    std::optional<std::int64_t> personId; ///< the person from the directory, when picked there
    std::string institution; ///< the OPD's short name or a body typed in ("Kodim 0303")
    std::string name;        ///< the invited person; empty when only the OPD was invited
    std::string position;    ///< "Kepala Dinas"
    AttendanceStatus status = AttendanceStatus::Present;
    std::string representedBy; ///< who came instead, when represented

    friend bool operator==(const Attendee &, const Attendee &) = default;
};

/// An agreement reached at a meeting (kesepakatan), with its follow-ups.
struct Decision
{
    std::int64_t id = 0; ///< 0 until stored
    std::string text;
    std::vector<FollowUp> followUps;

    friend bool operator==(const Decision &, const Decision &) = default;
};

/// A TPPS meeting as recorded by the secretariat.
struct Meeting
{
    std::int64_t id = 0; ///< 0 until stored
    MeetingKind kind = MeetingKind::RakorTpps;
    MeetingLevel level = MeetingLevel::Kabupaten;
    std::string regionCode; ///< the region it was held for ("14.03"); may be empty
    std::string title;
    boost::gregorian::date date{boost::gregorian::not_a_date_time};
    std::optional<int> startMinute; ///< minutes after midnight: 9:30 is 570
    std::optional<int> endMinute;
    std::string venue;
    std::string chair; ///< "Bupati Bengkalis"
    /// Who chaired in the chair's place, when represented: a name, a position, or both
    /// ("Staf Ahli Bupati Bidang Kemasyarakatan dan SDM" is enough when no name is recorded).
    std::string chairRepresentedBy;
    std::string chairRepresentativePosition;
    std::string servesAction; ///< key of the convergence action it serves ("3"); may be empty
    std::string summary;
    std::string minutes;       ///< full notulen
    std::string secretaryName; ///< who signs the minutes; the letterhead's signatory when empty
    std::string secretaryPosition;
    std::vector<AgendaItem> agenda;
    std::vector<Attendee> attendees;
    std::vector<Decision> decisions;
    int rowVersion = 0;

    friend bool operator==(const Meeting &, const Meeting &) = default;
};

/// The texts of a meeting that have a length limit.
enum class MeetingField {
    Title,
    Venue,
    Chair,
    ChairRepresentedBy,
    ChairRepresentativePosition,
    SecretaryName,
    SecretaryPosition,
    Summary,
    Minutes,
    AgendaItem, ///< one item of the agenda
    Attendee,   ///< an attendance row's institution, name, position or representative
    Decision,   ///< the text of one decision
};

/// The most characters a field may hold: a title fits a table row and a printed heading,
/// names and positions a line of the attendance sheet.
int maxLength(MeetingField field);

/// What is wrong with a meeting as entered. The indexes say where (0-based); -1 when the
/// problem is the meeting's own.
enum class MeetingProblem {
    EmptyTitle,
    NoDate,
    TimeOutOfRange, ///< a time outside 00:00..23:59
    EndBeforeStart,
    EmptyAgendaItem,
    AttendeeWithoutInstitutionOrName,
    RepresentedWithoutName, ///< status represented but nobody named
    EmptyDecision,
    FollowUp,    ///< see followUpProblem
    TextTooLong, ///< see field (and index for agenda items, attendees and decisions)
};

struct MeetingIssue
{
    MeetingProblem problem;
    int index = -1;         ///< agenda item, attendee or decision
    int followUpIndex = -1; ///< the follow-up within the decision
    std::optional<FollowUpProblem> followUpProblem;
    std::optional<MeetingField> field; ///< for TextTooLong

    friend bool operator==(const MeetingIssue &, const MeetingIssue &) = default;
};

/// Checks a whole meeting, its agenda, attendance, decisions and follow-ups (due dates must
/// not lie before the meeting). Empty when good.
std::vector<MeetingIssue> validate(const Meeting &meeting);

/// Attendance counted per institution (OPD), in the order institutions first appear.
struct AttendanceCount
{
    std::string institution;
    int invited = 0;
    int present = 0;
    int represented = 0;
    int absent = 0;

    friend bool operator==(const AttendanceCount &, const AttendanceCount &) = default;
};
std::vector<AttendanceCount> attendanceByInstitution(const std::vector<Attendee> &attendees);
/// Totals over every attendee (institution left empty).
AttendanceCount attendanceTotals(const std::vector<Attendee> &attendees);

/// "09:30" from 570; throws DomainError outside 0..1439.
std::string toIsoTime(int minuteOfDay);
/// Minutes after midnight from "9:30" or "09:30" (also "09.30"); nullopt when not a time.
std::optional<int> parseTimeOfDay(std::string_view text);

/// The meeting's follow-ups, every decision in order, with the decision's index.
struct FollowUpRef
{
    int decisionIndex;
    int followUpIndex;
    const FollowUp *followUp;
};
std::vector<FollowUpRef> allFollowUps(const Meeting &meeting);

} // namespace konvergensi::core
