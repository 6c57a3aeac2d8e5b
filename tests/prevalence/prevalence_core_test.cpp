// SPDX-License-Identifier: GPL-3.0-or-later
// The arithmetic of prevalence, against hand-worked examples: rates from counts, Wilson
// intervals, severity bands, aggregation from counts (never by averaging percentages),
// trends, headlines and targets; the rules of a puskesmas and its sums from the desa it serves.
#include "core/prevalence/prevalence.h"
#include "core/prevalence/prevalence_aggregation.h"
#include "core/prevalence/prevalence_puskesmas.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace konvergensi::core;

namespace {

RegionCode rc(const char *text)
{
    return RegionCode::fromString(text);
}

PrevalenceObservation counts(const char *code, std::int64_t cases, std::int64_t measured,
                             int year = 2023, PrevalenceRound round = PrevalenceRound::August)
{
    PrevalenceObservation o;
    o.area = PrevalenceArea::ofRegion(rc(code));
    o.year = year;
    o.round = round;
    o.source = PrevalenceSource::Eppgbm;
    o.measured = measured;
    o.cases = cases;
    return o;
}

PrevalenceObservation published(const char *code, double rate, int year,
                                PrevalenceSource source = PrevalenceSource::Ssgi)
{
    PrevalenceObservation o;
    o.area = PrevalenceArea::ofRegion(rc(code));
    o.year = year;
    o.round = PrevalenceRound::Survey;
    o.source = source;
    o.publishedRate = rate;
    return o;
}

/// District 14.03 with two kecamatan: 14.03.01 (desa 2001, 2002, kelurahan 1001) and
/// 14.03.02 (desa 2001).
RegionTree smallTree()
{
    return RegionTree({
        {rc("14"), "Riau", std::nullopt},
        {rc("14.03"), "Kabupaten Bengkalis", std::nullopt},
        {rc("14.03.01"), "Bengkalis", std::nullopt},
        {rc("14.03.01.1001"), "Bengkalis Kota", VillageKind::Kelurahan},
        {rc("14.03.01.2001"), "Air Putih", VillageKind::Desa},
        {rc("14.03.01.2002"), "Sebauk", VillageKind::Desa},
        {rc("14.03.02"), "Bantan", std::nullopt},
        {rc("14.03.02.2001"), "Selatbaru", VillageKind::Desa},
    });
}

} // namespace

TEST(PrevalenceRate, FromCounts)
{
    EXPECT_NEAR(*rateFromCounts(21, 250), 8.4, 1e-12);
    EXPECT_NEAR(*rateFromCounts(0, 17), 0.0, 1e-12);
    EXPECT_NEAR(*rateFromCounts(17, 17), 100.0, 1e-12);
}

TEST(PrevalenceRate, ZeroMeasuredHasNoRate)
{
    EXPECT_FALSE(rateFromCounts(0, 0).has_value());
    EXPECT_FALSE(rateFromCounts(3, 2).has_value());
    EXPECT_FALSE(wilsonInterval(0, 0).has_value());
    PrevalenceObservation o = counts("14.03.01.2001", 0, 0);
    EXPECT_FALSE(o.hasCounts());
    EXPECT_FALSE(o.rate().has_value());
}

TEST(PrevalenceRate, PublishedRateWithoutCounts)
{
    const PrevalenceObservation o = published("14.03", 8.4, 2022);
    EXPECT_FALSE(o.hasCounts());
    EXPECT_NEAR(*o.rate(), 8.4, 1e-12);
    EXPECT_TRUE(validate(o).empty());
}

TEST(PrevalenceRate, CountsWinOverPublishedRate)
{
    PrevalenceObservation o = counts("14.03.01.2001", 21, 250);
    o.publishedRate = 8.4;
    EXPECT_TRUE(validate(o).empty());
    o.publishedRate = 9.0;
    EXPECT_EQ(validate(o), std::vector{PrevalenceProblem::RateDisagreesWithCounts});
}

TEST(PrevalenceWilson, TenOfHundred)
{
    // p = 0.1, n = 100, z = 1.96: centre 0.11480, half-width 0.05957 -> 5.52 % .. 17.44 %.
    const auto interval = wilsonInterval(10, 100);
    ASSERT_TRUE(interval);
    EXPECT_NEAR(interval->low, 5.52, 0.01);
    EXPECT_NEAR(interval->high, 17.44, 0.01);
}

