// SPDX-License-Identifier: GPL-3.0-or-later
// The z-scores of core/anthro against the WHO anthro package's answers for 3,000 children
// (tests/data/who-growth/cases.csv): every output cell of every child.
#include "core/anthro/zscores.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "reference_csv.h"

using namespace konvergensi::core::anthro;
using konvergensi::test::readReferenceCsv;
using konvergensi::test::referenceNumber;
using konvergensi::test::ReferenceTable;

namespace {

Sex referenceSex(const std::string &text)
{
    if (text == "1" || text == "m" || text == "M")
        return Sex::Male;
    if (text == "2" || text == "f" || text == "F")
        return Sex::Female;
    if (text == "NA")
        return Sex::Unknown;
    throw std::runtime_error("sex " + text);
}

Measure referenceMeasure(const std::string &text)
{
    if (text == "l" || text == "L")
        return Measure::Length;
    if (text == "h" || text == "H")
        return Measure::Height;
    if (text == "NA")
        return Measure::Unknown;
    throw std::runtime_error("measure " + text);
}

bool referenceOedema(const std::string &text)
{
    return text == "y" || text == "Y" || text == "1";
}

/// The child as the package was given it.
ChildMeasurement childOf(const ReferenceTable &table, const std::vector<std::string> &row)
{
    const auto field = [&](const char *name) { return row[table.column(name)]; };
    ChildMeasurement child;
    child.sex = referenceSex(field("sex"));
    const double age = referenceNumber(field("age"));
    if (!std::isnan(age))
        child.age = field("age_unit") == "months" ? Age::fromMonths(age) : Age::fromDays(age);
    child.weight = referenceNumber(field("weight_kg"));
    child.lenhei = referenceNumber(field("lenhei_cm"));
    child.measure = referenceMeasure(field("measure"));
    child.oedema = referenceOedema(field("oedema"));
    child.headc = referenceNumber(field("headc_cm"));
    child.armc = referenceNumber(field("armc_cm"));
    child.triskin = referenceNumber(field("triskin_mm"));
    child.subskin = referenceNumber(field("subskin_mm"));
    return child;
}

/// R printed 15 significant digits.
bool sameAsPrinted(double computed, double printed)
{
    if (std::isnan(printed))
        return std::isnan(computed);
    if (std::isinf(printed))
        return computed == printed;
    return std::abs(computed - printed) <= 1e-13 * std::max(1.0, std::abs(printed));
}

std::string measureText(Measure measure)
{
    switch (measure) {
    case Measure::Length:
        return "l";
    case Measure::Height:
        return "h";
    case Measure::Unknown:
        break;
    }
    return "NA";
}

} // namespace

TEST(AnthroZScores, EveryCellOfTheThreeThousandReferenceChildren)
{
    const ReferenceTable table = readReferenceCsv("cases.csv");
    ASSERT_EQ(table.rows.size(), 3000U);
    std::vector<ChildMeasurement> children;
    for (const auto &row : table.rows)
        children.push_back(childOf(table, row));
    std::vector<ZScores> scores(children.size());
    computeZScores(children, scores);

    std::size_t cells = 0;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto &row = table.rows[i];
        const ZScores &z = scores[i];
        const std::string id = row[table.column("id")];
        const auto expect = [&](const char *column) { return row[table.column(column)]; };
        EXPECT_TRUE(sameAsPrinted(z.clenhei, referenceNumber(expect("clenhei"))))
            << "id " << id << " clenhei " << z.clenhei;
        EXPECT_EQ(measureText(z.cmeasure), expect("cmeasure")) << "id " << id;
        EXPECT_EQ(z.c9moFlag ? "1" : "0", expect("c9mo_flag")) << "id " << id;
        EXPECT_TRUE(sameAsPrinted(z.cbmi, referenceNumber(expect("cbmi"))))
            << "id " << id << " cbmi " << z.cbmi;
        const std::string csex = z.csex == Sex::Unknown ? "NA" : z.csex == Sex::Male ? "1" : "2";
        EXPECT_EQ(csex, expect("csex")) << "id " << id;
        cells += 5;
        for (const Indicator indicator : kAllIndicators) {
            const std::string name(packageName(indicator));
            const double expected = referenceNumber(expect(("z" + name).c_str()));
            const double computed = z.zscore(indicator);
            // Rounded to 2 decimals as R rounds, the value is exactly R's double.
            if (std::isnan(expected))
                EXPECT_TRUE(std::isnan(computed)) << "id " << id << " z" << name << " " << computed;
            else
                EXPECT_EQ(computed, expected) << "id " << id << " z" << name;
            const std::string flag = expect(("f" + name).c_str());
            const int computedFlag = z.flag(indicator);
            EXPECT_EQ(computedFlag < 0 ? std::string("NA") : std::to_string(computedFlag), flag)
                << "id " << id << " f" << name;
            cells += 2;
        }
        // One child alone gives what the batch gives.
        const ZScores single = computeZScores(children[i]);
        for (const Indicator indicator : kAllIndicators) {
            const double a = single.zscore(indicator);
            const double b = z.zscore(indicator);
            EXPECT_TRUE((std::isnan(a) && std::isnan(b)) || a == b) << "id " << id;
        }
    }
    EXPECT_EQ(cells, 3000U * 21U);
}

