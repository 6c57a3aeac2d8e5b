// SPDX-License-Identifier: GPL-3.0-or-later
// Core rules of the stunting case audit: NIK check, privacy (initials, age, export columns),
// round validation and summaries. Plain C++, no Qt.
#include "core/case_audit/case_audit.h"
#include "core/case_audit/case_numbers.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace konvergensi::core;
using boost::gregorian::date;

namespace {
bool has(const std::vector<NikProblem> &p, NikProblem x)
{
    return std::find(p.begin(), p.end(), x) != p.end();
}
} // namespace

TEST(CaseAuditNik, AcceptsValidMaleAndFemale)
{
    // Bengkalis 14.03.01, born 12-05-2022, male, serial 9999
    EXPECT_TRUE(checkNik("1403011205229999").empty());
    // Female: day 12 + 40 = 52
    EXPECT_TRUE(checkNik("1403015205229999", date(2022, 5, 12), Sex::Female, "14.03").empty());
    auto parts = parseNik("1403015205229999");
    ASSERT_TRUE(parts);
    EXPECT_EQ(parts->regionCode, "14.03.01");
    EXPECT_EQ(parts->day, 12);
    EXPECT_EQ(parts->month, 5);
    EXPECT_EQ(parts->yearTwoDigits, 22);
    EXPECT_EQ(parts->sex, Sex::Female);
}

TEST(CaseAuditNik, RejectsWrongLengthAndNonDigits)
{
    EXPECT_TRUE(has(checkNik("140301120522999"), NikProblem::NotSixteenDigits));
    EXPECT_TRUE(has(checkNik("14030112052299999"), NikProblem::NotSixteenDigits));
    EXPECT_TRUE(has(checkNik("14030112052299a9"), NikProblem::NotSixteenDigits));
    EXPECT_TRUE(has(checkNik(""), NikProblem::NotSixteenDigits));
    EXPECT_FALSE(parseNik("14030112052299a9"));
}

TEST(CaseAuditNik, RejectsImplausibleRegion)
{
    EXPECT_TRUE(has(checkNik("9903011205229999"), NikProblem::BadRegionPart)); // no province 99
    EXPECT_TRUE(has(checkNik("1400011205229999"), NikProblem::BadRegionPart)); // district 00
    EXPECT_TRUE(has(checkNik("1403001205229999"), NikProblem::BadRegionPart)); // kecamatan 00
    EXPECT_FALSE(parseNik("9903011205229999"));
}

TEST(CaseAuditNik, RejectsImplausibleBirthDatePart)
{
    EXPECT_TRUE(has(checkNik("1403013205229999"), NikProblem::BadBirthDatePart)); // day 32
    EXPECT_TRUE(has(checkNik("1403018205229999"), NikProblem::BadBirthDatePart)); // 80-40=40
    EXPECT_TRUE(has(checkNik("1403011213229999"), NikProblem::BadBirthDatePart)); // month 13
    EXPECT_TRUE(has(checkNik("1403013002229999"), NikProblem::BadBirthDatePart)); // 30 Feb
    EXPECT_TRUE(has(checkNik("1403010005229999"), NikProblem::BadBirthDatePart)); // day 0
    EXPECT_TRUE(checkNik("1403012902209999").empty());                            // 29 Feb 2020
    EXPECT_TRUE(has(checkNik("1403011205220000"), NikProblem::ZeroSerial));
}

TEST(CaseAuditNik, ComparesWithBirthDateSexAndDistrict)
{
    const auto p = checkNik("1403011205229999", date(2022, 5, 13), Sex::Female, "14.03");
    EXPECT_TRUE(has(p, NikProblem::BirthDateMismatch));
    EXPECT_TRUE(has(p, NikProblem::SexMismatch));
    EXPECT_FALSE(nikAcceptable(p));
    const auto other = checkNik("1471011205229999", date(2022, 5, 12), Sex::Male, "14.03");
    ASSERT_EQ(other.size(), 1u);
    EXPECT_EQ(other.front(), NikProblem::OtherDistrict);
    EXPECT_TRUE(nikAcceptable(other)); // people move: only a note
}

TEST(CaseAuditPrivacy, InitialsSkipParticles)
{
    EXPECT_EQ(initials("Siti Aminah binti Ahmad"), "S.A.A.");
    EXPECT_EQ(initials("  muhammad   rizki "), "M.R.");
    EXPECT_EQ(initials("Ahmad bin Yusuf"), "A.Y.");
    EXPECT_EQ(initials(""), "");
    EXPECT_EQ(initials("Élise"), "É.");
}

