// SPDX-License-Identifier: GPL-3.0-or-later
// The semester period, the RAN-PASTI indicators on crafted meeting registers, and the
// national targets. Plain C++ (no Qt).
#include "core/semester/semester.h"

#include <gtest/gtest.h>

using namespace konvergensi::core;
using boost::gregorian::date;

namespace {

RegisteredMeeting meeting(std::int64_t id, date day, MeetingKind kind, MeetingLevel level,
                          std::string region = {}, std::string title = "Rapat")
{
    return {id, day, kind, level, std::move(region), std::move(title)};
}

const std::vector<KecamatanRef> kKecamatan = {
    {"14.03.01", "Bengkalis"}, {"14.03.02", "Bantan"}, {"14.03.03", "Bukit Batu"}};

const RanPastiIndicator &find(const std::vector<RanPastiIndicator> &all, RanPastiKind kind)
{
    for (const RanPastiIndicator &indicator : all) {
        if (indicator.kind == kind)
            return indicator;
    }
    throw std::logic_error("indicator missing");
}

} // namespace

TEST(SemesterPeriod, HalvesOfTheYear)
{
    EXPECT_EQ(Semester::of(date(2023, 6, 30)), (Semester{2023, 1}));
    EXPECT_EQ(Semester::of(date(2023, 7, 1)), (Semester{2023, 2}));
    const Semester second{2023, 2};
    EXPECT_EQ(second.firstDay(), date(2023, 7, 1));
    EXPECT_EQ(second.lastDay(), date(2023, 12, 31));
    EXPECT_TRUE(second.contains(date(2023, 12, 5)));
    EXPECT_FALSE(second.contains(date(2023, 6, 30)));
    EXPECT_FALSE(second.contains(date(2024, 1, 1)));
    const Semester first{2024, 1};
    EXPECT_EQ(first.lastDay(), date(2024, 6, 30));
    EXPECT_EQ(first.previous(), (Semester{2023, 2}));
    EXPECT_EQ(second.previous(), (Semester{2023, 1}));
    EXPECT_EQ(first.roman(), "I");
    EXPECT_EQ(second.roman(), "II");
    EXPECT_TRUE(second.isValid());
    EXPECT_FALSE((Semester{2023, 3}).isValid());
    EXPECT_FALSE((Semester{1999, 1}).isValid());
}

TEST(RanPasti, EmptyRegisterMeetsNothing)
{
    const auto all = ranPastiIndicators({2023, 2}, {}, kKecamatan, {});
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(find(all, RanPastiKind::DistrictRembuk).met, false);
    const auto &kecamatan = find(all, RanPastiKind::KecamatanRembuk);
    EXPECT_EQ(kecamatan.met, false);
    EXPECT_EQ(kecamatan.shortfall.size(), 3u);
    EXPECT_EQ(find(all, RanPastiKind::MonitoringTwice).met, false);
    EXPECT_FALSE(find(all, RanPastiKind::VillageRoleRegulation).met.has_value());
}

