// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/regions/region_validation.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using konvergensi::core::describe;
using konvergensi::core::RegionCode;
using konvergensi::core::RegionIssue;
using konvergensi::core::RegionLevel;
using konvergensi::core::RegionProblem;
using konvergensi::core::RegionRecord;
using konvergensi::core::validateRegionRecords;
using konvergensi::core::VillageKind;

namespace {

bool nothingHeld(const RegionCode &)
{
    return false;
}

std::vector<std::string> codes(const konvergensi::core::RegionValidation &result)
{
    std::vector<std::string> out;
    for (const auto &region : result.regions)
        out.push_back(region.code.toString());
    return out;
}

const RegionIssue &onlyIssue(const konvergensi::core::RegionValidation &result)
{
    EXPECT_EQ(result.issues.size(), 1U);
    static const RegionIssue none{};
    return result.issues.empty() ? none : result.issues.front();
}

} // namespace

TEST(RegionValidation, GoodFileIsAccepted)
{
    const std::vector<RegionRecord> records = {
        {2, "14.03", "Kabupaten Bengkalis", "district", ""},
        {3, "14.03.01", "Bengkalis", "kecamatan", ""},
        {4, "14.03.01.1001", "Bengkalis Kota", "village", "kelurahan"},
        {5, " 14.03.01.2004 ", "  Kelapapati  ", "Desa/Kelurahan", "Desa"},
        {6, "14.03.01.2017", "Ketam Putih", "", ""},
    };
    const auto result = validateRegionRecords(records, nothingHeld);
    EXPECT_TRUE(result.ok());
    EXPECT_TRUE(result.issues.empty());
    EXPECT_EQ(codes(result), (std::vector<std::string>{"14.03", "14.03.01", "14.03.01.1001",
                                                       "14.03.01.2004", "14.03.01.2017"}));
    ASSERT_EQ(result.regions.size(), 5U);
    EXPECT_EQ(result.regions[3].name, "Kelapapati") << "names are trimmed";
    EXPECT_EQ(result.regions[0].kind, std::nullopt);
    EXPECT_EQ(result.regions[2].kind, VillageKind::Kelurahan);
    EXPECT_EQ(result.regions[3].kind, VillageKind::Desa);
    EXPECT_EQ(result.regions[4].kind, VillageKind::Desa)
        << "kind read from the code when not given";
}

TEST(RegionValidation, EmptyInput)
{
    const auto result = validateRegionRecords({}, nothingHeld);
    EXPECT_TRUE(result.ok());
    EXPECT_TRUE(result.regions.empty());
}

TEST(RegionValidation, MalformedCode)
{
    const auto result = validateRegionRecords({{7, " 14.3 ", "Bengkalis", "", ""}}, nothingHeld);
    EXPECT_FALSE(result.ok());
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::MalformedCode);
    EXPECT_EQ(issue.line, 7);
    EXPECT_EQ(issue.code, "14.3") << "the code as written, trimmed";
    EXPECT_TRUE(result.regions.empty());
    EXPECT_EQ(describe(issue), "line 7: '14.3' is not a region code");
}

TEST(RegionValidation, EmptyName)
{
    const auto result = validateRegionRecords({{3, "14.03", "   ", "", ""}}, nothingHeld);
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::EmptyName);
    EXPECT_EQ(issue.code, "14.03");
    EXPECT_TRUE(result.regions.empty());
    EXPECT_EQ(describe(issue), "line 3: region 14.03 has no name");
}

TEST(RegionValidation, UnknownLevel)
{
    const auto result = validateRegionRecords({{4, "14.03", "Bengkalis", " dusun ", ""}},
                                              nothingHeld);
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::UnknownLevel);
    EXPECT_EQ(issue.detail, "dusun");
    EXPECT_EQ(describe(issue), "line 4: unknown level 'dusun'");
}

TEST(RegionValidation, LevelMismatch)
{
    const auto result = validateRegionRecords({{5, "14.03", "Bengkalis", "kecamatan", ""}},
                                              nothingHeld);
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::LevelMismatch);
    EXPECT_EQ(issue.code, "14.03");
    EXPECT_EQ(issue.detail, "kecamatan");
    EXPECT_EQ(describe(issue), "line 5: code 14.03 is not a kecamatan");
}

