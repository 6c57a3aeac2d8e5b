// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of locus designation in core: scoring and ranking, picking the top N with
// choices by hand, comparing two years, prevalence of groups, scorecard coverage.
#include "core/errors.h"
#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#include "core/locus/locus_scoring.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace konvergensi::core;

namespace {

RegionCode code(const char *text)
{
    return RegionCode::fromString(text);
}

LocusCandidate candidate(const char *village, std::optional<double> prevalence,
                         std::optional<std::int64_t> stunted, std::optional<double> gap = {},
                         std::optional<double> poverty = {})
{
    const RegionCode c = code(village);
    return {c, village, *c.parent(), prevalence, stunted, gap, poverty, {}, {}, {}};
}

std::vector<std::string> order(const std::vector<RankedVillage> &ranking)
{
    std::vector<std::string> out;
    for (const RankedVillage &r : ranking)
        out.push_back(r.candidate.village.toString());
    return out;
}

} // namespace

TEST(LocusScoring, ScoreIsWeightedShareOfTheHighestValue)
{
    // Prevalence only: the highest gets 100, half of it 50.
    const auto ranking = rankVillages(
        {candidate("14.03.01.2004", 10.0, 5), candidate("14.03.01.2005", 20.0, 5)}, {1, 0, 0, 0});
    ASSERT_EQ(ranking.size(), 2U);
    EXPECT_EQ(ranking[0].candidate.village, code("14.03.01.2005"));
    EXPECT_DOUBLE_EQ(ranking[0].score, 100.0);
    EXPECT_DOUBLE_EQ(ranking[1].score, 50.0);
    EXPECT_EQ(ranking[0].rank, 1);
    EXPECT_EQ(ranking[1].rank, 2);
}

TEST(LocusScoring, PartsAddUpToTheScoreAndFollowTheWeights)
{
    // Weights 40/30/20/10; village A has the highest prevalence and gap, B the most stunted
    // children and the highest poverty.
    const LocusWeights weights{40, 30, 20, 10};
    const auto ranking = rankVillages({candidate("14.03.01.2004", 30.0, 20, 50.0, 10.0),
                                       candidate("14.03.01.2005", 15.0, 40, 25.0, 20.0)},
                                      weights);
    const RankedVillage &a = *std::find_if(ranking.begin(), ranking.end(), [](const auto &r) {
        return r.candidate.village == code("14.03.01.2004");
    });
    EXPECT_DOUBLE_EQ(a.part(LocusCriterion::Prevalence).points, 40.0);
    EXPECT_DOUBLE_EQ(a.part(LocusCriterion::Stunted).points, 15.0);
    EXPECT_DOUBLE_EQ(a.part(LocusCriterion::CoverageGap).points, 20.0);
    EXPECT_DOUBLE_EQ(a.part(LocusCriterion::Poverty).points, 5.0);
    EXPECT_DOUBLE_EQ(a.score, 80.0);
    EXPECT_DOUBLE_EQ(a.part(LocusCriterion::Stunted).relative, 0.5);
    // B: 20 + 30 + 10 + 10 = 70.
    EXPECT_DOUBLE_EQ(ranking[1].score, 70.0);
    EXPECT_EQ(order(ranking), (std::vector<std::string>{"14.03.01.2004", "14.03.01.2005"}));
}

TEST(LocusScoring, ChangingTheWeightsChangesTheOrder)
{
    const std::vector<LocusCandidate> candidates{candidate("14.03.01.2004", 30.0, 10),
                                                 candidate("14.03.01.2005", 10.0, 60)};
    EXPECT_EQ(order(rankVillages(candidates, {1, 0, 0, 0})).front(), "14.03.01.2004");
    EXPECT_EQ(order(rankVillages(candidates, {0, 1, 0, 0})).front(), "14.03.01.2005");
    // Only proportions matter.
    const auto a = rankVillages(candidates, {2, 1, 0, 0});
    const auto b = rankVillages(candidates, {40, 20, 0, 0});
    EXPECT_DOUBLE_EQ(a[0].score, b[0].score);
    EXPECT_DOUBLE_EQ(a[1].score, b[1].score);
}

