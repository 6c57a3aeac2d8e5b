// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case_audit/case_audit.h"

#include "core/text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace konvergensi::core {

namespace {

template<typename E, std::size_t N>
std::optional<E> fromTable(const std::array<std::pair<E, std::string_view>, N> &table,
                           std::string_view text)
{
    for (const auto &[value, name] : table)
        if (name == text)
            return value;
    return std::nullopt;
}

template<typename E, std::size_t N>
std::string_view toTable(const std::array<std::pair<E, std::string_view>, N> &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return name;
    return {};
}

constexpr std::array<std::pair<AuditTargetGroup, std::string_view>, 5> kGroups{{
    {AuditTargetGroup::Catin, "catin"},
    {AuditTargetGroup::Pregnant, "pregnant"},
    {AuditTargetGroup::Postpartum, "postpartum"},
    {AuditTargetGroup::Baduta, "baduta"},
    {AuditTargetGroup::Balita, "balita"},
}};
constexpr std::array<std::pair<AuditStepKind, std::string_view>, 5> kSteps{{
    {AuditStepKind::CaseSelection, "selection"},
    {AuditStepKind::ExpertReview, "review"},
    {AuditStepKind::FollowUpPlan, "plan"},
    {AuditStepKind::Dissemination, "dissemination"},
    {AuditStepKind::Monitoring, "monitoring"},
}};
constexpr std::array<std::pair<AuditStepStatus, std::string_view>, 3> kStepStatuses{{
    {AuditStepStatus::NotStarted, "not_started"},
    {AuditStepStatus::InProgress, "in_progress"},
    {AuditStepStatus::Done, "done"},
}};
constexpr std::array<std::pair<Sex, std::string_view>, 2> kSexes{{
    {Sex::Male, "m"},
    {Sex::Female, "f"},
}};

bool allDigits(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

bool validDate(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    return day <= boost::gregorian::gregorian_calendar::end_of_month_day(
               static_cast<unsigned short>(year), static_cast<unsigned short>(month));
}

// Province codes of Dukcapil / Kemendagri.
bool knownProvince(int code)
{
    static const std::set<int> provinces{11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33,
                                         34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72,
                                         73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96};
    return provinces.contains(code);
}

} // namespace

std::string_view toString(AuditTargetGroup group)
{
    return toTable(kGroups, group);
}
std::optional<AuditTargetGroup> auditTargetGroupFromString(std::string_view text)
{
    return fromTable(kGroups, text);
}
const std::vector<AuditTargetGroup> &allAuditTargetGroups()
{
    static const std::vector<AuditTargetGroup> all{
        AuditTargetGroup::Catin, AuditTargetGroup::Pregnant, AuditTargetGroup::Postpartum,
        AuditTargetGroup::Baduta, AuditTargetGroup::Balita};
    return all;
}

std::string_view toString(AuditStepKind kind)
{
    return toTable(kSteps, kind);
}
std::optional<AuditStepKind> auditStepKindFromString(std::string_view text)
{
    return fromTable(kSteps, text);
}
const std::vector<AuditStepKind> &allAuditStepKinds()
{
    static const std::vector<AuditStepKind> all{
        AuditStepKind::CaseSelection, AuditStepKind::ExpertReview, AuditStepKind::FollowUpPlan,
        AuditStepKind::Dissemination, AuditStepKind::Monitoring};
    return all;
}

std::string_view toString(AuditStepStatus status)
{
    return toTable(kStepStatuses, status);
}
std::optional<AuditStepStatus> auditStepStatusFromString(std::string_view text)
{
    return fromTable(kStepStatuses, text);
}

std::string_view toString(Sex sex)
{
    return toTable(kSexes, sex);
}
std::optional<Sex> sexFromString(std::string_view text)
{
    return fromTable(kSexes, text);
}

std::string roundLabel(int year, int semester)
{
    return std::to_string(year) + " semester " + (semester == 1 ? "I" : "II");
}

AuditRound newAuditRound(int year, int semester)
{
    AuditRound round;
    round.year = year;
    round.semester = semester;
    round.title = "AKS " + roundLabel(year, semester);
    for (auto kind : allAuditStepKinds())
        round.steps.push_back(
            AuditStep{kind, std::nullopt, std::nullopt, AuditStepStatus::NotStarted});
    return round;
}

int semesterOf(const boost::gregorian::date &date)
{
    return date.month() <= 6 ? 1 : 2;
}

std::vector<AuditRoundProblem> validate(const AuditRound &round)
{
    std::vector<AuditRoundProblem> problems;
    if (round.year < 2000 || round.year > 2100)
        problems.push_back(AuditRoundProblem::BadYear);
    if (round.semester != 1 && round.semester != 2)
        problems.push_back(AuditRoundProblem::BadSemester);
    if (trimmed(round.title).empty())
        problems.push_back(AuditRoundProblem::EmptyTitle);
    for (const auto &member : round.team)
        if (trimmed(member.name).empty()) {
            problems.push_back(AuditRoundProblem::TeamMemberWithoutName);
            break;
        }
    std::set<AuditStepKind> seen;
    for (const auto &step : round.steps) {
        if (!seen.insert(step.kind).second) {
            problems.push_back(AuditRoundProblem::DuplicateStep);
            break;
        }
    }
    for (const auto &step : round.steps)
        if (step.status == AuditStepStatus::Done && !step.doneDate) {
            problems.push_back(AuditRoundProblem::DoneStepWithoutDate);
            break;
        }
    return problems;
}

std::vector<AuditCaseProblem> validate(const AuditCase &c, const boost::gregorian::date &today)
{
    std::vector<AuditCaseProblem> problems;
    if (trimmed(c.villageCode).empty())
        problems.push_back(AuditCaseProblem::NoDesa);
    if (c.identity) {
        if (trimmed(c.identity->name).empty())
            problems.push_back(AuditCaseProblem::NoName);
        if (!trimmed(c.identity->nik).empty()
            && !nikAcceptable(
                checkNik(trimmed(c.identity->nik), c.identity->birthDate, c.identity->sex)))
            problems.push_back(AuditCaseProblem::NikInvalid);
        if (c.identity->birthDate && *c.identity->birthDate > today)
            problems.push_back(AuditCaseProblem::BirthDateInFuture);
    }
    return problems;
}

bool isBlocking(NikProblem problem)
{
    return problem != NikProblem::OtherDistrict;
}

std::optional<NikParts> parseNik(std::string_view nik)
{
    if (nik.size() != 16 || !allDigits(nik))
        return std::nullopt;
    const int province = number(nik.substr(0, 2));
    const int district = number(nik.substr(2, 2));
    const int kecamatan = number(nik.substr(4, 2));
    if (!knownProvince(province) || district == 0 || kecamatan == 0)
        return std::nullopt;
    NikParts parts;
    parts.regionCode = std::string(nik.substr(0, 2)) + "." + std::string(nik.substr(2, 2)) + "."
                       + std::string(nik.substr(4, 2));
    int day = number(nik.substr(6, 2));
    parts.sex = Sex::Male;
    if (day > 40) {
        day -= 40;
        parts.sex = Sex::Female;
    }
    parts.day = day;
    parts.month = number(nik.substr(8, 2));
    parts.yearTwoDigits = number(nik.substr(10, 2));
    // A leap day is possible in a year ending in 00/04/...; test against a leap year when
    // the two digits allow one.
    const int probeYear = 2000 + parts.yearTwoDigits;
    if (!validDate(probeYear, parts.month, parts.day))
        return std::nullopt;
    parts.serial = std::string(nik.substr(12, 4));
    if (parts.serial == "0000")
        return std::nullopt;
    return parts;
}

std::vector<NikProblem> checkNik(std::string_view nik,
                                 std::optional<boost::gregorian::date> birthDate,
                                 std::optional<Sex> sex, std::string_view districtCode)
{
    std::vector<NikProblem> problems;
    if (nik.size() != 16 || !allDigits(nik)) {
        problems.push_back(NikProblem::NotSixteenDigits);
        return problems;
    }
    const int province = number(nik.substr(0, 2));
    if (!knownProvince(province) || number(nik.substr(2, 2)) == 0 || number(nik.substr(4, 2)) == 0)
        problems.push_back(NikProblem::BadRegionPart);
    int day = number(nik.substr(6, 2));
    const bool female = day > 40;
    if (female)
        day -= 40;
    const int month = number(nik.substr(8, 2));
    const int yy = number(nik.substr(10, 2));
    if (!validDate(2000 + yy, month, day)) {
        problems.push_back(NikProblem::BadBirthDatePart);
    } else {
        if (birthDate && !birthDate->is_special()
            && (birthDate->day() != day || birthDate->month() != month
                || birthDate->year() % 100 != yy))
            problems.push_back(NikProblem::BirthDateMismatch);
        if (sex && (*sex == Sex::Female) != female)
            problems.push_back(NikProblem::SexMismatch);
    }
    if (nik.substr(12, 4) == "0000")
        problems.push_back(NikProblem::ZeroSerial);
    if (!districtCode.empty()) {
        const std::string own = std::string(nik.substr(0, 2)) + "." + std::string(nik.substr(2, 2));
        if (districtCode.substr(0, 5) != own)
            problems.push_back(NikProblem::OtherDistrict);
    }
    return problems;
}

bool nikAcceptable(const std::vector<NikProblem> &problems)
{
    return std::none_of(problems.begin(), problems.end(), isBlocking);
}

std::string initials(std::string_view name)
{
    static const std::set<std::string> particles{"bin", "binti", "bt", "bt.", "b.", "bte"};
    std::string result;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && (std::isspace(static_cast<unsigned char>(name[i])) != 0))
            ++i;
        const std::size_t start = i;
        while (i < name.size() && (std::isspace(static_cast<unsigned char>(name[i])) == 0))
            ++i;
        if (start == i)
            break;
        const std::string word(name.substr(start, i - start));
        if (particles.contains(asciiLower(word)))
            continue;
        const unsigned char first = static_cast<unsigned char>(word.front());
        if (first < 0x80) {
            if (std::isalpha(first) == 0)
                continue;
            result += static_cast<char>(std::toupper(first));
        } else {
            // A multibyte UTF-8 letter: keep its whole sequence.
            std::size_t len = 1;
            while (len < word.size() && (static_cast<unsigned char>(word[len]) & 0xC0) == 0x80)
                ++len;
            result += word.substr(0, len);
        }
        result += '.';
    }
    return result;
}