TEST(RegionValidation, IndonesianLevelWordsAccepted)
{
    const auto result = validateRegionRecords(
        {{1, "14", "Riau", "Provinsi", ""},
         {2, "14.03", "Bengkalis", "Kabupaten", ""},
         {3, "14.72", "Dumai", "kota", ""},
         {4, "14.03.01", "Bengkalis", "KECAMATAN", ""},
         {5, "14.03.01.1001", "Bengkalis Kota", "kelurahan", ""}},
        nothingHeld);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.regions.size(), 5U);
}

TEST(RegionValidation, UnknownKind)
{
    const auto result = validateRegionRecords(
        {{2, "14.03.01", "Bengkalis", "", ""}, {3, "14.03.01.2001", "Sebauk", "", "nagari"}},
        [](const RegionCode &) { return true; });
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::UnknownKind);
    EXPECT_EQ(issue.line, 3);
    EXPECT_EQ(issue.detail, "nagari");
    EXPECT_EQ(describe(issue), "line 3: unknown kind 'nagari' (desa or kelurahan)");
    EXPECT_EQ(codes(result), std::vector<std::string>{"14.03.01"});
}

TEST(RegionValidation, KindMismatch)
{
    const auto held = [](const RegionCode &) { return true; };
    {
        const auto result = validateRegionRecords({{2, "14.03.01.2001", "Sebauk", "", "kelurahan"}},
                                                  held);
        const auto &issue = onlyIssue(result);
        EXPECT_EQ(issue.problem, RegionProblem::KindMismatch);
        EXPECT_EQ(issue.detail, "kelurahan");
        EXPECT_EQ(describe(issue), "line 2: code 14.03.01.2001 is not a kelurahan");
    }
    {
        const auto result = validateRegionRecords(
            {{2, "14.03.01.1001", "Bengkalis Kota", "", "Desa"}}, held);
        const auto &issue = onlyIssue(result);
        EXPECT_EQ(issue.problem, RegionProblem::KindMismatch);
        EXPECT_EQ(issue.detail, "desa");
    }
}

TEST(RegionValidation, KindNotVillage)
{
    const auto result = validateRegionRecords({{9, "14.03.01", "Bengkalis", "", "desa"}},
                                              [](const RegionCode &) { return true; });
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::KindNotVillage);
    EXPECT_EQ(issue.detail, "desa");
    EXPECT_EQ(describe(issue), "line 9: 14.03.01 is not a village but has kind 'desa'");
    EXPECT_TRUE(result.regions.empty());
}

TEST(RegionValidation, DuplicateCode)
{
    const auto result = validateRegionRecords({{2, "14.03", "Bengkalis", "", ""},
                                               {3, "14.03.01", "Bengkalis", "", ""},
                                               {4, " 14.03 ", "Bengkalis lagi", "", ""}},
                                              nothingHeld);
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::DuplicateCode);
    EXPECT_EQ(issue.line, 4);
    EXPECT_EQ(issue.code, "14.03");
    EXPECT_EQ(issue.detail, "2");
    EXPECT_EQ(describe(issue), "line 4: code 14.03 already appears on line 2");
    ASSERT_EQ(result.regions.size(), 2U);
    EXPECT_EQ(result.regions[0].name, "Bengkalis") << "the first appearance is kept";
}

TEST(RegionValidation, MissingParentWithoutAlreadyHeld)
{
    const std::vector<RegionRecord> records = {
        {2, "14.03.01", "Bengkalis", "", ""},
        {3, "14.03.02.2001", "Bantan Tengah", "", ""},
    };
    const auto result = validateRegionRecords(records, nothingHeld);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.issues.size(), 2U);
    EXPECT_EQ(result.issues[0].problem, RegionProblem::MissingParent);
    EXPECT_EQ(result.issues[0].line, 2);
    EXPECT_EQ(result.issues[0].detail, "14.03");
    EXPECT_EQ(result.issues[1].problem, RegionProblem::MissingParent);
    EXPECT_EQ(result.issues[1].code, "14.03.02.2001");
    EXPECT_EQ(result.issues[1].detail, "14.03.02");
    EXPECT_EQ(describe(result.issues[1]), "line 3: 14.03.02.2001 has no parent region 14.03.02");
    EXPECT_TRUE(result.regions.empty());
}