TEST(PrevalenceWilson, ZeroCasesGivesAnUpperBound)
{
    // 0 of 20: low 0, high z^2/(n+z^2) = 3.8415/23.8415 = 16.11 %.
    const auto interval = wilsonInterval(0, 20);
    ASSERT_TRUE(interval);
    EXPECT_NEAR(interval->low, 0.0, 1e-9);
    EXPECT_NEAR(interval->high, 16.11, 0.01);
    const auto all = wilsonInterval(20, 20);
    EXPECT_NEAR(all->high, 100.0, 1e-9);
    EXPECT_NEAR(all->low, 83.89, 0.01);
}

TEST(PrevalenceBands, WhoThresholds)
{
    EXPECT_EQ(severityBand(0.0), SeverityBand::VeryLow);
    EXPECT_EQ(severityBand(2.49), SeverityBand::VeryLow);
    EXPECT_EQ(severityBand(2.5), SeverityBand::Low);
    EXPECT_EQ(severityBand(9.99), SeverityBand::Low);
    EXPECT_EQ(severityBand(10.0), SeverityBand::Medium);
    EXPECT_EQ(severityBand(19.99), SeverityBand::Medium);
    EXPECT_EQ(severityBand(20.0), SeverityBand::High);
    EXPECT_EQ(severityBand(30.0), SeverityBand::VeryHigh);
}

TEST(PrevalenceValidation, Rules)
{
    PrevalenceObservation o = counts("14.03.01.2001", 12, 10);
    EXPECT_EQ(validate(o), std::vector{PrevalenceProblem::CasesExceedMeasured});
    o = counts("14.03.01.2001", -1, 10);
    EXPECT_EQ(validate(o), std::vector{PrevalenceProblem::NegativeCount});
    o = counts("14.03.01.2001", 1, 10);
    o.cases.reset();
    EXPECT_EQ(validate(o),
              (std::vector{PrevalenceProblem::CountsIncomplete, PrevalenceProblem::NoFigure}));
    o = published("14.03", 101, 2022);
    EXPECT_EQ(validate(o), std::vector{PrevalenceProblem::RateOutOfRange});
    o = published("14.03", 8, 1999);
    EXPECT_EQ(validate(o), std::vector{PrevalenceProblem::YearOutOfRange});
    o = published("14.03", 8, 2022, PrevalenceSource::Eppgbm);
    EXPECT_EQ(validate(o), std::vector{PrevalenceProblem::SurveyRoundForMonthlySource});
    o = counts("14.03.01.2001", 0, 0);
    EXPECT_TRUE(validate(o).empty()) << "zero measured is a valid (empty) record";
}

TEST(PrevalenceWords, RoundTrip)
{
    for (PrevalenceSource s : allPrevalenceSources())
        EXPECT_EQ(prevalenceSourceFromString(toString(s)), s);
    for (PrevalenceIndicator i : allPrevalenceIndicators())
        EXPECT_EQ(prevalenceIndicatorFromString(toString(i)), i);
    EXPECT_EQ(prevalenceSourceFromString(" e-PPGBM "), PrevalenceSource::Eppgbm);
    EXPECT_EQ(prevalenceSourceFromString("SSGBI"), PrevalenceSource::Ssgi);
    EXPECT_EQ(prevalenceRoundFromString("Agustus"), PrevalenceRound::August);
    EXPECT_EQ(prevalenceRoundFromString("survei"), PrevalenceRound::Survey);
    EXPECT_EQ(prevalenceIndicatorFromString("stunting berat"), PrevalenceIndicator::SevereStunting);
    EXPECT_FALSE(prevalenceSourceFromString("guess").has_value());
}

TEST(PrevalenceArea, Keys)
{
    EXPECT_EQ(PrevalenceArea::national().key(), "national");
    EXPECT_EQ(PrevalenceArea::ofPuskesmas("P1403").key(), "pkm:P1403");
    EXPECT_EQ(PrevalenceArea::ofRegion(rc("14.03")).key(), "14.03");
    EXPECT_EQ(PrevalenceArea::fromKey("pkm:P1403"), PrevalenceArea::ofPuskesmas("P1403"));
    EXPECT_EQ(PrevalenceArea::fromKey("14.03.01"), PrevalenceArea::ofRegion(rc("14.03.01")));
    EXPECT_FALSE(PrevalenceArea::fromKey("nowhere").has_value());
}