TEST(LocusScoring, MissingFiguresAddNothingAndAreCounted)
{
    const auto ranking = rankVillages({candidate("14.03.01.2004", std::nullopt, std::nullopt),
                                       candidate("14.03.01.2005", 5.0, 2)},
                                      {50, 50, 0, 0});
    EXPECT_EQ(ranking.back().candidate.village, code("14.03.01.2004"));
    EXPECT_DOUBLE_EQ(ranking.back().score, 0.0);
    EXPECT_EQ(ranking.back().missing, 2);
    EXPECT_FALSE(ranking.back().part(LocusCriterion::Prevalence).value.has_value());
    // A criterion with weight 0 is not "missing".
    EXPECT_EQ(ranking.front().missing, 0);
}

TEST(LocusScoring, CriterionNobodyHasAddsNothing)
{
    // Poverty weighted but unknown everywhere: scores stay below 100 but ordering holds.
    const auto ranking = rankVillages(
        {candidate("14.03.01.2004", 20.0, 4), candidate("14.03.01.2005", 10.0, 2)}, {50, 0, 0, 50});
    EXPECT_DOUBLE_EQ(ranking[0].score, 50.0);
    EXPECT_DOUBLE_EQ(ranking[1].score, 25.0);
}

TEST(LocusScoring, TiesBrokenByPrevalenceThenStuntedThenCode)
{
    // Equal scores (only the gap counts, all equal); then prevalence, stunted, code decide.
    const auto ranking = rankVillages({candidate("14.03.01.2009", 10.0, 5, 30.0),
                                       candidate("14.03.01.2008", 12.0, 1, 30.0),
                                       candidate("14.03.01.2007", 10.0, 9, 30.0),
                                       candidate("14.03.01.2006", std::nullopt, 50, 30.0),
                                       candidate("14.03.01.2005", 10.0, 5, 30.0)},
                                      {0, 0, 1, 0});
    EXPECT_EQ(order(ranking),
              (std::vector<std::string>{"14.03.01.2008", "14.03.01.2007", "14.03.01.2005",
                                        "14.03.01.2009", "14.03.01.2006"}));
    for (std::size_t i = 0; i < ranking.size(); ++i)
        EXPECT_EQ(ranking[i].rank, static_cast<int>(i) + 1);
}

TEST(LocusScoring, InvalidWeightsAreRefused)
{
    EXPECT_THROW(rankVillages({}, {0, 0, 0, 0}), DomainError);
    EXPECT_THROW(rankVillages({}, {-1, 2, 0, 0}), DomainError);
    EXPECT_TRUE((LocusWeights{0, 0, 0, 1}).valid());
    EXPECT_TRUE(rankVillages({}, LocusWeights{}).empty());
}

TEST(LocusScoring, NegativeFiguresCountAsZero)
{
    const auto ranking = rankVillages(
        {candidate("14.03.01.2004", -5.0, 1), candidate("14.03.01.2005", 10.0, 1)}, {1, 0, 0, 0});
    EXPECT_DOUBLE_EQ(ranking.back().score, 0.0);
}

namespace {

std::vector<RankedVillage> fiveVillages()
{
    return rankVillages({candidate("14.03.01.2004", 30.0, 30), candidate("14.03.01.2005", 25.0, 25),
                         candidate("14.03.01.2006", 20.0, 20), candidate("14.03.01.2007", 15.0, 15),
                         candidate("14.03.01.2008", 10.0, 10)},
                        {1, 1, 0, 0});
}

} // namespace