TEST(AnthroZScores, RoundsAsRDoes)
{
    // R 4.x: round(0.125, 2) = 0.12, round(0.135, 2) = 0.14, round(0.145, 2) = 0.14,
    // round(2.675, 2) = 2.67; negative values by symmetry.
    EXPECT_EQ(roundLikeR(0.125, 2), 0.12);
    EXPECT_EQ(roundLikeR(0.135, 2), 0.14);
    EXPECT_EQ(roundLikeR(0.145, 2), 0.14);
    EXPECT_EQ(roundLikeR(2.675, 2), 2.67);
    EXPECT_EQ(roundLikeR(-2.675, 2), -2.67);
    EXPECT_EQ(roundLikeR(-0.125, 2), -0.12);
    EXPECT_EQ(roundLikeR(1.005, 2), 1);
    EXPECT_EQ(roundLikeR(4.996, 2), 5);
    EXPECT_TRUE(std::isnan(roundLikeR(std::nan(""), 2)));
    EXPECT_EQ(roundLikeR(INFINITY, 2), INFINITY);
}

TEST(AnthroZScores, RoundsEveryMidpointAsR)
{
    // tests/data/who-growth/r_round.csv: R 4.2.2's round(x, 2) of every x.xxx5 between -2 and
    // 2, some of them one ulp off either way, and random values (hexadecimal floats).
    const ReferenceTable table = readReferenceCsv("r_round.csv");
    ASSERT_GT(table.rows.size(), 6000U);
    int differing = 0;
    for (const auto &row : table.rows) {
        const double x = std::strtod(row[0].c_str(), nullptr);
        const double expected = std::strtod(row[1].c_str(), nullptr);
        const double rounded = roundLikeR(x, 2);
        if (rounded != expected || std::signbit(rounded) != std::signbit(expected)) {
            ++differing;
            ADD_FAILURE() << row[0] << ": R " << row[1] << ", ours " << rounded;
        }
    }
    EXPECT_EQ(differing, 0);
}

TEST(AnthroZScores, AgeRoundsDaysHalfUpAndKeepsMonthsUnrounded)
{
    EXPECT_EQ(Age::fromDays(730.4999).days(), 730);
    EXPECT_EQ(Age::fromDays(730.5).days(), 731);
    EXPECT_EQ(Age::fromMonths(24).days(), 731); // 730.5 days
    EXPECT_EQ(Age::fromMonths(2.99).days(), 91);
    EXPECT_DOUBLE_EQ(Age::fromMonths(59.999).months(), 59.999);
    EXPECT_EQ(Age::fromDays(1826.25).months(), 60.0);
    EXPECT_THROW(Age::fromDays(-1), std::invalid_argument);
    EXPECT_THROW(Age::fromMonths(NAN), std::invalid_argument);
    const boost::gregorian::date birth(2020, 2, 29);
    EXPECT_EQ(Age::fromDates(birth, boost::gregorian::date(2021, 3, 1)).days(), 366);
    EXPECT_THROW(Age::fromDates(boost::gregorian::date(2021, 3, 1), birth), std::invalid_argument);
    EXPECT_FALSE(Age().known());
}

TEST(AnthroZScores, SixtyMonthsIsTooOldEvenWhenItRoundsToDay1826)
{
    ChildMeasurement child;
    child.sex = Sex::Female;
    child.weight = 18;
    child.lenhei = 109;
    child.measure = Measure::Height;
    child.age = Age::fromDays(1826);
    ZScores z = computeZScores(child);
    EXPECT_TRUE(z.has(Indicator::LengthForAge));
    EXPECT_TRUE(z.has(Indicator::WeightForLength));
    child.age = Age::fromDays(1826.25);
    z = computeZScores(child);
    EXPECT_EQ(child.age.days(), 1826);
    EXPECT_FALSE(z.has(Indicator::LengthForAge));
    EXPECT_FALSE(z.has(Indicator::WeightForLength));
    // Without an age, weight-for-height still has a value.
    child.age = Age();
    z = computeZScores(child);
    EXPECT_FALSE(z.has(Indicator::LengthForAge));
    EXPECT_TRUE(z.has(Indicator::WeightForLength));
}