TEST(PrevalenceArea, AsPeopleWriteIt)
{
    for (const char *word : {"nasional", "National", " INDONESIA ", "id"}) {
        EXPECT_EQ(PrevalenceArea::fromText(word), PrevalenceArea::national()) << word;
        EXPECT_TRUE(PrevalenceArea::isNationalWord(word)) << word;
    }
    EXPECT_FALSE(PrevalenceArea::isNationalWord("nasionalis"));
    EXPECT_EQ(PrevalenceArea::fromText(" 14.03.01 "), PrevalenceArea::ofRegion(rc("14.03.01")));
    EXPECT_EQ(PrevalenceArea::fromText("P1403010101"), PrevalenceArea::ofPuskesmas("P1403010101"));
    EXPECT_EQ(PrevalenceArea::fromText("PKM: P1403010101"),
              PrevalenceArea::ofPuskesmas("P1403010101"));
    EXPECT_FALSE(PrevalenceArea::fromText("   ").has_value());
    EXPECT_FALSE(PrevalenceArea::fromText("pkm:").has_value());
}

TEST(PrevalenceAggregation, SumsCountsNeverAveragesPercentages)
{
    // Air Putih 20 of 100 (20 %), Sebauk 1 of 10 (10 %): the kecamatan is 21 of 110 =
    // 19.09 %, not the 15 % an average of the two percentages would give.
    const std::vector<PrevalenceObservation> obs{counts("14.03.01.2001", 20, 100),
                                                 counts("14.03.01.2002", 1, 10)};
    const PeriodSummary s = summarizePeriod(smallTree(), rc("14.03"), obs, std::nullopt);
    ASSERT_EQ(s.kecamatan.size(), 2u);
    const AreaFigure &bengkalis = s.kecamatan[0];
    EXPECT_TRUE(bengkalis.aggregated);
    EXPECT_EQ(bengkalis.measured, 110);
    EXPECT_EQ(bengkalis.cases, 21);
    EXPECT_NEAR(*bengkalis.rate, 100.0 * 21 / 110, 1e-9);
    EXPECT_EQ(bengkalis.areasWithCounts, 2);
    EXPECT_EQ(bengkalis.band, SeverityBand::Medium);
    EXPECT_FALSE(s.kecamatan[1].rate.has_value()) << "no figures in Bantan";
    EXPECT_NEAR(*s.district.rate, 100.0 * 21 / 110, 1e-9);
    EXPECT_EQ(s.villages.size(), 4u);
    EXPECT_EQ(s.completeness.villages, 4);
    EXPECT_EQ(s.completeness.villagesWithFigure, 2);
    EXPECT_NEAR(*s.completeness.villageShare(), 50.0, 1e-9);
    EXPECT_FALSE(s.completeness.measuredShare().has_value()) << "no eligible counts";
    EXPECT_FALSE(s.locus.known);
    EXPECT_FALSE(s.villages[0].locus.has_value());
}

TEST(PrevalenceAggregation, RateOnlyVillagesAreCountedButNotSummed)
{
    std::vector<PrevalenceObservation> obs{counts("14.03.01.2001", 20, 100),
                                           published("14.03.01.2002", 50, 2023)};
    obs[1].source = PrevalenceSource::Eppgbm;
    obs[1].round = PrevalenceRound::August;
    const PeriodSummary s = summarizePeriod(smallTree(), rc("14.03"), obs, std::nullopt);
    EXPECT_NEAR(*s.kecamatan[0].rate, 20.0, 1e-9);
    EXPECT_EQ(s.kecamatan[0].areasRateOnly, 1);
    EXPECT_EQ(s.completeness.villagesWithFigure, 2);
    EXPECT_NEAR(*s.villages[2].rate, 50.0, 1e-9);
    EXPECT_FALSE(s.villages[2].interval.has_value()) << "no interval without counts";
}

TEST(PrevalenceAggregation, OwnFigureOfAnAreaWins)
{
    std::vector<PrevalenceObservation> obs{counts("14.03.01.2001", 20, 100),
                                           counts("14.03", 9, 100)};
    const PeriodSummary s = summarizePeriod(smallTree(), rc("14.03"), obs, std::nullopt);
    EXPECT_FALSE(s.district.aggregated);
    EXPECT_NEAR(*s.district.rate, 9.0, 1e-9);
}

