// SPDX-License-Identifier: GPL-3.0-or-later
// The data-quality figures of a round (issue 14, item 5) from a few rows counted by hand:
// every count of every area, the shares, the age bands at their edges, the 24-month switch
// of the measuring position, the first decimal of a height, and the attention rule.
#include "core/measurements/data_quality.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace konvergensi::core;
using namespace konvergensi::core::measurements;
using konvergensi::core::anthro::kMissing;
using konvergensi::core::anthro::Measure;

namespace {

Judgement judged(double zlen, int flen, double zwei, int fwei, double zwfl, int fwfl)
{
    Judgement j;
    j.zlen = zlen;
    j.flen = flen;
    j.zwei = zwei;
    j.fwei = fwei;
    j.zwfl = zwfl;
    j.fwfl = fwfl;
    return j;
}

QualityRow kept(const char *desa, const char *puskesmas, const char *posyandu, int ageDays,
                double lenhei, Measure measure, const Judgement &judgement)
{
    return {desa, puskesmas, posyandu, false, ageDays, lenhei, measure, judgement};
}

QualityRow skipped(const char *desa, const char *puskesmas, const char *posyandu)
{
    return {desa, puskesmas, posyandu, true, 0, kMissing, Measure::Unknown, {}};
}

RegionTree bengkalis()
{
    const auto code = [](const char *text) { return RegionCode::fromString(text); };
    return RegionTree({{code("14.03"), "Kabupaten Bengkalis", {}},
                       {code("14.03.01"), "Bengkalis", {}},
                       {code("14.03.01.1001"), "Bengkalis Kota", VillageKind::Kelurahan},
                       {code("14.03.01.2002"), "Air Putih", VillageKind::Desa}});
}

// Melati II / Melati 2 of Bengkalis Kota: 4 rows, 1 skipped; Mawar of Air Putih: 4 rows.
std::vector<QualityRow> sampleRows()
{
    const Judgement none = judged(kMissing, -1, kMissing, -1, kMissing, -1);
    return {
        // 400 days (13 mo), 75.0 cm standing under 24 months.
        kept("14.03.01.1001", "Puskesmas Bengkalis", "Posyandu Melati II", 400, 75.0,
             Measure::Height, judged(0.1, 0, 0.2, 0, 0.3, 0)),
        // 800 days (26 mo), 85.5 cm lying from 24 months, zlen flagged.
        kept("14.03.01.1001", "PUSKESMAS BENGKALIS", "Melati 2", 800, 85.5, Measure::Length,
             judged(-6.5, 1, -2.0, 0, kMissing, -1)),
        // 100 days (3 mo), no height.
        kept("14.03.01.1001", "Puskesmas Bengkalis", "Melati 2", 100, kMissing, Measure::Length,
             judged(kMissing, -1, 0.1, 0, kMissing, -1)),
        skipped("14.03.01.1001", "", "Melati 2"),
        // 1200 days (39 mo), 92.3 cm standing; zwei and zwfl flagged.
        kept("14.03.01.2002", "Puskesmas Bantan", "Mawar", 1200, 92.3, Measure::Height,
             judged(0.5, 0, 5.5, 1, 5.2, 1)),
        // 1840 days (60 mo), 101.0 cm, no position, no z-score.
        kept("14.03.01.2002", "Puskesmas Bantan", "Mawar", 1840, 101.0, Measure::Unknown, none),
        // 730 days (still under 24 months), 80 cm lying.
        kept("14.03.01.2002", "Puskesmas Bantan", "Mawar", 730, 80.0, Measure::Length,
             judged(-1, 0, -1, 0, -1, 0)),
        // 731 days (24 months), height 0: no height.
        kept("14.03.01.2002", "Puskesmas Bantan", "Mawar", 731, 0.0, Measure::Height,
             judged(kMissing, -1, 0.0, 0, kMissing, -1)),
    };
}

} // namespace