TEST(LocusSelection, TopNWithChoicesByHand)
{
    const auto ranking = fiveVillages();
    const LocusSelection s = selectVillages(
        2023, ranking, 3, {{code("14.03.01.2008"), "  Usulan rembuk  "}},
        {{code("14.03.01.2005"), "Sudah mendapat program provinsi"}});
    ASSERT_EQ(s.villages.size(), 3U);
    EXPECT_EQ(s.villages[0].village, code("14.03.01.2004"));
    EXPECT_EQ(s.villages[1].village, code("14.03.01.2006"));
    EXPECT_EQ(s.villages[2].village, code("14.03.01.2008"));
    EXPECT_EQ(s.villages[2].origin, LocusOrigin::Manual);
    EXPECT_EQ(s.villages[2].reason, "Usulan rembuk");
    EXPECT_EQ(s.villages[0].origin, LocusOrigin::Ranked);
    EXPECT_TRUE(s.villages[0].score.has_value());
    EXPECT_EQ(s.villages[0].evidence.stunted, 30);
    EXPECT_DOUBLE_EQ(*s.villages[0].evidence.prevalencePercent, 30.0);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(s.villages[static_cast<std::size_t>(i)].rank, i + 1);
        EXPECT_EQ(s.villages[static_cast<std::size_t>(i)].year, 2023);
    }
    ASSERT_EQ(s.exclusions.size(), 1U);
    EXPECT_EQ(s.exclusions[0].village, code("14.03.01.2005"));
    EXPECT_EQ(s.exclusions[0].reason, "Sudah mendapat program provinsi");
}

TEST(LocusSelection, VillageOutsideTheRankingGoesLast)
{
    const LocusSelection s = selectVillages(2023, fiveVillages(), 2,
                                            {{code("14.03.02.2001"), "Permintaan DPRD"}}, {});
    ASSERT_EQ(s.villages.size(), 3U);
    EXPECT_EQ(s.villages.back().village, code("14.03.02.2001"));
    EXPECT_FALSE(s.villages.back().score.has_value());
    EXPECT_EQ(s.villages.back().rank, 3);
}

TEST(LocusSelection, EveryChoiceNeedsAReasonAndMustMakeSense)
{
    const auto ranking = fiveVillages();
    auto problems = [&](int topN, std::vector<ManualChoice> added,
                        std::vector<ManualChoice> removed) {
        std::vector<SelectionProblem> out;
        for (const SelectionIssue &issue : checkSelection(ranking, topN, added, removed))
            out.push_back(issue.problem);
        return out;
    };
    EXPECT_EQ(problems(3, {{code("14.03.01.2008"), " "}}, {}),
              std::vector{SelectionProblem::ReasonMissing});
    EXPECT_EQ(problems(3, {}, {{code("14.03.01.2004"), ""}}),
              std::vector{SelectionProblem::ReasonMissing});
    EXPECT_EQ(problems(3, {{code("14.03.01.2004"), "x"}}, {}),
              std::vector{SelectionProblem::AddedAlreadyInTopN});
    EXPECT_EQ(problems(3, {}, {{code("14.03.01.2008"), "x"}}),
              std::vector{SelectionProblem::RemovedNotInTopN});
    EXPECT_EQ(problems(3, {{code("14.03.01.2008"), "x"}, {code("14.03.01.2008"), "y"}}, {}),
              std::vector{SelectionProblem::AddedTwice});
    EXPECT_EQ(problems(-1, {}, {}), std::vector{SelectionProblem::TopNNegative});
    EXPECT_TRUE(problems(3, {}, {}).empty());
    EXPECT_THROW(selectVillages(2023, ranking, 3, {{code("14.03.01.2008"), ""}}, {}), DomainError);
}

TEST(LocusList, ValidationOfEntriesAndLists)
{
    LocusVillage v(code("14.03.01.2004"), 2023);
    v.rank = 1;
    EXPECT_TRUE(validate(v).empty());
    v.origin = LocusOrigin::Manual;
    EXPECT_EQ(validate(v), std::vector{LocusProblem::ManualWithoutReason});
    v.reason = "Usulan kecamatan";
    v.evidence.childrenMeasured = 10;
    v.evidence.stunted = 11;
    EXPECT_EQ(validate(v), std::vector{LocusProblem::StuntedExceedsMeasured});
    v.evidence.stunted = 2;
    v.evidence.povertyPercent = 101;
    EXPECT_EQ(validate(v), std::vector{LocusProblem::PercentOutOfRange});
    LocusVillage kecamatan(code("14.03.01"), 2023);
    kecamatan.rank = 0;
    EXPECT_EQ(validate(kecamatan),
              (std::vector{LocusProblem::NotAVillage, LocusProblem::RankNotPositive}));
    EXPECT_DOUBLE_EQ(*v.evidence.prevalence(), 20.0);

    LocusVillage a(code("14.03.01.2004"), 2023), b(code("14.03.01.2004"), 2023);
    a.rank = 1;
    b.rank = 1;
    const auto issues = validateList({a, b}, {{code("14.03.01.2004"), ""}});
    std::vector<LocusListProblem> problems;
    for (const auto &issue : issues)
        problems.push_back(issue.problem);
    EXPECT_EQ(problems,
              (std::vector{LocusListProblem::DuplicateVillage, LocusListProblem::DuplicateRank,
                           LocusListProblem::ExclusionWithoutReason,
                           LocusListProblem::ExcludedAndListed}));
}