TEST(PrevalenceAggregation, LocusAndCompleteness)
{
    std::vector<PrevalenceObservation> obs{counts("14.03.01.2001", 20, 100),
                                           counts("14.03.01.2002", 1, 10),
                                           counts("14.03.02.2001", 3, 30)};
    obs[0].eligible = 125;
    obs[1].eligible = 10;
    const FixedLocusVillages locus({{2023, {"14.03.01.2001", "14.03.02.2001"}}});
    const PeriodSummary s = summarizePeriod(smallTree(), rc("14.03"), obs, locus.villages(2023));
    ASSERT_TRUE(s.locus.known);
    EXPECT_EQ(s.locus.locusVillages, 2);
    EXPECT_EQ(s.locus.otherVillages, 1);
    EXPECT_NEAR(*s.locus.locus.rate(), 100.0 * 23 / 130, 1e-9);
    EXPECT_NEAR(*s.locus.other.rate(), 10.0, 1e-9);
    EXPECT_EQ(s.villages[1].locus, true);
    EXPECT_EQ(s.villages[0].locus, false) << "kelurahan 1001 is not a locus";
    // 110 measured of 135 eligible in the villages that give the eligible count.
    EXPECT_NEAR(*s.completeness.measuredShare(), 100.0 * 110 / 135, 1e-9);
    EXPECT_FALSE(locus.villages(2022).has_value());
}

TEST(PrevalenceTrend, DistrictSeriesFromOwnFiguresOrVillageCounts)
{
    std::vector<PrevalenceObservation> obs{
        counts("14.03.01.2001", 20, 100, 2022, PrevalenceRound::February),
        counts("14.03.02.2001", 10, 100, 2022, PrevalenceRound::February),
        counts("14.03.01.2001", 5, 100, 2021, PrevalenceRound::August),
        counts("14.03", 7, 100, 2021, PrevalenceRound::August),
        counts("14.03.01", 90, 100, 2023, PrevalenceRound::February), // not a village: ignored
    };
    const auto trend = districtTrend(rc("14.03"), obs);
    ASSERT_EQ(trend.size(), 2u);
    EXPECT_EQ(trend[0].year, 2021);
    EXPECT_NEAR(trend[0].rate, 7.0, 1e-9);
    EXPECT_FALSE(trend[0].aggregated);
    EXPECT_EQ(trend[1].year, 2022);
    EXPECT_NEAR(trend[1].rate, 15.0, 1e-9);
    EXPECT_TRUE(trend[1].aggregated);
    ASSERT_TRUE(trend[1].interval);
}

TEST(PrevalenceTrend, PeriodOrder)
{
    EXPECT_TRUE(periodBefore(2022, PrevalenceRound::February, 2022, PrevalenceRound::August));
    EXPECT_TRUE(periodBefore(2022, PrevalenceRound::Survey, 2022, PrevalenceRound::August));
    EXPECT_TRUE(periodBefore(2021, PrevalenceRound::August, 2022, PrevalenceRound::February));
    EXPECT_FALSE(periodBefore(2022, PrevalenceRound::August, 2022, PrevalenceRound::August));
}

TEST(PrevalenceTargets, DistrictTargetOrNationalOfTheNearestYear)
{
    std::vector<PrevalenceTarget> targets;
    targets.push_back(
        {1, PrevalenceArea::national(), 2024, PrevalenceIndicator::Stunting, 14.0, {}});
    targets.push_back(
        {2, PrevalenceArea::ofRegion(rc("14.03")), 2023, PrevalenceIndicator::Stunting, 8.0, {}});
    targets.push_back(
        {3, PrevalenceArea::ofRegion(rc("14.04")), 2022, PrevalenceIndicator::Stunting, 1.0, {}});
    EXPECT_NEAR(targetFor(targets, rc("14.03"), 2023, PrevalenceIndicator::Stunting)->percent, 8.0,
                1e-9);
    EXPECT_NEAR(targetFor(targets, rc("14.03"), 2022, PrevalenceIndicator::Stunting)->percent, 14.0,
                1e-9);
    EXPECT_FALSE(targetFor(targets, rc("14.03"), 2025, PrevalenceIndicator::Stunting).has_value());
    EXPECT_FALSE(targetFor(targets, rc("14.03"), 2023, PrevalenceIndicator::Wasting).has_value());
}