TEST(MeasurementsQuality, AgeBandsAtTheirEdges)
{
    EXPECT_EQ(ageBand(0), 0);
    EXPECT_EQ(ageBand(182), 0); // 5.98 months
    EXPECT_EQ(ageBand(183), 1); // 6.01 months
    EXPECT_EQ(ageBand(365), 1); // 11.99 months
    EXPECT_EQ(ageBand(366), 2);
    EXPECT_EQ(ageBand(730), 2);
    EXPECT_EQ(ageBand(731), 3);
    EXPECT_EQ(ageBand(1095), 3); // 35.98 months
    EXPECT_EQ(ageBand(1096), 4);
    EXPECT_EQ(ageBand(1460), 4); // 47.97 months
    EXPECT_EQ(ageBand(1461), 5); // 48 months exactly
    EXPECT_EQ(ageBand(1826), 5); // still valid for the standards
    EXPECT_EQ(ageBand(1827), 6);
}

TEST(MeasurementsQuality, EveryCountOfEveryArea)
{
    const auto rows = sampleRows();
    QualityOptions options;
    options.desa = true;
    options.puskesmas = true;
    const auto areas = dataQuality(bengkalis(), RegionCode::fromString("14.03"), rows, options);
    // District, 2 desa, 2 posyandu, 3 puskesmas ("", BANTAN, BENGKALIS).
    ASSERT_EQ(areas.size(), 8U);
    EXPECT_EQ(areas[0].level, AreaLevel::District);
    EXPECT_EQ(areas[0].name, "Kabupaten Bengkalis");
    EXPECT_EQ(areas[1].level, AreaLevel::Kelurahan);
    EXPECT_EQ(areas[1].name, "Bengkalis Kota");
    EXPECT_EQ(areas[2].level, AreaLevel::Desa);
    EXPECT_EQ(areas[2].kecamatanCode, "14.03.01");

    const QualityArea &melati = areas[3];
    EXPECT_EQ(melati.level, AreaLevel::Posyandu);
    EXPECT_EQ(melati.code, "14.03.01.1001");
    EXPECT_EQ(melati.name, "Posyandu Melati II"); // "Melati 2" is the same posyandu
    EXPECT_EQ(melati.desaName, "Bengkalis Kota");
    EXPECT_EQ(melati.puskesmas, "Puskesmas Bengkalis");
    const QualityCounts &m = melati.counts;
    EXPECT_EQ(m.rows, 4);
    EXPECT_EQ(m.skipped, 1);
    EXPECT_EQ(m.children, 3);
    EXPECT_EQ(m.scoredOf(QualityIndicator::Haz), 2);
    EXPECT_EQ(m.flaggedOf(QualityIndicator::Haz), 1);
    EXPECT_EQ(m.scoredOf(QualityIndicator::Whz), 1);
    EXPECT_EQ(m.flaggedOf(QualityIndicator::Whz), 0);
    EXPECT_EQ(m.scoredOf(QualityIndicator::Waz), 3);
    EXPECT_EQ(m.flaggedOf(QualityIndicator::Waz), 0);
    EXPECT_EQ(m.anyFlagged, 1);
    EXPECT_EQ(m.heightMissing, 1);
    EXPECT_EQ(m.heights, 2);
    EXPECT_EQ(m.decimal0, 1);
    EXPECT_EQ(m.decimal5, 1);
    EXPECT_EQ(m.positionUnknown, 0);
    EXPECT_EQ(m.under24, 1);
    EXPECT_EQ(m.standingUnder24, 1);
    EXPECT_EQ(m.from24, 1);
    EXPECT_EQ(m.lyingFrom24, 1);
    EXPECT_EQ(m.ageBands, (std::array<int, kAgeBandCount>{1, 0, 1, 1, 0, 0, 0}));
    EXPECT_DOUBLE_EQ(*m.skippedPercent(), 25.0);
    EXPECT_DOUBLE_EQ(*m.flaggedPercent(QualityIndicator::Haz), 50.0);
    EXPECT_DOUBLE_EQ(*m.flaggedPercent(QualityIndicator::Whz), 0.0);
    EXPECT_DOUBLE_EQ(*m.heightMissingPercent(), 100.0 / 3.0);
    EXPECT_DOUBLE_EQ(*m.digitPreferencePercent(), 100.0);
    EXPECT_DOUBLE_EQ(*m.wrongPositionPercent(), 100.0);
    EXPECT_DOUBLE_EQ(*m.ageBandPercent(0), 100.0 / 3.0);
    // Two heights are too few to judge the digit preference.
    EXPECT_EQ(melati.problems, (std::vector<QualityProblem>{
                                   QualityProblem::Skipped, QualityProblem::Flagged,
                                   QualityProblem::HeightMissing, QualityProblem::WrongPosition}));

    const QualityArea &mawar = areas[4];
    EXPECT_EQ(mawar.name, "Mawar");
    EXPECT_EQ(mawar.desaName, "Air Putih");
    const QualityCounts &w = mawar.counts;
    EXPECT_EQ(w.rows, 4);
    EXPECT_EQ(w.skipped, 0);
    EXPECT_EQ(w.children, 4);
    EXPECT_EQ(w.scoredOf(QualityIndicator::Haz), 2);
    EXPECT_EQ(w.flaggedOf(QualityIndicator::Haz), 0);
    EXPECT_EQ(w.scoredOf(QualityIndicator::Whz), 2);
    EXPECT_EQ(w.flaggedOf(QualityIndicator::Whz), 1);
    EXPECT_EQ(w.scoredOf(QualityIndicator::Waz), 3);
    EXPECT_EQ(w.flaggedOf(QualityIndicator::Waz), 1);
    EXPECT_EQ(w.anyFlagged, 1);
    EXPECT_EQ(w.heightMissing, 1);
    EXPECT_EQ(w.heights, 3);
    EXPECT_EQ(w.decimal0, 2);
    EXPECT_EQ(w.decimal5, 0);
    EXPECT_EQ(w.positionUnknown, 1);
    EXPECT_EQ(w.under24, 1);
    EXPECT_EQ(w.standingUnder24, 0);
    EXPECT_EQ(w.from24, 1);
    EXPECT_EQ(w.lyingFrom24, 0);
    EXPECT_EQ(w.ageBands, (std::array<int, kAgeBandCount>{0, 0, 1, 1, 1, 0, 1}));
    EXPECT_DOUBLE_EQ(*w.skippedPercent(), 0.0);
    EXPECT_DOUBLE_EQ(*w.wrongPositionPercent(), 0.0);
    EXPECT_EQ(mawar.problems, (std::vector<QualityProblem>{QualityProblem::Flagged,
                                                           QualityProblem::HeightMissing}));

    // The district and each desa are the sums of their posyandu here.
    QualityCounts sum = m;
    sum.add(w);
    const QualityCounts &d = areas[0].counts;
    EXPECT_EQ(d.rows, 8);
    EXPECT_EQ(d.skipped, 1);
    EXPECT_EQ(d.children, 7);
    EXPECT_EQ(d.scored, sum.scored);
    EXPECT_EQ(d.flagged, (std::array<int, 3>{1, 1, 1}));
    EXPECT_EQ(d.anyFlagged, 2);
    EXPECT_EQ(d.heightMissing, 2);
    EXPECT_EQ(d.heights, 5);
    EXPECT_EQ(d.decimal0, 3);
    EXPECT_EQ(d.decimal5, 1);
    EXPECT_EQ(d.standingUnder24 + d.lyingFrom24, 2);
    EXPECT_EQ(d.under24 + d.from24, 4);
    EXPECT_EQ(d.ageBands, (std::array<int, kAgeBandCount>{1, 0, 2, 2, 1, 0, 1}));
    EXPECT_EQ(areas[1].counts.rows, 4);
    EXPECT_EQ(areas[1].counts.decimal5, 1);
    EXPECT_EQ(areas[2].counts.positionUnknown, 1);

    // Puskesmas by name key: "" (the skipped row), BANTAN, BENGKALIS.
    EXPECT_EQ(areas[5].level, AreaLevel::Puskesmas);
    EXPECT_EQ(areas[5].counts.rows, 1);
    EXPECT_EQ(areas[6].name, "Puskesmas Bantan");
    EXPECT_EQ(areas[6].counts.children, 4);
    EXPECT_EQ(areas[7].name, "Puskesmas Bengkalis");
    EXPECT_EQ(areas[7].counts.rows, 3);
}