int ageInMonths(const boost::gregorian::date &birth, const boost::gregorian::date &on)
{
    if (birth.is_special() || on.is_special() || on < birth)
        return 0;
    int months = (on.year() - birth.year()) * 12 + (on.month() - birth.month());
    if (on.day() < birth.day())
        --months;
    return std::max(months, 0);
}

std::string ageLabel(const boost::gregorian::date &birth, const boost::gregorian::date &on,
                     Language language)
{
    return ageLabelFromMonths(ageInMonths(birth, on), language);
}

std::string ageLabelFromMonths(int months, Language language)
{
    months = std::max(months, 0);
    const bool id = language == Language::Indonesian;
    const std::string monthWord = id ? " bulan" : (months == 1 ? " month" : " months");
    if (months < 24)
        return std::to_string(months) + monthWord;
    const int years = months / 12;
    const std::string yearWord = id ? " tahun" : " years";
    if (months < 60 && months % 12 != 0) {
        const int rest = months % 12;
        return std::to_string(years) + yearWord + " " + std::to_string(rest)
               + (id ? " bulan" : (rest == 1 ? " month" : " months"));
    }
    return std::to_string(years) + yearWord;
}

CaseListEntry toListEntry(const AuditCase &c, const CaseIdentity &identity,
                          const boost::gregorian::date &today)
{
    CaseListEntry entry;
    entry.id = c.id;
    entry.roundId = c.roundId;
    entry.caseNumber = c.caseNumber;
    entry.targetGroup = c.targetGroup;
    entry.villageCode = c.villageCode;
    entry.initials = initials(identity.name);
    if (identity.birthDate && !identity.birthDate->is_special())
        entry.ageMonths = ageInMonths(*identity.birthDate, c.assessedOn.value_or(today));
    entry.sex = identity.sex;
    entry.finding = c.finding;
    entry.riskFactorCount = static_cast<int>(c.riskFactorIds.size());
    return entry;
}

