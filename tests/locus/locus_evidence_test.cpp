// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of which figures the locus module uses (core, no Qt): the proposal's inputs per
// village (prevalence data first, else the numbers of a locus list; households and poverty
// from the lists; the coverage gap from a scorecard) and the one prevalence series per year
// the comparison uses; and the choices made by hand on a proposal.
#include "core/locus/locus_choices.h"
#include "core/locus/locus_evidence.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace konvergensi::core;

namespace {

RegionCode code(const char *text)
{
    return RegionCode::fromString(text);
}

/// A district 14.03 with two kecamatan: 14.03.01 (desa 2001, 2002, kelurahan 1001) and
/// 14.03.02 (desa 2001), listed out of order.
RegionTree district()
{
    return RegionTree({{code("14"), "Riau", {}},
                       {code("14.03"), "Kabupaten Bengkalis", {}},
                       {code("14.03.02"), "Bantan", {}},
                       {code("14.03.01"), "Bengkalis", {}},
                       {code("14.03.02.2001"), "Teluk Pambang", VillageKind::Desa},
                       {code("14.03.01.2002"), "Senggoro", VillageKind::Desa},
                       {code("14.03.01.2001"), "Air Putih", VillageKind::Desa},
                       {code("14.03.01.1001"), "Bengkalis Kota", VillageKind::Kelurahan}});
}

PrevalenceObservation figure(const char *village, int year, PrevalenceSource source,
                             PrevalenceRound round, std::optional<std::int64_t> measured,
                             std::optional<std::int64_t> cases,
                             std::optional<double> published = {})
{
    PrevalenceObservation o;
    o.area = PrevalenceArea::ofRegion(code(village));
    o.year = year;
    o.source = source;
    o.round = round;
    o.measured = measured;
    o.cases = cases;
    o.publishedRate = published;
    return o;
}

LocusVillage listed(const char *village, int year, LocusEvidence evidence)
{
    LocusVillage v(code(village), year);
    v.rank = 1;
    v.evidence = evidence;
    return v;
}

const LocusCandidate &find(const std::vector<LocusCandidate> &candidates, const char *village)
{
    const auto it = std::find_if(
        candidates.begin(), candidates.end(),
        [&](const LocusCandidate &c) { return c.village == code(village); });
    EXPECT_NE(it, candidates.end()) << village;
    return *it;
}

} // namespace

TEST(LocusCandidates, EveryVillageOfTheDistrictInRegionOrder)
{
    const auto candidates = buildCandidates(district(), code("14.03"),
                                            {2023, 2022, {}, {}, {}, {}, {}});
    std::vector<std::string> order;
    for (const LocusCandidate &c : candidates)
        order.push_back(c.village.toString());
    EXPECT_EQ(order, (std::vector<std::string>{"14.03.01.1001", "14.03.01.2001", "14.03.01.2002",
                                               "14.03.02.2001"}));
    EXPECT_EQ(find(candidates, "14.03.02.2001").name, "Teluk Pambang");
    EXPECT_EQ(find(candidates, "14.03.02.2001").kecamatan, code("14.03.02"));
    for (const LocusCandidate &c : candidates) {
        EXPECT_FALSE(c.prevalence.has_value());
        EXPECT_FALSE(c.origin.has_value());
    }
}