TEST(PrevalenceHeadline, ChangeAndGap)
{
    // Bengkalis SSGI: 21.9 % (2021), 8.4 % (2022): change -13.5 points; 14 % target: gap -5.6.
    const std::vector<PrevalenceObservation> obs{published("14.03", 21.9, 2021),
                                                 published("14.03", 8.4, 2022)};
    const auto trend = districtTrend(rc("14.03"), obs);
    const std::vector<PrevalenceTarget> targets{
        {1, PrevalenceArea::national(), 2024, PrevalenceIndicator::Stunting, 14.0, {}}};
    const auto h = headline(PrevalenceSource::Ssgi, trend, targets, rc("14.03"),
                            PrevalenceIndicator::Stunting);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->latest.year, 2022);
    EXPECT_NEAR(*h->change, -13.5, 1e-9);
    EXPECT_NEAR(*h->gap, -5.6, 1e-9);
    EXPECT_FALSE(
        headline(PrevalenceSource::Ski, {}, targets, rc("14.03"), PrevalenceIndicator::Stunting)
            .has_value());
}

TEST(PrevalenceSeries, AreaSeriesSorted)
{
    PrevalenceObservation a = published("14", 17.0, 2022);
    PrevalenceObservation n1 = published("14", 0, 2021);
    n1.area = PrevalenceArea::national();
    n1.publishedRate = 24.4;
    PrevalenceObservation n0 = n1;
    n0.year = 2013;
    n0.publishedRate = 37.2;
    const auto series = areaSeries(PrevalenceArea::national(), {a, n1, n0});
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series[0].year, 2013);
    EXPECT_NEAR(series[1].rate, 24.4, 1e-9);
}

TEST(PrevalenceAggregation, FiguresBelowAKecamatanOrDistrict)
{
    const std::vector<PrevalenceObservation> obs{counts("14.03.01.2001", 20, 100),
                                                 counts("14.03.01.2002", 1, 10),
                                                 counts("14.03.02.2001", 3, 30)};
    const auto figures = figuresBelow(smallTree(), rc("14.03"), obs);
    ASSERT_EQ(figures.size(), 7u);
    EXPECT_EQ(figures[0].code, rc("14.03"));
    EXPECT_NEAR(*figures[0].rate, 100.0 * 24 / 140, 1e-9);
    EXPECT_EQ(figures[1].code, rc("14.03.01"));
    EXPECT_EQ(figures[1].measured, 110);
    EXPECT_EQ(figures[2].code, rc("14.03.01.1001"));
    EXPECT_FALSE(figures[2].rate.has_value());
    EXPECT_EQ(figures[5].code, rc("14.03.02"));
    EXPECT_NEAR(*figures[5].rate, 10.0, 1e-9);
    EXPECT_TRUE(figuresBelow(smallTree(), rc("14.09"), obs).empty());
}

// ---- Puskesmas ----------------------------------------------------------------------------

namespace {

Puskesmas pkm(const char *code, const char *name, const char *kecamatan,
              std::vector<RegionCode> villages)
{
    return Puskesmas{code, name, rc(kecamatan), std::move(villages)};
}

PrevalenceObservation ofPuskesmas(const char *code, std::int64_t cases, std::int64_t measured)
{
    PrevalenceObservation o = counts("14.03", cases, measured);
    o.area = PrevalenceArea::ofPuskesmas(code);
    return o;
}

} // namespace

TEST(PuskesmasRules, AGoodPuskesmasHasNoProblem)
{
    const auto p = pkm(" P1403010101 ", " Puskesmas Bengkalis ", "14.03.01",
                       {rc("14.03.01.2001"), rc("14.03.01.1001")});
    EXPECT_TRUE(validate(p).empty());
    EXPECT_FALSE(puskesmasWarnings(p).any());
}