TEST(MeasurementsQuality, WithoutOptionsOnlyTheDistrictAndThePosyandu)
{
    const auto rows = sampleRows();
    const auto areas = dataQuality(bengkalis(), RegionCode::fromString("14.03"), rows);
    ASSERT_EQ(areas.size(), 3U);
    EXPECT_EQ(areas[0].level, AreaLevel::District);
    EXPECT_EQ(areas[1].level, AreaLevel::Posyandu);
    EXPECT_EQ(areas[2].level, AreaLevel::Posyandu);
}

TEST(MeasurementsQuality, FirstDecimalOfAHeight)
{
    QualityCounts counts;
    const Judgement none;
    // Read to 0.1 cm: 64.96 is 65.0 and 81.54 is 81.5.
    for (const double height : {85.0, 85.5, 79.9, 100.0, 70.1, 64.96, 81.54})
        counts.add(QualityRow{"1", "", "", false, 800, height, Measure::Height, none});
    EXPECT_EQ(counts.heights, 7);
    EXPECT_EQ(counts.decimal0, 3);
    EXPECT_EQ(counts.decimal5, 2);
    EXPECT_DOUBLE_EQ(*counts.digitPreferencePercent(), 500.0 / 7.0);
}

TEST(MeasurementsQuality, DigitPreferenceNeedsTenHeightsAndMoreThanFortyPercent)
{
    const Judgement ok = judged(0, 0, 0, 0, 0, 0);
    const auto heights = [&](int whole, int other) {
        QualityCounts counts;
        for (int i = 0; i < whole; ++i)
            counts.add(QualityRow{"1", "", "", false, 800, 90.0 + i, Measure::Height, ok});
        for (int i = 0; i < other; ++i)
            counts.add(QualityRow{"1", "", "", false, 800, 90.3 + i, Measure::Height, ok});
        return counts;
    };
    const auto digit = [](const QualityCounts &counts) {
        const auto problems = problemsOf(counts);
        return std::find(problems.begin(), problems.end(), QualityProblem::DigitPreference)
               != problems.end();
    };
    EXPECT_FALSE(digit(heights(9, 0))); // 100 % of 9 heights: too few to judge
    EXPECT_TRUE(digit(heights(10, 0))); // 100 % of 10
    EXPECT_FALSE(digit(heights(4, 6))); // 40 %: not more than the limit
    EXPECT_TRUE(digit(heights(5, 6)));  // 45 %
    EXPECT_TRUE(problemsOf(heights(2, 8)).empty());
    AttentionRule strict;
    strict.maxDigitPreferencePercent = 15.0;
    EXPECT_FALSE(problemsOf(heights(2, 8), strict).empty());
}