std::vector<CaseColumn> caseExportColumns(bool includeIdentity)
{
    std::vector<CaseColumn> columns{
        CaseColumn::Number,   CaseColumn::TargetGroup, CaseColumn::Kecamatan, CaseColumn::Desa,
        CaseColumn::Initials, CaseColumn::Age,         CaseColumn::Sex};
    if (includeIdentity)
        for (auto c : {CaseColumn::Name, CaseColumn::Nik, CaseColumn::BirthDate,
                       CaseColumn::ParentsOrPartner})
            columns.push_back(c);
    for (auto c : {CaseColumn::Finding, CaseColumn::RiskFactors, CaseColumn::Causes,
                   CaseColumn::Recommendations, CaseColumn::FollowUps, CaseColumn::FollowUpsDone})
        columns.push_back(c);
    return columns;
}

bool isIdentityColumn(CaseColumn column)
{
    return column == CaseColumn::Name || column == CaseColumn::Nik
           || column == CaseColumn::BirthDate || column == CaseColumn::ParentsOrPartner;
}

std::string kecamatanOf(std::string_view villageCode)
{
    // "14.03.01.2001" -> "14.03.01"
    int dots = 0;
    for (std::size_t i = 0; i < villageCode.size(); ++i) {
        if (villageCode[i] == '.' && ++dots == 3)
            return std::string(villageCode.substr(0, i));
    }
    return dots == 2 ? std::string(villageCode) : std::string();
}