TEST(PuskesmasRules, CodeNameKecamatanAndVillages)
{
    auto p = pkm("", "  ", "14.03.01", {});
    p.kecamatan.reset();
    EXPECT_EQ(validate(p), (std::vector{PuskesmasProblem::EmptyCode, PuskesmasProblem::EmptyName,
                                        PuskesmasProblem::NoKecamatan}));
    // Codes: letters, digits and . - _ / only, at most 32; never a region code or "nasional",
    // which an import file would read as a region or the national series.
    for (const char *bad :
         {"P 14030101", "pkm:P1", "P1403010101#", "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP"})
        EXPECT_EQ(validate(pkm(bad, "X", "14.03.01", {})),
                  std::vector{PuskesmasProblem::CodeNotAllowed})
            << bad;
    for (const char *area : {"14.03.01", "14", "nasional", "Indonesia"})
        EXPECT_EQ(validate(pkm(area, "X", "14.03.01", {})),
                  std::vector{PuskesmasProblem::CodeLooksLikeArea})
            << area;
    for (const char *good : {"P1403010101", "1040123", "PKM-BKS/01", "p_14.03"})
        EXPECT_TRUE(validate(pkm(good, "X", "14.03.01", {})).empty()) << good;

    EXPECT_EQ(validate(pkm("P1", "X", "14.03", {})),
              std::vector{PuskesmasProblem::KecamatanNotAKecamatan});
    EXPECT_EQ(validate(pkm("P1", "X", "14.03.01", {rc("14.03.02")})),
              std::vector{PuskesmasProblem::VillageNotAVillage});
    EXPECT_EQ(validate(pkm("P1", "X", "14.03.01", {rc("14.04.01.2001")})),
              std::vector{PuskesmasProblem::VillageInOtherDistrict});
    EXPECT_EQ(validate(pkm("P1", "X", "14.03.01", {rc("14.03.01.2001"), rc("14.03.01.2001")})),
              std::vector{PuskesmasProblem::DuplicateVillage});
}

TEST(PuskesmasRules, DesaOfAnotherKecamatanIsAWarningNotAnError)
{
    // After a kecamatan is split, the old puskesmas often keeps serving the new one's desa.
    const auto p = pkm("P1403010101", "Puskesmas Bengkalis", "14.03.01",
                       {rc("14.03.01.2001"), rc("14.03.02.2001")});
    EXPECT_TRUE(validate(p).empty());
    const auto warnings = puskesmasWarnings(p);
    EXPECT_TRUE(warnings.any());
    EXPECT_FALSE(warnings.noVillages);
    EXPECT_EQ(warnings.outsideKecamatan, std::vector{rc("14.03.02.2001")});
    EXPECT_TRUE(puskesmasWarnings(pkm("P1", "X", "14.03.01", {})).noVillages);
}

TEST(PuskesmasRules, ADesaIsServedByOnePuskesmasOnly)
{
    const std::vector<Puskesmas> all{
        pkm("P1403010101", "Puskesmas Bengkalis", "14.03.01",
            {rc("14.03.01.2001"), rc("14.03.01.2002")}),
        pkm("P1403020101", "Puskesmas Bantan", "14.03.02", {rc("14.03.02.2001")})};
    // Editing a puskesmas with its own desa: no clash with itself.
    EXPECT_TRUE(villagesServedElsewhere(all[0], all).empty());
    const auto candidate = pkm("P1403010102", "Puskesmas Sungai Alam", "14.03.01",
                               {rc("14.03.01.1001"), rc("14.03.01.2002"), rc("14.03.02.2001")});
    const auto clashes = villagesServedElsewhere(candidate, all);
    ASSERT_EQ(clashes.size(), 2u);
    EXPECT_EQ(clashes[0], std::make_pair(rc("14.03.01.2002"), std::string("P1403010101")));
    EXPECT_EQ(clashes[1], std::make_pair(rc("14.03.02.2001"), std::string("P1403020101")));
}