TEST(RanPasti, KecamatanWithOneRembukFailsTheTwiceAYearRule)
{
    std::vector<RegisteredMeeting> register_ = {
        meeting(1, date(2023, 3, 2), MeetingKind::RembukStunting, MeetingLevel::Kecamatan,
                "14.03.01"),
        meeting(2, date(2023, 9, 2), MeetingKind::RembukStunting, MeetingLevel::Kecamatan,
                "14.03.01"),
        // held for a desa of Bantan at kecamatan level: counts for Bantan
        meeting(3, date(2023, 4, 2), MeetingKind::RembukStunting, MeetingLevel::Kecamatan,
                "14.03.02.2001"),
        meeting(4, date(2023, 10, 2), MeetingKind::RembukStunting, MeetingLevel::Kecamatan,
                "14.03.02"),
        meeting(5, date(2023, 5, 2), MeetingKind::RembukStunting, MeetingLevel::Kecamatan,
                "14.03.03"),
        // a rakor in Bukit Batu is not a rembuk; a rembuk of 2022 is another year
        meeting(6, date(2023, 11, 2), MeetingKind::RakorTpps, MeetingLevel::Kecamatan, "14.03.03"),
        meeting(7, date(2022, 11, 2), MeetingKind::RembukStunting, MeetingLevel::Kecamatan,
                "14.03.03"),
        // "14.03.030" is not under "14.03.03"
        meeting(8, date(2023, 11, 3), MeetingKind::RembukStunting, MeetingLevel::Kecamatan,
                "14.03.030"),
    };
    const auto all = ranPastiIndicators({2023, 2}, register_, kKecamatan, {});
    const auto &indicator = find(all, RanPastiKind::KecamatanRembuk);
    EXPECT_EQ(indicator.met, false);
    EXPECT_EQ(indicator.required, 2);
    EXPECT_EQ(indicator.held, 2);
    ASSERT_EQ(indicator.shortfall.size(), 1u);
    EXPECT_EQ(indicator.shortfall[0].kecamatan.code, "14.03.03");
    EXPECT_EQ(indicator.shortfall[0].kecamatan.name, "Bukit Batu");
    EXPECT_EQ(indicator.shortfall[0].held, 1);
    EXPECT_EQ(indicator.proofs, (std::vector<std::int64_t>{1, 3, 5, 2, 4}));

    // A second rembuk in Bukit Batu meets the rule.
    register_.push_back(meeting(9, date(2023, 12, 1), MeetingKind::RembukStunting,
                                MeetingLevel::Kecamatan, "14.03.03"));
    const auto again = ranPastiIndicators({2023, 2}, register_, kKecamatan, {});
    EXPECT_EQ(find(again, RanPastiKind::KecamatanRembuk).met, true);
    EXPECT_TRUE(find(again, RanPastiKind::KecamatanRembuk).shortfall.empty());

    // In semester I only what was held by 30 June counts.
    const auto first = ranPastiIndicators({2023, 1}, register_, kKecamatan, {});
    EXPECT_EQ(find(first, RanPastiKind::KecamatanRembuk).shortfall.size(), 3u);
}

TEST(RanPasti, NoKecamatanInTheWorkspaceIsNotMet)
{
    const auto all = ranPastiIndicators({2023, 2}, {}, {}, {});
    EXPECT_EQ(find(all, RanPastiKind::KecamatanRembuk).met, false);
}

TEST(RanPasti, DistrictRembukOnceAYear)
{
    const std::vector<RegisteredMeeting> register_ = {
        meeting(1, date(2023, 3, 14), MeetingKind::RembukStunting, MeetingLevel::Kabupaten,
                "14.03"),
        meeting(2, date(2023, 3, 20), MeetingKind::RembukStunting, MeetingLevel::Kecamatan,
                "14.03.01"),
    };
    const auto all = ranPastiIndicators({2023, 2}, register_, kKecamatan, {});
    const auto &indicator = find(all, RanPastiKind::DistrictRembuk);
    EXPECT_EQ(indicator.met, true);
    EXPECT_EQ(indicator.proofs, (std::vector<std::int64_t>{1}));
    // A rembuk held after the semester's end does not count for it.
    const auto later = ranPastiIndicators(
        {2023, 1},
        {meeting(1, date(2023, 7, 14), MeetingKind::RembukStunting, MeetingLevel::Kabupaten)},
        kKecamatan, {});
    EXPECT_EQ(find(later, RanPastiKind::DistrictRembuk).met, false);
}