TEST(RegionValidation, EmptyAlreadyHeldMeansNothingIsHeld)
{
    const auto result = validateRegionRecords({{2, "14.03.01", "Bengkalis", "", ""},
                                               {3, "14.03", "Kabupaten Bengkalis", "", ""},
                                               {4, "14.03.02.2001", "Bantan Tengah", "", ""}},
                                              {});
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::MissingParent);
    EXPECT_EQ(issue.line, 4);
    EXPECT_EQ(codes(result), (std::vector<std::string>{"14.03.01", "14.03"}));
}

TEST(RegionValidation, MissingParentFoundAmongAlreadyHeld)
{
    std::set<std::string> asked;
    const auto held = [&](const RegionCode &code) {
        asked.insert(code.toString());
        return code.toString() == "14.03.02";
    };
    const auto result = validateRegionRecords(
        {{2, "14.03.02.2001", "Bantan Tengah", "", ""}, {3, "14.03.05.2001", "Nowhere", "", ""}},
        held);
    const auto &issue = onlyIssue(result);
    EXPECT_EQ(issue.problem, RegionProblem::MissingParent);
    EXPECT_EQ(issue.line, 3);
    EXPECT_EQ(issue.detail, "14.03.05");
    EXPECT_EQ(codes(result), std::vector<std::string>{"14.03.02.2001"});
    EXPECT_EQ(asked, (std::set<std::string>{"14.03.02", "14.03.05"}));
}

TEST(RegionValidation, ParentLaterInTheFileIsEnough)
{
    const auto result = validateRegionRecords({{2, "14.03.01.2004", "Kelapapati", "", ""},
                                               {3, "14.03.01", "Bengkalis", "", ""},
                                               {4, "14.03", "Kabupaten Bengkalis", "", ""}},
                                              nothingHeld);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(codes(result), (std::vector<std::string>{"14.03.01.2004", "14.03.01", "14.03"}))
        << "file order kept";
}

TEST(RegionValidation, DistrictWithoutProvinceIsAllowed)
{
    const auto result = validateRegionRecords({{2, "14.03", "Kabupaten Bengkalis", "", ""}},
                                              nothingHeld);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(codes(result), std::vector<std::string>{"14.03"});
    const auto province = validateRegionRecords({{2, "14", "Riau", "", ""}}, nothingHeld);
    EXPECT_TRUE(province.ok());
}

TEST(RegionValidation, IssuesSortedByLine)
{
    const std::vector<RegionRecord> records = {
        {2, "14.03.09.2001", "Orphan", "", ""},       // missing parent (found in the 2nd pass)
        {3, "14.3", "Bad", "", ""},                   // malformed
        {4, "14.03", "", "kecamatan", ""},            // empty name and level mismatch
        {5, "14.03.08", "Orphan kecamatan", "", ""},  // missing parent? no: 14.03 is in the file
        {6, "14.03.07.2001", "Orphan 2", "", "desa"}, // missing parent
        {7, "14.03.08", "Again", "", ""},             // duplicate
    };
    const auto result = validateRegionRecords(records, nothingHeld);
    std::vector<std::pair<int, RegionProblem>> got;
    for (const auto &issue : result.issues)
        got.emplace_back(issue.line, issue.problem);
    const std::vector<std::pair<int, RegionProblem>> expected = {
        {2, RegionProblem::MissingParent}, {3, RegionProblem::MalformedCode},
        {4, RegionProblem::EmptyName},     {4, RegionProblem::LevelMismatch},
        {6, RegionProblem::MissingParent}, {7, RegionProblem::DuplicateCode},
    };
    EXPECT_EQ(got, expected);
    EXPECT_EQ(codes(result), std::vector<std::string>{"14.03.08"});
}

TEST(RegionValidation, ProblemsOfOneRowAllReported)
{
    const auto result = validateRegionRecords({{2, "14.03", "", "kota", "desa"}}, nothingHeld);
    std::vector<RegionProblem> problems;
    for (const auto &issue : result.issues)
        problems.push_back(issue.problem);
    EXPECT_EQ(problems, (std::vector<RegionProblem>{RegionProblem::EmptyName,
                                                    RegionProblem::KindNotVillage}));
}