TEST(LocusCandidates, PrevalenceDataOfTheDataYearWinsOverTheListsNumbers)
{
    CandidateData data{2023, 2022, {}, {}, {}, {}, {}};
    // Air Putih: counts of e-PPGBM February and a published SSGI rate: the counts win, even
    // from an earlier round.
    data.figures.push_back(figure("14.03.01.2001", 2022, PrevalenceSource::Ssgi,
                                  PrevalenceRound::Survey, {}, {}, 30.0));
    data.figures.push_back(figure("14.03.01.2001", 2022, PrevalenceSource::Eppgbm,
                                  PrevalenceRound::February, 200, 30));
    // Senggoro: e-PPGBM of another year only, and a figure of the kecamatan: neither counts.
    data.figures.push_back(
        figure("14.03.01.2002", 2021, PrevalenceSource::Eppgbm, PrevalenceRound::August, 100, 50));
    data.figures.push_back(
        figure("14.03.01", 2022, PrevalenceSource::Eppgbm, PrevalenceRound::August, 1000, 100));
    LocusEvidence stored;
    stored.childrenMeasured = 80;
    stored.stunted = 20;
    stored.targetHouseholds = 44;
    data.listOfYear.push_back(listed("14.03.01.2001", 2023, stored));
    data.listOfYear.push_back(listed("14.03.01.2002", 2023, stored));
    // Bengkalis Kota: only on the list of the data year, with poverty there.
    LocusEvidence earlier;
    earlier.prevalencePercent = 12.5;
    earlier.povertyPercent = 9.0;
    data.listOfDataYear.push_back(listed("14.03.01.1001", 2022, earlier));
    // Senggoro's poverty comes from the data year's list, its households from the year's.
    LocusEvidence poverty;
    poverty.povertyPercent = 17.0;
    poverty.targetHouseholds = 99;
    data.listOfDataYear.push_back(listed("14.03.01.2002", 2022, poverty));

    const auto candidates = buildCandidates(district(), code("14.03"), data);
    const LocusCandidate &air = find(candidates, "14.03.01.2001");
    ASSERT_TRUE(air.prevalence.has_value());
    EXPECT_DOUBLE_EQ(*air.prevalence, 15.0);
    EXPECT_EQ(air.stunted, 30);
    EXPECT_EQ(air.measured, 200);
    ASSERT_TRUE(air.origin.has_value());
    EXPECT_EQ(*air.origin,
              FigureOrigin::ofSeries(PrevalenceSource::Eppgbm, PrevalenceRound::February, 2022));
    EXPECT_EQ(air.targetHouseholds, 44); // households still from the list

    const LocusCandidate &senggoro = find(candidates, "14.03.01.2002");
    ASSERT_TRUE(senggoro.prevalence.has_value());
    EXPECT_DOUBLE_EQ(*senggoro.prevalence, 25.0); // 20 of 80, from the year's list
    EXPECT_EQ(senggoro.origin, FigureOrigin::ofList(2023));
    EXPECT_EQ(senggoro.targetHouseholds, 44);  // the year's list first
    EXPECT_DOUBLE_EQ(*senggoro.poverty, 17.0); // the year's list has none: the data year's

    const LocusCandidate &kota = find(candidates, "14.03.01.1001");
    EXPECT_DOUBLE_EQ(*kota.prevalence, 12.5);
    EXPECT_FALSE(kota.stunted.has_value());
    EXPECT_EQ(kota.origin, FigureOrigin::ofList(2022));
    EXPECT_DOUBLE_EQ(*kota.poverty, 9.0);

    EXPECT_FALSE(find(candidates, "14.03.02.2001").origin.has_value());
}

TEST(LocusCandidates, CoverageGapFromTheDataYearsScorecardElseTheYears)
{
    CandidateData data{2023, 2022, {}, {}, {}, {}, {}};
    Scorecard ofYear(code("14.03.01.2001"), 2023);
    ofYear.indicators = {{ServicePackage::Kia, "Imunisasi", 100, 90}};
    Scorecard ofDataYear(code("14.03.01.2001"), 2022);
    ofDataYear.indicators = {{ServicePackage::Kia, "Imunisasi", 100, 60}};
    Scorecard onlyYear(code("14.03.02.2001"), 2023);
    onlyYear.indicators = {{ServicePackage::Paud, "PAUD", 50, 45}};
    Scorecard noTarget(code("14.03.01.2002"), 2022);
    noTarget.indicators = {{ServicePackage::Paud, "PAUD", 0, 0}};
    data.scorecardsOfYear = {ofYear, onlyYear};
    data.scorecardsOfDataYear = {ofDataYear, noTarget};
    const auto candidates = buildCandidates(district(), code("14.03"), data);
    EXPECT_DOUBLE_EQ(*find(candidates, "14.03.01.2001").coverageGap, 40.0);
    EXPECT_DOUBLE_EQ(*find(candidates, "14.03.02.2001").coverageGap, 10.0);
    EXPECT_FALSE(find(candidates, "14.03.01.2002").coverageGap.has_value());
}