TEST(RanPasti, MonitoringAndEvaluationTwiceAYear)
{
    std::vector<RegisteredMeeting> register_ = {
        meeting(1, date(2023, 5, 1), MeetingKind::PerformanceReview, MeetingLevel::Kabupaten),
        meeting(2, date(2023, 8, 1), MeetingKind::RakorTpps, MeetingLevel::Kabupaten, "14.03",
                "Rapat Koordinasi Monev Aksi Konvergensi"),
        meeting(3, date(2023, 9, 1), MeetingKind::RakorTpps, MeetingLevel::Kecamatan, "14.03.01",
                "Monev kecamatan"),
        meeting(4, date(2023, 9, 2), MeetingKind::RakorTpps, MeetingLevel::Kabupaten, "14.03",
                "Rapat koordinasi"),
    };
    auto all = ranPastiIndicators({2023, 2}, register_, kKecamatan, {});
    const auto &indicator = find(all, RanPastiKind::MonitoringTwice);
    EXPECT_EQ(indicator.met, true);
    EXPECT_EQ(indicator.proofs, (std::vector<std::int64_t>{1, 2}));
    register_.erase(register_.begin());
    all = ranPastiIndicators({2023, 2}, register_, kKecamatan, {});
    EXPECT_EQ(find(all, RanPastiKind::MonitoringTwice).met, false);
    EXPECT_EQ(find(all, RanPastiKind::MonitoringTwice).held, 1);
}

TEST(RanPasti, VillageRoleRegulationIsTheStoredAnswer)
{
    const auto yes = ranPastiIndicators({2023, 2}, {}, kKecamatan,
                                        {true, "Perbup Bengkalis No 24 Tahun 2021"});
    EXPECT_EQ(find(yes, RanPastiKind::VillageRoleRegulation).met, true);
    EXPECT_EQ(find(yes, RanPastiKind::VillageRoleRegulation).note,
              "Perbup Bengkalis No 24 Tahun 2021");
    const auto no = ranPastiIndicators({2023, 2}, {}, kKecamatan, {false, {}});
    EXPECT_EQ(find(no, RanPastiKind::VillageRoleRegulation).met, false);
}

TEST(NationalTargets, RpjmnAndGap)
{
    const auto &targets = rpjmnTargets();
    ASSERT_EQ(targets.size(), 2u);
    EXPECT_EQ(targets[0].year, 2025);
    EXPECT_DOUBLE_EQ(targets[0].percent, 18.8);
    EXPECT_EQ(targets[1].year, 2029);
    EXPECT_DOUBLE_EQ(targets[1].percent, 14.2);
    EXPECT_NEAR(gapToTarget(8.4, 14.2), -5.8, 1e-9);
    EXPECT_NEAR(gapToTarget(21.9, 18.8), 3.1, 1e-9);
}

TEST(SemesterTexts, DraftCarriesEveryPartOver)
{
    SemesterTexts texts;
    EXPECT_TRUE(texts.isEmpty());
    texts.year = 2023;
    texts.half = 1;
    texts.foreword = "Puji syukur";
    texts.closing = "Demikian";
    texts.villageRoleRegulation = {true, "Perbup No 24 Tahun 2021"};
    texts.reportDate = boost::gregorian::date(2023, 7, 10);
    texts.rowVersion = 4;
    EXPECT_FALSE(texts.isEmpty());
    const SemesterTexts draft = SemesterTexts::draftFrom(texts, {2023, 2});
    EXPECT_EQ(draft.year, 2023);
    EXPECT_EQ(draft.half, 2);
    EXPECT_EQ(draft.rowVersion, 0);
    EXPECT_EQ(draft.foreword, "Puji syukur");
    EXPECT_EQ(draft.closing, "Demikian");
    EXPECT_EQ(draft.villageRoleRegulation.answer, true);
    EXPECT_EQ(draft.villageRoleRegulation.note, "Perbup No 24 Tahun 2021");
    EXPECT_FALSE(draft.reportDate) << "a new semester is signed on its own day";
}

TEST(SemesterTexts, ReportDateIsNotBeforeTheSemester)
{
    const Semester second{2023, 2};
    EXPECT_FALSE(isValidReportDate(second, date(2023, 6, 30)));
    EXPECT_TRUE(isValidReportDate(second, date(2023, 7, 1)));
    EXPECT_TRUE(isValidReportDate(second, date(2024, 1, 15)));
    EXPECT_FALSE(isValidReportDate(second, date(2101, 1, 1)));
    EXPECT_FALSE(isValidReportDate(second, date(boost::gregorian::not_a_date_time)));
    EXPECT_TRUE(isValidReportDate({2024, 1}, date(2024, 1, 1)));
    EXPECT_FALSE(isValidReportDate({2024, 1}, date(2023, 12, 31)));
}
