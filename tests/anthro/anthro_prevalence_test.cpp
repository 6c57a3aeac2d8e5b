// SPDX-License-Identifier: GPL-3.0-or-later
// The prevalence table of core/anthro against the WHO anthro package's answer for a sample of
// 2,000 children (tests/data/who-growth/prevalence_input.csv): every column of every group of
// prevalence_full.csv, and the stunting extract prevalence.csv.
#include "core/anthro/anthro_prevalence.h"

#include <gtest/gtest.h>

#include <cmath>

#include "reference_csv.h"

using namespace konvergensi::core::anthro;
using konvergensi::test::readReferenceCsv;
using konvergensi::test::referenceNumber;
using konvergensi::test::ReferenceTable;

namespace {

std::vector<ChildMeasurement> sampleChildren()
{
    const ReferenceTable input = readReferenceCsv("prevalence_input.csv");
    std::vector<ChildMeasurement> children;
    for (const auto &row : input.rows) {
        const auto field = [&](const char *name) { return row[input.column(name)]; };
        ChildMeasurement child;
        child.sex = field("sex") == "1"   ? Sex::Male
                    : field("sex") == "2" ? Sex::Female
                                          : Sex::Unknown;
        const double days = referenceNumber(field("age_days"));
        if (!std::isnan(days))
            child.age = Age::fromDays(days);
        child.weight = referenceNumber(field("weight_kg"));
        child.lenhei = referenceNumber(field("lenhei_cm"));
        child.measure = field("measure") == "l"   ? Measure::Length
                        : field("measure") == "h" ? Measure::Height
                                                  : Measure::Unknown;
        child.oedema = field("oedema") == "y";
        children.push_back(child);
    }
    return children;
}

/// The package's values went through floating point in another order in places (R's survey
/// and summary code); R printed 15 significant digits.
bool close(double computed, double expected)
{
    if (std::isnan(expected))
        return std::isnan(computed);
    return std::abs(computed - expected) <= 1e-12 * std::max(1.0, std::abs(expected));
}

void expectTableMatches(const ReferenceTable &reference, const std::vector<PrevalenceRow> &rows,
                        std::size_t &cells)
{
    const std::vector<std::string> &names = prevalenceColumnNames();
    ASSERT_EQ(rows.size(), reference.rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto &expected = reference.rows[r];
        EXPECT_EQ(rows[r].group, expected[reference.column("Group")]);
        ++cells;
        const std::vector<double> values = prevalenceColumnValues(rows[r]);
        ASSERT_EQ(values.size() + 1, names.size());
        for (std::size_t c = 1; c < reference.header.size(); ++c) {
            const std::string &column = reference.header[c];
            const auto at = std::find(names.begin(), names.end(), column);
            ASSERT_NE(at, names.end()) << column;
            const double computed = values[static_cast<std::size_t>(at - names.begin()) - 1];
            const double wanted = referenceNumber(expected[c]);
            EXPECT_TRUE(close(computed, wanted))
                << rows[r].group << " " << column << ": " << computed << " vs " << wanted;
            ++cells;
        }
    }
}

} // namespace

TEST(AnthroPrevalence, EveryColumnOfEveryGroupOfTheReferenceSample)
{
    const ReferenceTable reference = readReferenceCsv("prevalence_full.csv");
    ASSERT_EQ(reference.header, prevalenceColumnNames()) << "the package's columns, in order";
    const std::vector<PrevalenceRow> rows = computePrevalence(sampleChildren());
    std::size_t cells = 0;
    expectTableMatches(reference, rows, cells);
    EXPECT_EQ(cells, 21U * 135U);
}

TEST(AnthroPrevalence, TheStuntingExtract)
{
    const ReferenceTable reference = readReferenceCsv("prevalence.csv");
    const std::vector<PrevalenceRow> rows = computePrevalence(sampleChildren());
    std::size_t cells = 0;
    expectTableMatches(reference, rows, cells);
    EXPECT_EQ(cells, 21U * 15U);
}

TEST(AnthroPrevalence, OedemaCountsBelowMinusThreeButNotInTheMean)
{
    // Three children of two years: one with oedema (no weight z-score), two without.
    std::vector<ChildMeasurement> children(3);
    for (auto &child : children) {
        child.sex = Sex::Female;
        child.age = Age::fromDays(800);
        child.weight = 11;
        child.lenhei = 84;
        child.measure = Measure::Height;
    }
    children[0].oedema = true;
    const std::vector<PrevalenceRow> rows = computePrevalence(children);
    const IndicatorEstimates &wa = rows[0].indicators[1];
    EXPECT_EQ(wa.pop, 3);
    EXPECT_NEAR(wa.rates[0].r, 100.0 / 3, 1e-12); // < -3 SD: the child with oedema
    const ZScores z = computeZScores(children[1]);
    EXPECT_NEAR(wa.mean.r, z.zscore(Indicator::WeightForAge), 1e-12); // mean of the other two
    const IndicatorEstimates &ha = rows[0].indicators[0];
    EXPECT_EQ(ha.rates[0].r, 0); // height-for-age is not affected by oedema
}

TEST(AnthroPrevalence, FlaggedAndOverAgeChildrenAreLeftOut)
{
    std::vector<ChildMeasurement> children(4);
    for (auto &child : children) {
        child.sex = Sex::Male;
        child.age = Age::fromDays(400);
        child.weight = 9;
        child.lenhei = 75;
        child.measure = Measure::Length;
    }
    children[1].lenhei = 40;               // zlen below -6: flagged
    children[2].age = Age::fromDays(1827); // over 1826 days: not in the sample at all
    const std::vector<PrevalenceRow> rows = computePrevalence(children);
    EXPECT_EQ(rows[0].indicators[0].pop, 2); // zlen of children 0 and 3
    // An age group with nobody gets its row with no estimate.
    ASSERT_GE(rows.size(), 2U);
    EXPECT_EQ(rows[1].group, "Age group: 00-05 mo");
    EXPECT_EQ(rows[1].indicators[0].pop, 0);
    EXPECT_TRUE(std::isnan(rows[1].indicators[0].rates[1].r));
    children.resize(1);
    children[0].age = Age::fromDays(2000);
    EXPECT_THROW(computePrevalence(children), std::invalid_argument);
}