TEST(LocusCompare, AddedKeptRemovedAndPerKecamatan)
{
    const auto c = compareLists(
        {code("14.03.11.2001"), code("14.03.11.2003"), code("14.03.02.2004")},
        {code("14.03.11.2001"), code("14.03.10.2006"), code("14.03.02.2004"),
         code("14.03.10.2008")});
    EXPECT_EQ(c.added, (std::vector{code("14.03.10.2006"), code("14.03.10.2008")}));
    EXPECT_EQ(c.kept, (std::vector{code("14.03.02.2004"), code("14.03.11.2001")}));
    EXPECT_EQ(c.removed, std::vector{code("14.03.11.2003")});
    ASSERT_EQ(c.perKecamatan.size(), 3U);
    EXPECT_EQ(c.perKecamatan.at(code("14.03.11")), std::make_pair(2, 1));
    EXPECT_EQ(c.perKecamatan.at(code("14.03.10")), std::make_pair(0, 2));
    EXPECT_EQ(c.perKecamatan.at(code("14.03.02")), std::make_pair(1, 1));
    EXPECT_TRUE(compareLists({}, {}).perKecamatan.empty());
}

TEST(LocusCompare, PrevalenceMovementPoolsCountsAndSkipsVillagesWithoutBothYears)
{
    const std::set<RegionCode> locus{code("14.03.11.2001"), code("14.03.11.2003")};
    std::map<RegionCode, VillageFigure> before{
        {code("14.03.11.2001"), {100, 30, 30.0}},
        {code("14.03.11.2003"), {300, 60, 20.0}},
        {code("14.03.01.2004"), {200, 20, 10.0}},
        {code("14.03.01.2005"), {100, 10, 10.0}}, // no figure after: skipped
    };
    std::map<RegionCode, VillageFigure> after{
        {code("14.03.11.2001"), {100, 20, 20.0}},
        {code("14.03.11.2003"), {300, 30, 10.0}},
        {code("14.03.01.2004"), {200, 18, 9.0}},
    };
    const PrevalenceMovement m = prevalenceMovement(locus, before, after);
    EXPECT_DOUBLE_EQ(*m.locusBefore.percent, 22.5); // 90 / 400
    EXPECT_DOUBLE_EQ(*m.locusAfter.percent, 12.5);  // 50 / 400
    EXPECT_EQ(m.locusBefore.villages, 2);
    EXPECT_DOUBLE_EQ(*m.restBefore.percent, 10.0);
    EXPECT_DOUBLE_EQ(*m.restAfter.percent, 9.0);
    EXPECT_EQ(m.restBefore.villages, 1);
    EXPECT_DOUBLE_EQ(*m.locusChange(), -10.0);
    EXPECT_NEAR(*m.restChange(), -1.0, 1e-12);
    // Percent only: the plain mean.
    EXPECT_DOUBLE_EQ(*groupPrevalence({{{}, {}, 10.0}, {{}, {}, 20.0}}).percent, 15.0);
    EXPECT_FALSE(groupPrevalence({}).percent.has_value());
}