TEST(CaseAuditPrivacy, AgeLabels)
{
    EXPECT_EQ(ageInMonths(date(2022, 5, 12), date(2023, 11, 11)), 17);
    EXPECT_EQ(ageInMonths(date(2022, 5, 12), date(2023, 11, 12)), 18);
    EXPECT_EQ(ageInMonths(date(2024, 1, 1), date(2023, 1, 1)), 0);
    EXPECT_EQ(ageLabel(date(2022, 5, 12), date(2023, 11, 12), Language::Indonesian), "18 bulan");
    EXPECT_EQ(ageLabel(date(2020, 3, 1), date(2023, 5, 1), Language::Indonesian),
              "3 tahun 2 bulan");
    EXPECT_EQ(ageLabel(date(1996, 3, 1), date(2023, 5, 1), Language::Indonesian), "27 tahun");
    EXPECT_EQ(ageLabel(date(1996, 3, 1), date(2023, 5, 1), Language::English), "27 years");
}

TEST(CaseAuditPrivacy, ListEntryCarriesNoIdentity)
{
    AuditCase c;
    c.id = 7;
    c.caseNumber = "03";
    c.villageCode = "14.03.01.2001";
    c.assessedOn = date(2023, 9, 1);
    c.riskFactorIds = {1, 2};
    CaseIdentity who{"Nur Aisyah", "1403015205229999", date(2022, 5, 12), Sex::Female, "Budi"};
    const auto entry = toListEntry(c, who, date(2024, 1, 1));
    EXPECT_EQ(entry.initials, "N.A.");
    EXPECT_EQ(entry.ageMonths, 15); // at the assessment date, not today
    EXPECT_EQ(entry.riskFactorCount, 2);
    for (const auto &text : {entry.initials, entry.caseNumber, entry.villageCode, entry.finding}) {
        EXPECT_EQ(text.find("Aisyah"), std::string::npos);
        EXPECT_EQ(text.find("1403015205229999"), std::string::npos);
    }
}

TEST(CaseAuditPrivacy, ExportColumnsLeaveIdentityOutUnlessAsked)
{
    const auto plain = caseExportColumns(false);
    EXPECT_TRUE(std::none_of(plain.begin(), plain.end(), isIdentityColumn));
    const auto full = caseExportColumns(true);
    EXPECT_EQ(std::count_if(full.begin(), full.end(), isIdentityColumn), 4);
    EXPECT_NE(std::find(full.begin(), full.end(), CaseColumn::Nik), full.end());
}

TEST(CaseAuditRound, NewRoundAndValidation)
{
    auto round = newAuditRound(2023, 2);
    EXPECT_EQ(round.title, "AKS 2023 semester II");
    EXPECT_EQ(round.steps.size(), 5u);
    EXPECT_TRUE(validate(round).empty());
    round.semester = 3;
    round.steps[0].status = AuditStepStatus::Done;
    round.team.push_back({" ", "Ahli gizi", true});
    const auto problems = validate(round);
    EXPECT_EQ(problems.size(), 3u);
    AuditCase c;
    c.identity = CaseIdentity{"", "123", std::nullopt, std::nullopt, ""};
    const auto caseProblems = validate(c, date(2023, 1, 1));
    EXPECT_EQ(caseProblems.size(), 3u); // no desa, no name, bad NIK
}

TEST(CaseAuditSummary, CountsGroupsKecamatanRisksAndFollowUps)
{
    std::vector<AuditCase> cases(4);
    cases[0].targetGroup = AuditTargetGroup::Baduta;
    cases[0].villageCode = "14.03.01.2001";
    cases[0].riskFactorIds = {1, 2, 2};
    cases[1].targetGroup = AuditTargetGroup::Baduta;
    cases[1].villageCode = "14.03.01.2002";
    cases[1].riskFactorIds = {2};
    cases[2].targetGroup = AuditTargetGroup::Pregnant;
    cases[2].villageCode = "14.03.02.2001";
    cases[2].riskFactorIds = {3, 2};
    cases[3].targetGroup = AuditTargetGroup::Catin;
    cases[3].villageCode = "14.03.01.2003";
    std::vector<FollowUp> followUps(4);
    followUps[0].status = FollowUpStatus::Done;
    followUps[1].status = FollowUpStatus::Open;
    followUps[1].dueDate = date(2023, 12, 1);
    followUps[2].status = FollowUpStatus::Dropped;
    followUps[3].status = FollowUpStatus::InProgress;
    const auto s = summarize(cases, followUps, date(2024, 1, 10), 2);
    EXPECT_EQ(s.cases, 4);
    EXPECT_EQ(s.byTargetGroup.at(AuditTargetGroup::Baduta), 2);
    EXPECT_EQ(s.byTargetGroup.at(AuditTargetGroup::Pregnant), 1);
    ASSERT_EQ(s.byKecamatan.size(), 2u);
    EXPECT_EQ(s.byKecamatan[0], (std::pair<std::string, int>{"14.03.01", 3}));
    ASSERT_EQ(s.topRiskFactors.size(), 2u);
    EXPECT_EQ(s.topRiskFactors[0], (std::pair<std::int64_t, int>{2, 3})); // counted once per case
    EXPECT_EQ(s.followUpsDone, 1);
    EXPECT_EQ(s.followUpsPending, 2);
    EXPECT_EQ(s.followUpsOverdue, 1);
    ASSERT_TRUE(s.completionPercent());
    EXPECT_NEAR(*s.completionPercent(), 100.0 / 3.0, 1e-9);
    EXPECT_FALSE(summarize({}, {}, date(2024, 1, 1)).completionPercent());
}