TEST(LocusComparisonFigures, OneSeriesPerYearNeverAMix)
{
    std::vector<PrevalenceObservation> held = {
        // SSGI published rates for every village, e-PPGBM August counts for two: the counts'
        // series is used, and only its villages.
        figure("14.03.01.2001", 2022, PrevalenceSource::Ssgi, PrevalenceRound::Survey, {}, {},
               20.0),
        figure("14.03.01.2002", 2022, PrevalenceSource::Ssgi, PrevalenceRound::Survey, {}, {},
               22.0),
        figure("14.03.02.2001", 2022, PrevalenceSource::Ssgi, PrevalenceRound::Survey, {}, {},
               24.0),
        figure("14.03.01.2001", 2022, PrevalenceSource::Eppgbm, PrevalenceRound::August, 100, 10),
        figure("14.03.02.2001", 2022, PrevalenceSource::Eppgbm, PrevalenceRound::August, 50, 10),
        // February of the same source is the earlier round: not used.
        figure("14.03.01.2002", 2022, PrevalenceSource::Eppgbm, PrevalenceRound::February, 80, 8),
        // Another year and the kecamatan are never used.
        figure("14.03.01.2002", 2021, PrevalenceSource::Eppgbm, PrevalenceRound::August, 80, 8),
        figure("14.03.01", 2022, PrevalenceSource::Eppgbm, PrevalenceRound::August, 80, 8),
    };
    const YearFigures figures = comparisonFigures(2022, code("14.03"), held, {});
    ASSERT_TRUE(figures.origin.has_value());
    EXPECT_EQ(*figures.origin,
              FigureOrigin::ofSeries(PrevalenceSource::Eppgbm, PrevalenceRound::August, 2022));
    ASSERT_EQ(figures.figures.size(), 2U);
    EXPECT_EQ(figures.figures.at(code("14.03.01.2001")).cases, 10);
    EXPECT_EQ(figures.figures.at(code("14.03.02.2001")).measured, 50);

    // Published rates only: SSGI before any other source of rates.
    held.erase(held.begin() + 3, held.end());
    held.push_back(figure("14.03.01.2001", 2022, PrevalenceSource::Other, PrevalenceRound::Survey,
                          {}, {}, 50.0));
    const YearFigures rates = comparisonFigures(2022, code("14.03"), held, {});
    EXPECT_EQ(rates.origin,
              FigureOrigin::ofSeries(PrevalenceSource::Ssgi, PrevalenceRound::Survey, 2022));
    EXPECT_EQ(rates.figures.size(), 3U);
    EXPECT_DOUBLE_EQ(*rates.figures.at(code("14.03.01.2001")).percent, 20.0);
}

TEST(LocusComparisonFigures, TheListsNumbersWhenNoPrevalenceDataIsHeld)
{
    LocusEvidence counts;
    counts.childrenMeasured = 40;
    counts.stunted = 10;
    LocusEvidence none;
    const std::vector<LocusVillage> list = {listed("14.03.01.2001", 2021, counts),
                                            listed("14.03.01.2002", 2021, none),
                                            listed("14.03.02.2001", 2020, counts)};
    const YearFigures figures = comparisonFigures(2021, code("14.03"), {}, list);
    EXPECT_EQ(figures.origin, FigureOrigin::ofList(2021));
    ASSERT_EQ(figures.figures.size(), 1U);
    EXPECT_DOUBLE_EQ(*figures.figures.at(code("14.03.01.2001")).percent, 25.0);

    const YearFigures nothing = comparisonFigures(2021, code("14.03"), {}, {});
    EXPECT_FALSE(nothing.origin.has_value());
    EXPECT_TRUE(nothing.figures.empty());
}

namespace {

/// Four villages ranked 1..4 (by prevalence).
std::vector<RankedVillage> ranking()
{
    std::vector<LocusCandidate> candidates;
    const char *codes[] = {"14.03.01.2001", "14.03.01.2002", "14.03.01.1001", "14.03.02.2001"};
    double prevalence = 40;
    for (const char *c : codes) {
        candidates.push_back({code(c), c, *code(c).parent(), prevalence, {}, {}, {}, {}, {}, {}});
        prevalence -= 10;
    }
    return rankVillages(candidates, {1, 0, 0, 0});
}

} // namespace