TEST(LocusFigures, PreferredFigureTakesCountsThenSourceThenLaterRound)
{
    PrevalenceObservation february;
    february.area = PrevalenceArea::ofRegion(code("14.03.01.2004"));
    february.year = 2022;
    february.source = PrevalenceSource::Eppgbm;
    february.round = PrevalenceRound::February;
    february.measured = 100;
    february.cases = 10;
    PrevalenceObservation august = february;
    august.round = PrevalenceRound::August;
    august.cases = 8;
    PrevalenceObservation survey = february;
    survey.source = PrevalenceSource::Ssgi;
    survey.round = PrevalenceRound::Survey;
    survey.measured.reset();
    survey.cases.reset();
    survey.publishedRate = 30.0;
    PrevalenceObservation wasting = august;
    wasting.indicator = PrevalenceIndicator::Wasting;
    wasting.round = PrevalenceRound::Survey;

    auto best = preferredVillageFigure({survey, february, august, wasting});
    ASSERT_TRUE(best);
    EXPECT_EQ(best->round, PrevalenceRound::August);
    best = preferredVillageFigure({survey, february});
    EXPECT_EQ(best->round, PrevalenceRound::February);
    best = preferredVillageFigure({survey});
    EXPECT_EQ(best->source, PrevalenceSource::Ssgi);
    EXPECT_FALSE(preferredVillageFigure({wasting}).has_value());
}

TEST(Scorecard, CoveragePerPackageAndOverall)
{
    Scorecard card(code("14.03.11.2005"), 2023);
    card.indicators = {{ServicePackage::Kia, "A", 40, 30},
                       {ServicePackage::Kia, "B", 60, 30},
                       {ServicePackage::Paud, "C", 100, 40},
                       {ServicePackage::KonselingGizi, "D", 0, 0}};
    const ScorecardCoverage c = coverageOf(card);
    EXPECT_DOUBLE_EQ(*c.packages[0].percent, 60.0); // 60 / 100
    EXPECT_EQ(c.packages[0].indicators, 2);
    EXPECT_FALSE(c.packages[1].percent.has_value()); // target 0
    EXPECT_FALSE(c.packages[2].percent.has_value()); // no indicators
    EXPECT_DOUBLE_EQ(*c.packages[4].percent, 40.0);
    EXPECT_DOUBLE_EQ(*c.overall, 50.0); // 100 / 200
    EXPECT_DOUBLE_EQ(coverageGap(*c.overall), 50.0);
    EXPECT_DOUBLE_EQ(coverageGap(120.0), 0.0);
    EXPECT_DOUBLE_EQ(*card.indicators[0].coverage(), 75.0);
    EXPECT_FALSE(coverageOf(Scorecard(code("14.03.11.2005"), 2023)).overall.has_value());
}

TEST(Scorecard, ValidationAndPackageWords)
{
    Scorecard card(code("14.03.11.2005"), 2023);
    card.indicators = {{ServicePackage::Kia, "A", 10, 11},
                       {ServicePackage::Kia, " a ", 10, 5},
                       {ServicePackage::Paud, "", 1, 0},
                       {ServicePackage::Paud, "N", -1, 0}};
    card.apbdesStunting = -5;
    std::vector<ScorecardProblem> problems;
    for (const auto &issue : validate(card))
        problems.push_back(issue.problem);
    EXPECT_EQ(
        problems,
        (std::vector{ScorecardProblem::AchievedExceedsTarget, ScorecardProblem::DuplicateIndicator,
                     ScorecardProblem::EmptyIndicatorName, ScorecardProblem::NegativeCount,
                     ScorecardProblem::NegativeBudget}));
    EXPECT_EQ(servicePackageFromString("Air Bersih dan Sanitasi"),
              ServicePackage::AirBersihSanitasi);
    EXPECT_EQ(servicePackageFromString(" konseling-gizi "), ServicePackage::KonselingGizi);
    EXPECT_EQ(servicePackageFromString("Perlinsos"), ServicePackage::PerlindunganSosial);
    EXPECT_EQ(servicePackageFromString("PAUD"), ServicePackage::Paud);
    EXPECT_FALSE(servicePackageFromString("Kesehatan Lingkungan").has_value());
    for (const ServicePackage p : kServicePackages)
        EXPECT_EQ(servicePackageFromString(toString(p)), p);
    // The standard scorecard covers all five packages.
    std::set<ServicePackage> packages;
    for (const auto &i : standardScorecardIndicators())
        packages.insert(i.package);
    EXPECT_EQ(packages.size(), 5U);
    Kpm kpm(code("14.03.11.2005"));
    EXPECT_EQ(validate(kpm), std::vector{KpmProblem::EmptyName});
    kpm.name = "Siti";
    kpm.phone = "0812 abc";
    EXPECT_EQ(validate(kpm), std::vector{KpmProblem::PhoneNotAPhone});
}