TEST(PuskesmasAggregation, SumsTheCountsOfTheServedDesaAndKeepsTheOwnFigureApart)
{
    // Puskesmas Bengkalis serves Air Putih (20 of 100), Sebauk (1 of 10) and Bengkalis Kota
    // (rate only, 50 %): 21 of 110 = 19.09 %, not an average of 20 %, 10 % and 50 %. Its own
    // e-PPGBM figure, 9 of 120, is shown apart and never mixed into the sum.
    std::vector<PrevalenceObservation> obs{
        counts("14.03.01.2001", 20, 100), counts("14.03.01.2002", 1, 10),
        published("14.03.01.1001", 50, 2023), counts("14.03.02.2001", 3, 30),
        ofPuskesmas("P1403010101", 9, 120)};
    obs[2].source = PrevalenceSource::Eppgbm;
    obs[2].round = PrevalenceRound::August;
    const std::vector<Puskesmas> puskesmas{
        pkm("P1403010101", "Puskesmas Bengkalis", "14.03.01",
            {rc("14.03.01.1001"), rc("14.03.01.2001"), rc("14.03.01.2002")}),
        pkm("P1403020101", "Puskesmas Bantan", "14.03.02", {})};
    const PuskesmasSummary s = summarizePuskesmas(smallTree(), rc("14.03"), puskesmas, obs);
    ASSERT_EQ(s.puskesmas.size(), 2u);
    const PuskesmasFigure &bengkalis = s.puskesmas[0];
    EXPECT_EQ(bengkalis.code, "P1403010101");
    EXPECT_EQ(bengkalis.villagesServed, 3);
    EXPECT_EQ(bengkalis.villagesWithFigure(), 3);
    EXPECT_EQ(bengkalis.villages.withCounts, 2);
    EXPECT_EQ(bengkalis.villages.rateOnly, 1);
    EXPECT_EQ(bengkalis.villages.measured, 110);
    EXPECT_EQ(bengkalis.villages.cases, 21);
    EXPECT_NEAR(*bengkalis.villages.rate(), 100.0 * 21 / 110, 1e-9);
    const auto interval = *bengkalis.villages.interval();
    const auto expected = *wilsonInterval(21, 110);
    EXPECT_NEAR(interval.low, expected.low, 1e-9);
    EXPECT_NEAR(interval.high, expected.high, 1e-9);
    ASSERT_TRUE(bengkalis.own.has_value());
    EXPECT_NEAR(*bengkalis.own->rate(), 7.5, 1e-9);
    // Bantan serves no desa: no sum, no own figure. Its desa 2001 is served by nobody.
    EXPECT_FALSE(s.puskesmas[1].villages.rate().has_value());
    EXPECT_FALSE(s.puskesmas[1].own.has_value());
    EXPECT_EQ(s.villagesNotServed, std::vector{rc("14.03.02.2001")});
}

TEST(PrevalenceSeverity, BandsFollowTheIndicator)
{
    // Stunting: 2.5 / 10 / 20 / 30 (de Onis et al. 2019).
    EXPECT_EQ(severityBand(PrevalenceIndicator::Stunting, 9.99), SeverityBand::Low);
    EXPECT_EQ(severityBand(PrevalenceIndicator::Stunting, 10.0), SeverityBand::Medium);
    EXPECT_EQ(severityBand(PrevalenceIndicator::Stunting, 29.99), SeverityBand::High);
    // Wasting and overweight: 2.5 / 5 / 10 / 15.
    for (auto indicator : {PrevalenceIndicator::Wasting, PrevalenceIndicator::Overweight}) {
        EXPECT_EQ(severityBand(indicator, 2.49), SeverityBand::VeryLow);
        EXPECT_EQ(severityBand(indicator, 2.5), SeverityBand::Low);
        EXPECT_EQ(severityBand(indicator, 4.99), SeverityBand::Low);
        EXPECT_EQ(severityBand(indicator, 5.0), SeverityBand::Medium);
        EXPECT_EQ(severityBand(indicator, 10.0), SeverityBand::High);
        EXPECT_EQ(severityBand(indicator, 14.99), SeverityBand::High);
        EXPECT_EQ(severityBand(indicator, 15.0), SeverityBand::VeryHigh);
    }
    // WHO gives none for severe stunting and underweight.
    EXPECT_FALSE(severityThresholds(PrevalenceIndicator::SevereStunting).has_value());
    EXPECT_FALSE(severityBand(PrevalenceIndicator::Underweight, 40.0).has_value());
    EXPECT_EQ(allSeverityBands().size(), 5u);
}

TEST(PrevalenceSeverity, AggregatedFiguresAreBandedForTheirIndicator)
{
    // 12 of 100 wasted: "high" for wasting (10 to < 15), where 12 % stunting is "medium".
    auto a = counts("14.03.01.2001", 7, 50);
    auto b = counts("14.03.01.2002", 5, 50);
    a.indicator = b.indicator = PrevalenceIndicator::Wasting;
    const PeriodSummary s = summarizePeriod(smallTree(), rc("14.03"), {a, b}, std::nullopt);
    EXPECT_EQ(s.kecamatan[0].band, SeverityBand::High);
    EXPECT_EQ(s.district.band, SeverityBand::High);
    EXPECT_EQ(s.villages[1].band, SeverityBand::High) << "7 of 50 = 14 %";
    a.indicator = b.indicator = PrevalenceIndicator::Underweight;
    const PeriodSummary u = summarizePeriod(smallTree(), rc("14.03"), {a, b}, std::nullopt);
    EXPECT_TRUE(u.kecamatan[0].rate.has_value());
    EXPECT_FALSE(u.kecamatan[0].band.has_value());
}