std::optional<double> RoundSummary::completionPercent() const
{
    const int relevant = followUps - followUpsDropped;
    if (relevant <= 0)
        return std::nullopt;
    return 100.0 * followUpsDone / relevant;
}

RoundSummary summarize(const std::vector<AuditCase> &cases, const std::vector<FollowUp> &followUps,
                       const boost::gregorian::date &today, std::size_t topRisk)
{
    RoundSummary summary;
    summary.cases = static_cast<int>(cases.size());
    std::map<std::string, int> kecamatan;
    std::map<std::int64_t, int> risks;
    for (const auto &c : cases) {
        ++summary.byTargetGroup[c.targetGroup];
        ++kecamatan[kecamatanOf(c.villageCode)];
        std::set<std::int64_t> unique(c.riskFactorIds.begin(), c.riskFactorIds.end());
        for (auto id : unique)
            ++risks[id];
    }
    summary.byKecamatan.assign(kecamatan.begin(), kecamatan.end());
    std::stable_sort(summary.byKecamatan.begin(), summary.byKecamatan.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    summary.topRiskFactors.assign(risks.begin(), risks.end());
    std::stable_sort(summary.topRiskFactors.begin(), summary.topRiskFactors.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (summary.topRiskFactors.size() > topRisk)
        summary.topRiskFactors.resize(topRisk);
    for (const auto &f : followUps) {
        ++summary.followUps;
        if (f.status == FollowUpStatus::Done)
            ++summary.followUpsDone;
        else if (f.status == FollowUpStatus::Dropped)
            ++summary.followUpsDropped;
        else
            ++summary.followUpsPending;
        if (isOverdue(f, today))
            ++summary.followUpsOverdue;
    }
    return summary;
}

} // namespace konvergensi::core
