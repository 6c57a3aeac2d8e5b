// SPDX-License-Identifier: GPL-3.0-or-later
// The progress, status and lateness rules of the convergence actions, and the built-in
// catalogue. Plain C++ (no Qt).
#include "core/actions/actions.h"

#include <gtest/gtest.h>

using namespace konvergensi::core;
using boost::gregorian::date;

namespace {

ActionOutput output(OutputState state, int evidence)
{
    ActionOutput out;
    out.name = "Keluaran";
    out.state = state;
    if (state == OutputState::Done)
        out.doneDate = date(2024, 3, 1);
    out.evidenceCount = evidence;
    return out;
}

Action actionDue(date end, std::vector<ActionOutput> outputs)
{
    Action action;
    action.year = end.year();
    action.key = "3";
    action.name = "Rembuk Stunting";
    action.dueStart = date(end.year(), 1, 1);
    action.dueEnd = end;
    action.outputs = std::move(outputs);
    return action;
}

} // namespace

TEST(ActionProgress, CountsOnlyOutputsDoneWithEvidence)
{
    const Action action = actionDue(date(2024, 5, 31),
                                    {output(OutputState::Done, 1), output(OutputState::Done, 0),
                                     output(OutputState::InProgress, 2)});
    const ActionProgress progress = progressOf(action);
    EXPECT_EQ(progress.required, 3);
    EXPECT_EQ(progress.doneWithEvidence, 1) << "done without evidence and evidence without done "
                                               "do not count";
    EXPECT_NEAR(progress.percent(), 100.0 / 3.0, 1e-9);
    EXPECT_FALSE(isComplete(action));
}

TEST(ActionProgress, NoOutputsIsZeroAndNeverComplete)
{
    const Action action = actionDue(date(2024, 5, 31), {});
    EXPECT_EQ(progressOf(action).fraction(), 0.0);
    EXPECT_FALSE(isComplete(action));
}

TEST(ActionLateness, DueDateItselfIsNotLateTheDayAfterIs)
{
    const Action action = actionDue(date(2024, 5, 31), {output(OutputState::InProgress, 0)});
    EXPECT_FALSE(isLate(action, FixedClock(date(2024, 5, 30))));
    EXPECT_FALSE(isLate(action, FixedClock(date(2024, 5, 31)))) << "the due date itself";
    EXPECT_TRUE(isLate(action, FixedClock(date(2024, 6, 1)))) << "the day after";
    EXPECT_EQ(statusOf(action, FixedClock(date(2024, 5, 31))), ActionStatus::InProgress);
    EXPECT_EQ(statusOf(action, FixedClock(date(2024, 6, 1))), ActionStatus::Late);
}

TEST(ActionLateness, LeapDayAndYearEndBoundaries)
{
    const Action leap = actionDue(date(2024, 2, 29), {output(OutputState::NotStarted, 0)});
    EXPECT_FALSE(isLate(leap, FixedClock(date(2024, 2, 29))));
    EXPECT_TRUE(isLate(leap, FixedClock(date(2024, 3, 1))));
    const Action yearEnd = actionDue(date(2024, 12, 31), {output(OutputState::NotStarted, 0)});
    EXPECT_FALSE(isLate(yearEnd, FixedClock(date(2024, 12, 31))));
    EXPECT_TRUE(isLate(yearEnd, FixedClock(date(2025, 1, 1))));
}

TEST(ActionLateness, CompleteActionIsNeverLate)
{
    const Action action = actionDue(date(2024, 5, 31),
                                    {output(OutputState::Done, 1), output(OutputState::Done, 3)});
    EXPECT_TRUE(isComplete(action));
    EXPECT_FALSE(isLate(action, FixedClock(date(2030, 1, 1))));
    EXPECT_EQ(statusOf(action, FixedClock(date(2030, 1, 1))), ActionStatus::Done);
}

