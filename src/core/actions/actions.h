// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The yearly convergence actions (Aksi Konvergensi): the catalogue a year starts from, the
// state of each required output, and the progress and lateness rules. Plain C++, no Qt.

#include "core/clock.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konvergensi::core {

/// Where one required output of an action stands.
enum class OutputState { NotStarted, InProgress, Done };

/// Where an action stands on a given day (belum mulai, berjalan, selesai, terlambat).
enum class ActionStatus { NotStarted, InProgress, Done, Late };

/// The catalogue's grouping: the eight classic actions (2018-2024), or from 2025 the main and
/// supporting actions of the ministry's regrouping.
enum class ActionGroup { Classic, Main, Supporting };

/// Stable words for storage and files: "not_started", "in_progress", "done".
std::string toString(OutputState state);
std::optional<OutputState> outputStateFromString(std::string_view text);
/// "classic", "main", "supporting".
std::string toString(ActionGroup group);
std::optional<ActionGroup> actionGroupFromString(std::string_view text);
/// "not_started", "in_progress", "done", "late" (for CSV output).
std::string toString(ActionStatus status);

/// One output an action must produce (a decree, minutes, a plan), with its evidence.
struct ActionOutput
{
    std::int64_t id = 0; ///< 0 until stored
    std::int64_t actionId = 0;
    int sortOrder = 0;
    std::string name; ///< "Notulen (berita acara) rembuk stunting"
    OutputState state = OutputState::NotStarted;
    std::optional<boost::gregorian::date> doneDate; ///< when it was done; only when Done
    std::string responsible;                        ///< the person responsible, as written
    std::string notes;
    int evidenceCount = 0; ///< documents attached as evidence (read from the document store)
    int rowVersion = 0;

    /// Counts for progress: done, and at least one evidence document attached.
    bool isDoneWithEvidence() const { return state == OutputState::Done && evidenceCount > 0; }

    friend bool operator==(const ActionOutput &, const ActionOutput &) = default;
};

/// One action of a year's catalogue, with its outputs.
struct Action
{
    std::int64_t id = 0;
    int year = 0;
    std::string key; ///< stable within the catalogue: "1".."8" (classic), "U1", "P2" (2025+)
    int sortOrder = 0;
    ActionGroup group = ActionGroup::Classic;
    std::string name;    ///< "Rembuk Stunting"
    std::string purpose; ///< what the action is for
    std::optional<std::int64_t> leadOpdId;
    std::string leadOpdName;                     ///< the lead OPD's short name, filled when read
    boost::gregorian::date dueStart{2000, 1, 1}; ///< the due period: from ...
    boost::gregorian::date dueEnd{2000, 1, 1};   ///< ... to (inclusive)
    std::string notes;
    std::vector<ActionOutput> outputs;
    int rowVersion = 0;

    friend bool operator==(const Action &, const Action &) = default;
};

/// Progress of one action: outputs done with evidence out of the outputs required.
struct ActionProgress
{
    int required = 0;
    int doneWithEvidence = 0;
    /// 0..1; 0 when nothing is required.
    double fraction() const
    {
        return required == 0 ? 0.0 : static_cast<double>(doneWithEvidence) / required;
    }
    double percent() const { return fraction() * 100.0; }
};

ActionProgress progressOf(const Action &action);
/// Every required output done with evidence (an action without outputs is never complete).
bool isComplete(const Action &action);
/// Past its due period and not complete. The due date itself is not late; the day after is.
bool isLate(const Action &action, const Clock &clock);
/// Done when complete; else late when past due; else in progress when any output is started,
/// done or has evidence; else not started.
ActionStatus statusOf(const Action &action, const Clock &clock);
/// The year's progress: the mean of the actions' fractions (0..1); 0 for no actions.
double yearProgress(const std::vector<Action> &actions);
/// The outputs that still lack something: not done, or done without evidence.
std::vector<ActionOutput> missingOutputs(const Action &action);
/// The number in an action's label: "3" for key "3", "2" for "U2"; the key when none.
std::string actionNumber(const Action &action);

/// What is wrong with an action or an output as entered.
enum class ActionProblem {
    EmptyKey,
    EmptyName,
    DueEndBeforeStart,
    DueOutsideYear, ///< the period must start in the year and end by the next year's end
    OutputEmptyName,
    OutputDoneWithoutDate, ///< a done output needs the date it was done
};

std::vector<ActionProblem> validate(const Action &action);
std::vector<ActionProblem> validate(const ActionOutput &output);

// --- The built-in catalogue -------------------------------------------------------------

/// A catalogue entry as the program ships it; a year starts from these when there is no
/// earlier year of the same edition to copy.
struct ActionTemplate
{
    std::string key;
    ActionGroup group = ActionGroup::Classic;
    std::string name;
    std::string purpose;
    std::string leadOpdShortName; ///< resolved against the OPD directory; may be absent there
    int dueStartMonth = 1;
    int dueStartDay = 1;
    int dueEndMonth = 12;
    int dueEndDay = 31;
    std::vector<std::string> outputs;
};

/// The edition of the national catalogue a year belongs to: 2018 (the eight actions), 2022
/// (the same eight after the technical guide's revision renamed Aksi 4 and 5) or 2025 (main
/// and supporting actions). A new year copies an earlier year only within its edition.
int catalogueEdition(int year);
/// The built-in catalogue for a year (names follow the 2022 revision from 2022 on).
std::vector<ActionTemplate> defaultCatalogue(int year);

/// The same day and month in another year (29 February becomes 28 February).
boost::gregorian::date sameDayInYear(const boost::gregorian::date &date, int year);

/// Builds a year's actions from the built-in catalogue (ids 0, leadOpdId unset).
std::vector<Action> actionsFromTemplate(int year);
/// A copy of another year's catalogue for `year`: keys, names, purposes, lead OPD and output
/// names kept, due periods moved by the year difference; states, dates, responsible people,
/// notes and evidence are the year's own and start empty.
std::vector<Action> copyCatalogue(const std::vector<Action> &source, int year);

} // namespace konvergensi::core
