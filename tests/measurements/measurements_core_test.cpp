// SPDX-License-Identifier: GPL-3.0-or-later
// The cell rules of e-PPGBM exports (tests/data/eppgbm/SPEC.md): dates, numbers, NIK forms,
// identity, posyandu names, rounds; and the counting rules of the figures.
#include "core/measurements/measurement_summary.h"
#include "core/measurements/measurements.h"

#include <gtest/gtest.h>

using namespace konvergensi::core;
using namespace konvergensi::core::measurements;
using boost::gregorian::date;

TEST(MeasurementsCore, DatesAsSerialsAndText)
{
    EXPECT_EQ(parseDateCell("").state, DateState::Missing);
    EXPECT_EQ(parseDateCell("  ").state, DateState::Missing);
    const auto serial = parseDateCell("45506"); // Excel: 2 August 2024
    ASSERT_EQ(serial.state, DateState::Ok);
    EXPECT_EQ(serial.date, date(2024, 8, 2));
    EXPECT_EQ(parseDateCell("45506.0").date, date(2024, 8, 2));
    EXPECT_EQ(parseDateCell("02/08/2024").date, date(2024, 8, 2));
    EXPECT_EQ(parseDateCell("2024-08-02").date, date(2024, 8, 2));
    EXPECT_EQ(parseDateCell("29/02/2024").state, DateState::Ok);
    EXPECT_EQ(parseDateCell("31/02/2021").state, DateState::Unreadable);
    EXPECT_EQ(parseDateCell("29/02/2023").state, DateState::Unreadable);
    EXPECT_EQ(parseDateCell("2/8/24").state, DateState::Unreadable);
    EXPECT_EQ(parseDateCell("kemarin").state, DateState::Unreadable);
    EXPECT_EQ(parseDateCell("45506.5").state, DateState::Unreadable);
}

TEST(MeasurementsCore, NumbersWithDecimalCommaOrPoint)
{
    EXPECT_DOUBLE_EQ(parseNumberCell("12,5"), 12.5);
    EXPECT_DOUBLE_EQ(parseNumberCell("79.9"), 79.9);
    EXPECT_DOUBLE_EQ(parseNumberCell(" 15 "), 15.0);
    EXPECT_TRUE(anthro::isMissing(parseNumberCell("")));
    EXPECT_TRUE(anthro::isMissing(parseNumberCell("12,5.1")));
    EXPECT_TRUE(anthro::isMissing(parseNumberCell("dua belas")));
}

TEST(MeasurementsCore, NikFormsAndIdentity)
{
    EXPECT_EQ(fullNik("1403016908205670"), "1403016908205670");
    EXPECT_EQ(fullNik("1.40301690820567e+15"), "1403016908205670");
    EXPECT_FALSE(fullNik("140309**********"));
    EXPECT_FALSE(fullNik("1,40302E+15"));
    EXPECT_FALSE(fullNik("1.40302E+15"));
    EXPECT_FALSE(fullNik(""));
    EXPECT_FALSE(fullNik("14030169082056"));
    EXPECT_EQ(duplicateIdentity("140301**********", "  iqbal   rifa'i "), "NAMA:IQBAL RIFA'I");
    EXPECT_EQ(duplicateIdentity("1403016908205670", "NAURA"), "NIK:1403016908205670");
    // Twins share a censored NIK and birth date but not their names: two children.
    const date birth(2023, 1, 5);
    EXPECT_NE(childKey("140301**********", "ADAM", birth, "14.03.01.2001"),
              childKey("140301**********", "HAWA", birth, "14.03.01.2001"));
    EXPECT_EQ(childKey("1403016908205670", "A", birth, "14.03.01.2001"),
              childKey("1403016908205670", "B", date(2023, 1, 6), "14.03.02.2001"));
    EXPECT_EQ(initials("BY NY SUSANTI"), "B.N.S.");
    EXPECT_EQ(initials("  siti   aminah"), "S.A.");
}

TEST(MeasurementsCore, PosyanduNamesRomanAndArabic)
{
    EXPECT_EQ(posyanduKey("Posyandu Melati II"), posyanduKey("Melati 2"));
    EXPECT_EQ(posyanduKey("posyandu  melati ii"), "MELATI 2");
    EXPECT_EQ(posyanduKey("Posyandu Mekar Sari IV"), "MEKAR SARI 4");
    EXPECT_NE(posyanduKey("Melati II"), posyanduKey("Melati III"));
    EXPECT_EQ(posyanduKey("Kasih Ibu XII"), "KASIH IBU 12");
    // Region names keep their Roman numerals: "Parit I Api-Api" is a name.
    EXPECT_EQ(regionNameKey("Parit I Api-Api"), "PARIT I API-API");
    EXPECT_EQ(regionNameKey("PARIT  I API-API"), regionNameKey("Parit I Api-Api"));
}