TEST(ActionStatus, NotStartedUntilSomethingHappens)
{
    Action action = actionDue(date(2024, 5, 31), {output(OutputState::NotStarted, 0),
                                                  output(OutputState::NotStarted, 0)});
    const FixedClock clock(date(2024, 4, 1));
    EXPECT_EQ(statusOf(action, clock), ActionStatus::NotStarted);
    action.outputs[1].evidenceCount = 1; // evidence uploaded before marking done
    EXPECT_EQ(statusOf(action, clock), ActionStatus::InProgress);
    action.outputs[1].evidenceCount = 0;
    action.outputs[0].state = OutputState::InProgress;
    EXPECT_EQ(statusOf(action, clock), ActionStatus::InProgress);
    // Not started and past due: late.
    action.outputs[0].state = OutputState::NotStarted;
    EXPECT_EQ(statusOf(action, FixedClock(date(2024, 6, 1))), ActionStatus::Late);
}

TEST(YearProgress, IsTheMeanOfTheActions)
{
    const Action full = actionDue(date(2024, 5, 31), {output(OutputState::Done, 1)});
    const Action half = actionDue(date(2024, 5, 31),
                                  {output(OutputState::Done, 1), output(OutputState::Done, 0)});
    const Action none = actionDue(date(2024, 5, 31), {output(OutputState::NotStarted, 0)});
    EXPECT_NEAR(yearProgress({full, half, none}), 0.5, 1e-12);
    EXPECT_EQ(yearProgress({}), 0.0);
    // The mean over actions, not over outputs: 1 of 1 and 0 of 3 give 50 %, not 25 %.
    const Action threeMissing = actionDue(date(2024, 5, 31), {output(OutputState::NotStarted, 0),
                                                              output(OutputState::NotStarted, 0),
                                                              output(OutputState::NotStarted, 0)});
    EXPECT_NEAR(yearProgress({full, threeMissing}), 0.5, 1e-12);
}

TEST(MissingOutputs, ListsWhatLacksDoneOrEvidence)
{
    Action action = actionDue(date(2024, 5, 31),
                              {output(OutputState::Done, 1), output(OutputState::Done, 0),
                               output(OutputState::NotStarted, 0)});
    action.outputs[1].name = "Notulen";
    action.outputs[2].name = "Daftar desa lokus";
    const auto missing = missingOutputs(action);
    ASSERT_EQ(missing.size(), 2U);
    EXPECT_EQ(missing[0].name, "Notulen");
    EXPECT_EQ(missing[1].name, "Daftar desa lokus");
}

TEST(ActionValidation, Rules)
{
    Action action = actionDue(date(2024, 5, 31), {});
    EXPECT_TRUE(validate(action).empty());
    action.dueEnd = date(2024, 1, 1);
    action.dueStart = date(2024, 2, 1);
    EXPECT_EQ(validate(action), std::vector<ActionProblem>{ActionProblem::DueEndBeforeStart});
    action.dueStart = date(2023, 12, 1);
    action.dueEnd = date(2024, 1, 31);
    EXPECT_EQ(validate(action), std::vector<ActionProblem>{ActionProblem::DueOutsideYear});
    action.dueStart = date(2024, 11, 1);
    action.dueEnd = date(2025, 1, 31);
    EXPECT_TRUE(validate(action).empty()) << "a period may run into the next year";
    action.name = "  ";
    EXPECT_EQ(validate(action), std::vector<ActionProblem>{ActionProblem::EmptyName});

    ActionOutput out = output(OutputState::Done, 0);
    EXPECT_TRUE(validate(out).empty());
    out.doneDate.reset();
    EXPECT_EQ(validate(out), std::vector<ActionProblem>{ActionProblem::OutputDoneWithoutDate});
}

