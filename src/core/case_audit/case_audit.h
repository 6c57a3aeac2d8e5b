// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Audit Kasus Stunting (AKS): audit rounds, audited cases, the NIK check, the privacy rules
// for lists and exports, and the round summaries. Plain C++ (no Qt).

#include "core/followups/follow_up.h"
#include "core/format.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace konvergensi::core {

/// Whom an audited case is about. Stored as "catin", "pregnant", "postpartum", "baduta",
/// "balita".
enum class AuditTargetGroup { Catin, Pregnant, Postpartum, Baduta, Balita };
std::string_view toString(AuditTargetGroup group);
std::optional<AuditTargetGroup> auditTargetGroupFromString(std::string_view text);
const std::vector<AuditTargetGroup> &allAuditTargetGroups();

/// The steps of an audit round, in order. Stored as "selection", "review", "plan",
/// "dissemination", "monitoring".
enum class AuditStepKind { CaseSelection, ExpertReview, FollowUpPlan, Dissemination, Monitoring };
std::string_view toString(AuditStepKind kind);
std::optional<AuditStepKind> auditStepKindFromString(std::string_view text);
const std::vector<AuditStepKind> &allAuditStepKinds();

/// Stored as "not_started", "in_progress", "done".
enum class AuditStepStatus { NotStarted, InProgress, Done };
std::string_view toString(AuditStepStatus status);
std::optional<AuditStepStatus> auditStepStatusFromString(std::string_view text);

/// Stored as "m" / "f".
enum class Sex { Male, Female };
std::string_view toString(Sex sex);
std::optional<Sex> sexFromString(std::string_view text);

/// A member of the audit team or of the expert panel.
struct AuditTeamMember
{
    std::string name;
    std::string role;    ///< "Dokter spesialis anak", "Ahli gizi", "Ketua tim", ...
    bool expert = false; ///< member of the expert panel (pakar)
    friend bool operator==(const AuditTeamMember &, const AuditTeamMember &) = default;
};

struct AuditStep
{
    AuditStepKind kind = AuditStepKind::CaseSelection;
    std::optional<boost::gregorian::date> plannedDate;
    std::optional<boost::gregorian::date> doneDate;
    AuditStepStatus status = AuditStepStatus::NotStarted;
    friend bool operator==(const AuditStep &, const AuditStep &) = default;
};

/// One audit round: one per semester.
struct AuditRound
{
    std::int64_t id = 0;
    int year = 0;
    int semester = 1; ///< 1 or 2
    std::string title;
    std::vector<AuditTeamMember> team;
    std::vector<AuditStep> steps; ///< one per step kind, in step order
    std::optional<std::int64_t> disseminationMeetingId;
    std::string notes;
    int rowVersion = 0;
    friend bool operator==(const AuditRound &, const AuditRound &) = default;
};

/// A new round with all five steps not started and a default title ("AKS 2023 semester II").
AuditRound newAuditRound(int year, int semester);
/// The semester a date falls in: 1 for January to June, 2 for July to December. A new round
/// is proposed for the semester of today.
int semesterOf(const boost::gregorian::date &date);
/// "2023 semester II"
std::string roundLabel(int year, int semester);

enum class AuditRoundProblem {
    BadYear,
    BadSemester,
    EmptyTitle,
    TeamMemberWithoutName,
    DuplicateStep,
    DoneStepWithoutDate
};
std::vector<AuditRoundProblem> validate(const AuditRound &round);

/// Who the case is. Personal data: never in lists, logs or default exports.
struct CaseIdentity
{
    std::string name;
    std::string nik;
    std::optional<boost::gregorian::date> birthDate;
    std::optional<Sex> sex;
    std::string parentsOrPartner; ///< parents of a child, husband / partner of a woman
    friend bool operator==(const CaseIdentity &, const CaseIdentity &) = default;
};

/// An audited case.
struct AuditCase
{
    std::int64_t id = 0;
    std::int64_t roundId = 0;
    std::string caseNumber; ///< "01": unique within the round (core/case_audit/case_numbers.h)
    AuditTargetGroup targetGroup = AuditTargetGroup::Baduta;
    std::string villageCode;
    /// Empty when not loaded: storing a case without identity keeps the stored one.
    std::optional<CaseIdentity> identity;
    std::optional<boost::gregorian::date> assessedOn; ///< when the finding was measured
    std::string finding; ///< "PB/U -2,6 SD", "LiLA 22 cm (KEK)", "Hb 9,8 g/dL"
    std::vector<std::int64_t> riskFactorIds;
    std::string causes; ///< the expert panel's conclusion on causes
    std::string recommendations;
    int rowVersion = 0;
    friend bool operator==(const AuditCase &, const AuditCase &) = default;
};

enum class AuditCaseProblem { NoDesa, NoName, NikInvalid, BirthDateInFuture };
std::vector<AuditCaseProblem> validate(const AuditCase &auditCase,
                                       const boost::gregorian::date &today);