// ---------------------------------------------------------------------------------------
// Case numbers (issue #12 item 9) and the semester of a round

TEST(CaseAuditNumbers, NextFollowsTheHighestEverGivenNotTheCount)
{
    EXPECT_EQ(nextCaseNumber(0, {}), "01");
    EXPECT_EQ(nextCaseNumber(0, {"01", "02", "03"}), "04");
    // 02 removed from 01-03: the count says 3, the next number is still 04.
    EXPECT_EQ(nextCaseNumber(3, {"01", "03"}), "04");
    // 03 removed too, and then 01: the number given once is never given again.
    EXPECT_EQ(nextCaseNumber(3, {"01"}), "04");
    EXPECT_EQ(nextCaseNumber(3, {}), "04");
    // A number typed by hand above the counter counts; text numbers do not.
    EXPECT_EQ(nextCaseNumber(3, {"01", "12", "A-7", " 15 "}), "16");
    EXPECT_EQ(nextCaseNumber(98, {}), "99");
    EXPECT_EQ(nextCaseNumber(99, {}), "100");
}

TEST(CaseAuditNumbers, ValueAndFormat)
{
    EXPECT_EQ(caseNumberValue("07"), 7);
    EXPECT_EQ(caseNumberValue("7"), 7);
    EXPECT_EQ(caseNumberValue("123456789"), 123456789);
    EXPECT_FALSE(caseNumberValue("1234567890"));
    EXPECT_FALSE(caseNumberValue(""));
    EXPECT_FALSE(caseNumberValue("A-3"));
    EXPECT_FALSE(caseNumberValue("7b"));
    EXPECT_FALSE(caseNumberValue("-7"));
    EXPECT_EQ(formatCaseNumber(1), "01");
    EXPECT_EQ(formatCaseNumber(10), "10");
    EXPECT_EQ(formatCaseNumber(123), "123");
}

TEST(CaseAuditNumbers, ATypedNumberMustBeFree)
{
    const std::vector<std::string> others{"01", "02", "A-3"};
    EXPECT_FALSE(checkCaseNumber("04", others));
    EXPECT_FALSE(checkCaseNumber("A-4", others));
    EXPECT_EQ(checkCaseNumber("02", others), CaseNumberProblem::Taken);
    EXPECT_EQ(checkCaseNumber(" 02 ", others), CaseNumberProblem::Taken);
    EXPECT_EQ(checkCaseNumber("2", others), CaseNumberProblem::Taken) << "2 is 02";
    EXPECT_EQ(checkCaseNumber("002", others), CaseNumberProblem::Taken);
    EXPECT_EQ(checkCaseNumber("A-3", others), CaseNumberProblem::Taken);
    EXPECT_EQ(checkCaseNumber("", others), CaseNumberProblem::Empty);
    EXPECT_EQ(checkCaseNumber("   ", others), CaseNumberProblem::Empty);
    EXPECT_EQ(checkCaseNumber(std::string(kCaseNumberMaxLength + 1, '1'), others),
              CaseNumberProblem::TooLong);
    EXPECT_FALSE(checkCaseNumber(std::string(kCaseNumberMaxLength, 'x'), others));
}

TEST(CaseAuditNumbers, ReadingOrder)
{
    std::vector<std::string> numbers{"10", "B", "2", "01", "A", "100", "02"};
    std::stable_sort(numbers.begin(), numbers.end(),
                     [](const auto &a, const auto &b) { return caseNumberLess(a, b); });
    EXPECT_EQ(numbers, (std::vector<std::string>{"01", "02", "2", "10", "100", "A", "B"}));
}

TEST(CaseAuditRounds, SemesterOfADate)
{
    EXPECT_EQ(semesterOf(date(2024, 1, 1)), 1);
    EXPECT_EQ(semesterOf(date(2024, 6, 30)), 1);
    EXPECT_EQ(semesterOf(date(2024, 7, 1)), 2);
    EXPECT_EQ(semesterOf(date(2024, 12, 31)), 2);
}