TEST(Catalogue, ClassicEightWithOutputsThrough2024)
{
    for (const int year : {2018, 2021, 2024}) {
        const auto actions = actionsFromTemplate(year);
        ASSERT_EQ(actions.size(), 8U) << year;
        for (std::size_t i = 0; i < actions.size(); ++i) {
            EXPECT_EQ(actions[i].key, std::to_string(i + 1));
            EXPECT_EQ(actions[i].group, ActionGroup::Classic);
            EXPECT_FALSE(actions[i].outputs.empty());
            EXPECT_EQ(actions[i].dueStart.year(), year);
            EXPECT_TRUE(validate(actions[i]).empty()) << actions[i].name;
        }
    }
    const auto y2021 = actionsFromTemplate(2021);
    EXPECT_EQ(y2021[2].name, "Rembuk Stunting");
    ASSERT_EQ(y2021[2].outputs.size(), 3U);
    EXPECT_EQ(y2021[2].outputs[0].name, "Komitmen/deklarasi yang ditandatangani");
    EXPECT_EQ(y2021[3].name, "Peraturan Bupati/Walikota tentang Peran Desa");
    // The 2022 revision renames Aksi 4 and 5.
    const auto y2022 = actionsFromTemplate(2022);
    EXPECT_EQ(y2022[3].name, "Peraturan Bupati/Walikota tentang Percepatan Penurunan Stunting");
    EXPECT_EQ(y2022[4].name, "Pembinaan Pelaku dan Pemerintahan Desa/Kelurahan");
}

TEST(Catalogue, From2025MainAndSupportingActions)
{
    EXPECT_EQ(catalogueEdition(2021), 2018);
    EXPECT_EQ(catalogueEdition(2022), 2022);
    EXPECT_EQ(catalogueEdition(2024), 2022);
    EXPECT_EQ(catalogueEdition(2025), 2025);
    const auto actions = actionsFromTemplate(2025);
    ASSERT_FALSE(actions.empty());
    EXPECT_NE(actions.size(), 8U);
    int main = 0;
    int supporting = 0;
    for (const Action &action : actions) {
        main += action.group == ActionGroup::Main;
        supporting += action.group == ActionGroup::Supporting;
        EXPECT_TRUE(validate(action).empty()) << action.name;
    }
    EXPECT_EQ(main, 4);
    EXPECT_GE(supporting, 1);
    EXPECT_EQ(actions.front().key, "U1");
    EXPECT_EQ(actionNumber(actions[1]), "2");
}

TEST(Catalogue, CopyKeepsAdjustmentsAndResetsState)
{
    auto source = actionsFromTemplate(2023);
    source[2].dueEnd = date(2023, 6, 15);
    source[2].leadOpdId = 7;
    source[2].leadOpdName = "Setda";
    source[2].notes = "catatan 2023";
    source[2].outputs[0].state = OutputState::Done;
    source[2].outputs[0].doneDate = date(2023, 5, 10);
    source[2].outputs[0].evidenceCount = 2;
    ActionOutput extra;
    extra.name = "Foto kegiatan";
    extra.sortOrder = 4;
    source[2].outputs.push_back(extra);

    const auto copy = copyCatalogue(source, 2024);
    ASSERT_EQ(copy.size(), 8U);
    EXPECT_EQ(copy[2].year, 2024);
    EXPECT_EQ(copy[2].dueEnd, date(2024, 6, 15));
    EXPECT_EQ(copy[2].dueStart, date(2024, 4, 1));
    EXPECT_EQ(copy[2].leadOpdId, std::optional<std::int64_t>(7));
    EXPECT_TRUE(copy[2].notes.empty());
    ASSERT_EQ(copy[2].outputs.size(), 4U);
    EXPECT_EQ(copy[2].outputs[3].name, "Foto kegiatan");
    EXPECT_EQ(copy[2].outputs[0].state, OutputState::NotStarted);
    EXPECT_FALSE(copy[2].outputs[0].doneDate);
    EXPECT_EQ(copy[2].outputs[0].evidenceCount, 0);
}

TEST(Catalogue, SameDayInYearClampsLeapDay)
{
    EXPECT_EQ(sameDayInYear(date(2024, 2, 29), 2025), date(2025, 2, 28));
    EXPECT_EQ(sameDayInYear(date(2023, 5, 31), 2024), date(2024, 5, 31));
}

TEST(ActionWords, RoundTrip)
{
    for (const auto state : {OutputState::NotStarted, OutputState::InProgress, OutputState::Done})
        EXPECT_EQ(outputStateFromString(toString(state)), state);
    for (const auto group : {ActionGroup::Classic, ActionGroup::Main, ActionGroup::Supporting})
        EXPECT_EQ(actionGroupFromString(toString(group)), group);
    EXPECT_FALSE(outputStateFromString("selesai"));
    EXPECT_EQ(toString(ActionStatus::Late), "late");
}