TEST(MeasurementsQuality, ProblemsAtTheirLimits)
{
    // 1 flagged HAZ of 100 is 1 %: not more than the limit; 2 of 100 is.
    const auto flagged = [](int n) {
        QualityCounts counts;
        for (int i = 0; i < 100; ++i) {
            Judgement j = judged(i < n ? 7.0 : 0.0, i < n ? 1 : 0, 0, 0, 0, 0);
            counts.add(QualityRow{"1", "", "", false, 800, 90.3, Measure::Height, j});
        }
        return problemsOf(counts);
    };
    EXPECT_TRUE(flagged(1).empty());
    EXPECT_EQ(flagged(2), std::vector<QualityProblem>{QualityProblem::Flagged});
    // Position: 1 of 10 wrong is 10 %, not more than the limit; 2 of 10 is.
    const auto position = [](int wrong) {
        QualityCounts counts;
        for (int i = 0; i < 10; ++i)
            counts.add(QualityRow{"1", "", "", false, 800, 90.3,
                                  i < wrong ? Measure::Length : Measure::Height,
                                  judged(0, 0, 0, 0, 0, 0)});
        return problemsOf(counts);
    };
    EXPECT_TRUE(position(1).empty());
    EXPECT_EQ(position(2), std::vector<QualityProblem>{QualityProblem::WrongPosition});
    EXPECT_TRUE(problemsOf(QualityCounts{}).empty());
    EXPECT_FALSE(QualityCounts{}.skippedPercent());
    EXPECT_EQ(toString(QualityProblem::DigitPreference), "digit_preference");
}