TEST(LocusChoices, AddingAndLeavingOutFollowTheCut)
{
    const auto ranked = ranking();
    ASSERT_EQ(ranked[0].candidate.village, code("14.03.01.2001"));
    LocusChoices choices;
    using Outcome = LocusChoices::Outcome;
    using Status = LocusChoices::Status;
    const int topN = 2;
    // Adding a village of the top N does nothing; below the cut it needs a reason.
    EXPECT_EQ(choices.add(ranked, topN, code("14.03.01.2002"), "x"), Outcome::AlreadyOnList);
    EXPECT_EQ(choices.add(ranked, topN, code("14.03.02.2001"), "  "), Outcome::ReasonMissing);
    EXPECT_TRUE(choices.empty());
    EXPECT_EQ(choices.add(ranked, topN, code("14.03.02.2001"), " Rembuk 2023 "), Outcome::Added);
    EXPECT_EQ(choices.reason(code("14.03.02.2001")), "Rembuk 2023");
    // Leaving out: below the cut there is nothing to leave out, an addition is undone.
    EXPECT_EQ(choices.leaveOut(ranked, topN, code("14.03.01.1001"), "x"), Outcome::NotInTopN);
    EXPECT_EQ(choices.leaveOut(ranked, topN, code("14.03.01.2001"), ""), Outcome::ReasonMissing);
    EXPECT_EQ(choices.leaveOut(ranked, topN, code("14.03.01.2001"), "Program provinsi"),
              Outcome::LeftOut);
    EXPECT_EQ(choices.status(ranked[0], topN), Status::LeftOut);
    EXPECT_EQ(choices.status(ranked[1], topN), Status::TopN);
    EXPECT_EQ(choices.status(ranked[2], topN), Status::Below);
    EXPECT_EQ(choices.status(ranked[3], topN), Status::Added);

    auto effective = choices.effective(ranked, topN);
    ASSERT_EQ(effective.added.size(), 1U);
    EXPECT_EQ(effective.added[0].village, code("14.03.02.2001"));
    ASSERT_EQ(effective.removed.size(), 1U);
    EXPECT_EQ(effective.removed[0].reason, "Program provinsi");
    // The choices make a list selectVillages accepts.
    const LocusSelection selection = selectVillages(2023, ranked, topN, effective.added,
                                                    effective.removed);
    ASSERT_EQ(selection.villages.size(), 2U);
    EXPECT_EQ(selection.villages[0].village, code("14.03.01.2002"));
    EXPECT_EQ(selection.villages[1].origin, LocusOrigin::Manual);

    // With N = 4 the added village is in the top N: the addition no longer counts, but it is
    // kept; back to N = 2 it counts again.
    effective = choices.effective(ranked, 4);
    EXPECT_TRUE(effective.added.empty());
    EXPECT_EQ(choices.status(ranked[3], 4), Status::TopN);
    EXPECT_EQ(choices.effective(ranked, topN).added.size(), 1U);
    // With N = 0 the left-out village is below the cut: its leaving-out does not count.
    EXPECT_TRUE(choices.effective(ranked, 0).removed.empty());

    // Adding the left-out village back takes the leaving-out back, without a reason.
    EXPECT_EQ(choices.add(ranked, topN, code("14.03.01.2001"), ""), Outcome::TakenBack);
    EXPECT_EQ(choices.status(ranked[0], topN), Status::TopN);
    EXPECT_EQ(choices.leaveOut(ranked, topN, code("14.03.02.2001"), ""), Outcome::AdditionUndone);
    EXPECT_TRUE(choices.empty());
    EXPECT_EQ(choices.add(ranked, topN, code("14.03.09.2001"), "x"), Outcome::NotRanked);
    EXPECT_EQ(choices.add(ranked, topN, code("14.03.01.1001"), "r"), Outcome::Added);
    EXPECT_TRUE(choices.clear(code("14.03.01.1001")));
    EXPECT_FALSE(choices.clear(code("14.03.01.1001")));
    EXPECT_TRUE(choices.empty());
}