namespace {

PrevalenceObservation posyandu(const char *village, const char *code, std::int64_t cases,
                               std::int64_t measured, int year = 2023)
{
    PrevalenceObservation o = counts(village, cases, measured, year);
    o.area = PrevalenceArea::ofPosyandu(rc(village), code);
    return o;
}

} // namespace

TEST(PrevalencePosyandu, AreasBelowTheDesaHaveTheirOwnKey)
{
    const PrevalenceArea mawar = PrevalenceArea::ofPosyandu(rc("14.03.01.2001"), "Mawar-1");
    EXPECT_EQ(mawar.key(), "pos:14.03.01.2001/Mawar-1");
    EXPECT_EQ(PrevalenceArea::fromKey(mawar.key()), mawar);
    EXPECT_EQ(PrevalenceArea::fromText(" POS: 14.03.01.2001 / Mawar-1 "), mawar);
    EXPECT_FALSE(PrevalenceArea::fromKey("pos:14.03.01/Mawar-1").has_value())
        << "a posyandu lies in a desa, not a kecamatan";
    EXPECT_FALSE(PrevalenceArea::fromText("pos:14.03.01.2001/").has_value());
    EXPECT_FALSE(PrevalenceArea::fromText("pos:14.03.01.2001").has_value());
    EXPECT_NE(mawar, PrevalenceArea::ofRegion(rc("14.03.01.2001")));
}

TEST(PrevalencePosyandu, ADesaWithoutItsOwnFigureIsTheSumOfItsPosyandu)
{
    // Air Putih: two posyandu, 3 of 40 and 2 of 10 -> 5 of 50. Sebauk has its own figure
    // (1 of 10) and a posyandu figure that must not be added to it.
    const std::vector<PrevalenceObservation> obs{
        posyandu("14.03.01.2001", "01", 3, 40), posyandu("14.03.01.2001", "02", 2, 10),
        counts("14.03.01.2002", 1, 10), posyandu("14.03.01.2002", "01", 9, 9)};
    const PeriodSummary s = summarizePeriod(smallTree(), rc("14.03"), obs, std::nullopt);
    const AreaFigure &airPutih = s.villages[1];
    ASSERT_EQ(airPutih.code, rc("14.03.01.2001"));
    EXPECT_TRUE(airPutih.aggregated);
    EXPECT_EQ(airPutih.areasWithCounts, 2);
    EXPECT_EQ(airPutih.measured, 50);
    EXPECT_EQ(airPutih.cases, 5);
    EXPECT_NEAR(*airPutih.rate, 10.0, 1e-9);
    const AreaFigure &sebauk = s.villages[2];
    EXPECT_FALSE(sebauk.aggregated);
    EXPECT_EQ(sebauk.measured, 10);
    // The kecamatan sums the desa as they stand: 6 of 60.
    EXPECT_EQ(s.kecamatan[0].measured, 60);
    EXPECT_EQ(s.kecamatan[0].cases, 6);
    EXPECT_EQ(s.completeness.villagesWithFigure, 2);

    // The same desa figures in the district's trend and in a puskesmas's sums.
    const auto trend = districtTrend(rc("14.03"), obs);
    ASSERT_EQ(trend.size(), 1u);
    EXPECT_NEAR(trend[0].rate, 10.0, 1e-9);
    const Puskesmas p{
        "P1", "Puskesmas Bengkalis", rc("14.03.01"), {rc("14.03.01.2001"), rc("14.03.01.2002")}};
    const PuskesmasSummary ps = summarizePuskesmas(smallTree(), rc("14.03"), {p}, obs);
    EXPECT_EQ(ps.puskesmas[0].villages.measured, 60);
    EXPECT_EQ(ps.puskesmas[0].villages.cases, 6);
    // figuresBelow shows the same desa figure.
    const auto below = figuresBelow(smallTree(), rc("14.03.01"), obs);
    const auto it = std::find_if(below.begin(), below.end(),
                                 [](const AreaFigure &f) { return f.code == rc("14.03.01.2001"); });
    ASSERT_NE(it, below.end());
    EXPECT_EQ(it->cases, 5);
    EXPECT_TRUE(it->aggregated);
}