TEST(MeasurementsCore, Rounds)
{
    ASSERT_TRUE(Round::parse("2024-08"));
    EXPECT_EQ(Round::parse("2024-08")->toString(), "2024-08");
    EXPECT_FALSE(Round::parse("2024-13"));
    EXPECT_FALSE(Round::parse("08-2024"));
    EXPECT_EQ(Round::of(date(2025, 2, 28)).toString(), "2025-02");
}

TEST(MeasurementsCore, SkipReasonKeysRoundTrip)
{
    for (const SkipReason reason : kSkipReasons)
        EXPECT_EQ(skipReasonFromKey(skipReasonKey(reason)), reason);
    EXPECT_EQ(skipReasonKey(SkipReason::BirthAfterMeasure), "birth_after_measure");
    EXPECT_FALSE(skipReasonFromKey("kept"));
}

TEST(MeasurementsCore, CountingIsStrictAndLeavesOutFlaggedAndMissing)
{
    IndicatorCounts counts;
    counts.add(-2.0, 0);  // valid, not below -2 (strict)
    counts.add(-2.01, 0); // stunted
    counts.add(-3.0, 0);  // stunted, not severely
    counts.add(-3.01, 0); // severely
    counts.add(2.01, 0);  // above +2
    counts.add(-7.5, 1);  // flagged
    counts.add(anthro::kMissing, -1);
    EXPECT_EQ(counts.valid, 5);
    EXPECT_EQ(counts.flagged, 1);
    EXPECT_EQ(counts.missing, 1);
    EXPECT_EQ(counts.below2, 3);
    EXPECT_EQ(counts.below3, 1);
    EXPECT_EQ(counts.above2, 1);
    ASSERT_TRUE(counts.percent(counts.below2));
    EXPECT_DOUBLE_EQ(*counts.percent(counts.below2), 60.0);
    EXPECT_FALSE(IndicatorCounts{}.percent(0));
}

TEST(MeasurementsCore, SummaryByRegionAndPosyandu)
{
    const auto code = [](const char *text) { return RegionCode::fromString(text); };
    RegionTree tree({{code("14.03"), "Kabupaten Bengkalis", {}},
                     {code("14.03.01"), "Bengkalis", {}},
                     {code("14.03.01.1001"), "Bengkalis Kota", VillageKind::Kelurahan},
                     {code("14.03.01.2002"), "Air Putih", VillageKind::Desa},
                     {code("14.03.02"), "Bantan", {}}});
    Judgement stunted;
    stunted.zlen = -2.5;
    stunted.flen = 0;
    Judgement normal;
    normal.zlen = 0.1;
    normal.flen = 0;
    const std::vector<CountedRow> rows = {
        {"14.03.01.1001",
         "Puskesmas Bengkalis",
         "Posyandu Melati II",
         SkipReason::None,
         stunted,
         {}},
        {"14.03.01.1001", "PUSKESMAS BENGKALIS", "Melati 2", SkipReason::None, normal, {}},
        {"14.03.01.1001", "Puskesmas Bengkalis", "Melati 1", SkipReason::Duplicate, {}, {}},
    };
    const auto areas = summarize(tree, code("14.03"), rows, {true, true});
    ASSERT_EQ(areas.size(), 8U);
    EXPECT_EQ(areas[0].level, AreaLevel::District);
    EXPECT_EQ(areas[0].counts.rows, 3);
    EXPECT_EQ(areas[0].counts.children, 2);
    EXPECT_EQ(areas[0].counts.haz.below2, 1);
    EXPECT_EQ(areas[1].code, "14.03.01");
    EXPECT_EQ(areas[1].counts.skippedTotal(), 1);
    EXPECT_EQ(areas[2].level, AreaLevel::Kelurahan);
    // Posyandu rows follow their desa: "Melati 1" and "Melati II" = "Melati 2".
    EXPECT_EQ(areas[3].level, AreaLevel::Posyandu);
    EXPECT_EQ(areas[3].name, "Melati 1");
    EXPECT_EQ(areas[4].name, "Posyandu Melati II");
    EXPECT_EQ(areas[4].counts.children, 2);
    EXPECT_EQ(areas[5].level, AreaLevel::Desa);
    EXPECT_EQ(areas[5].counts.rows, 0);
    EXPECT_EQ(areas[6].code, "14.03.02");
    EXPECT_EQ(areas[7].level, AreaLevel::Puskesmas);
    EXPECT_EQ(areas[7].counts.rows, 3);
}