/// An entry of the risk-factor checklist (extendable by the user).
struct RiskFactor
{
    std::int64_t id = 0;
    std::string label;
    friend bool operator==(const RiskFactor &, const RiskFactor &) = default;
};

// ---------------------------------------------------------------------------------------
// NIK (Nomor Induk Kependudukan)

enum class NikProblem {
    NotSixteenDigits,  ///< blocking
    BadRegionPart,     ///< blocking: no such province / zero district or kecamatan
    BadBirthDatePart,  ///< blocking: digits 7-12 are not DDMMYY (DD + 40 for women)
    ZeroSerial,        ///< blocking: serial 0000
    BirthDateMismatch, ///< blocking: disagrees with the entered birth date
    SexMismatch,       ///< blocking: disagrees with the entered sex
    OtherDistrict,     ///< note only: registered in another district (people move)
};
bool isBlocking(NikProblem problem);

/// The parts of a NIK read back.
struct NikParts
{
    std::string regionCode; ///< "14.03.01"
    int day = 0, month = 0, yearTwoDigits = 0;
    Sex sex = Sex::Male;
    std::string serial;
};
/// The parts of a syntactically valid NIK (16 digits, plausible region and date).
std::optional<NikParts> parseNik(std::string_view nik);

/// Checks a NIK. `birthDate` and `sex` are compared when known; `districtCode` ("14.03") is
/// the workspace district: a NIK from another district is only a note.
std::vector<NikProblem> checkNik(std::string_view nik,
                                 std::optional<boost::gregorian::date> birthDate = {},
                                 std::optional<Sex> sex = {}, std::string_view districtCode = {});
/// True when none of the problems blocks saving.
bool nikAcceptable(const std::vector<NikProblem> &problems);

// ---------------------------------------------------------------------------------------
// Privacy

/// "Siti Aminah binti Ahmad" -> "S.A.A." (particles bin/binti/bt/b. skipped).
std::string initials(std::string_view name);
/// Whole months between birth and the reference date (0 when born after it).
int ageInMonths(const boost::gregorian::date &birth, const boost::gregorian::date &on);
/// "18 bulan" under two years, "3 tahun 2 bulan" under five, "27 tahun" above.
std::string ageLabel(const boost::gregorian::date &birth, const boost::gregorian::date &on,
                     Language language);

/// The same from whole months.
std::string ageLabelFromMonths(int months, Language language);

/// What a list may show of a case: initials and age, never the identity.
struct CaseListEntry
{
    std::int64_t id = 0;
    std::int64_t roundId = 0;
    std::string caseNumber;
    AuditTargetGroup targetGroup = AuditTargetGroup::Baduta;
    std::string villageCode;
    std::string villageName;
    std::string initials;
    std::optional<int> ageMonths;
    std::optional<Sex> sex;
    std::string finding;
    int riskFactorCount = 0;
    int followUps = 0;
    int followUpsDone = 0;
};
/// The privacy-safe projection of a case (age at the assessment date, else at `today`).
CaseListEntry toListEntry(const AuditCase &auditCase, const CaseIdentity &identity,
                          const boost::gregorian::date &today);

/// Columns of a case export. The identity columns appear only when asked for.
enum class CaseColumn {
    Number,
    TargetGroup,
    Kecamatan,
    Desa,
    Initials,
    Age,
    Sex,
    Name,
    Nik,
    BirthDate,
    ParentsOrPartner,
    Finding,
    RiskFactors,
    Causes,
    Recommendations,
    FollowUps,
    FollowUpsDone
};
std::vector<CaseColumn> caseExportColumns(bool includeIdentity);
bool isIdentityColumn(CaseColumn column);

// ---------------------------------------------------------------------------------------
// Summaries

struct RoundSummary
{
    int cases = 0;
    std::map<AuditTargetGroup, int> byTargetGroup;
    std::vector<std::pair<std::string, int>> byKecamatan;     ///< kecamatan code, most cases first
    std::vector<std::pair<std::int64_t, int>> topRiskFactors; ///< id, count; most frequent first
    int followUps = 0;
    int followUpsDone = 0;
    int followUpsDropped = 0;
    int followUpsPending = 0;
    int followUpsOverdue = 0;
    /// Done / (all - dropped) in percent; nullopt without follow-ups.
    std::optional<double> completionPercent() const;
};

/// Summarises a round's cases and their follow-ups. `topRisk` limits the risk-factor list.
RoundSummary summarize(const std::vector<AuditCase> &cases, const std::vector<FollowUp> &followUps,
                       const boost::gregorian::date &today, std::size_t topRisk = 5);

/// "14.03.01" for the desa "14.03.01.2001"; empty for a code without a kecamatan part.
std::string kecamatanOf(std::string_view villageCode);

} // namespace konvergensi::core
