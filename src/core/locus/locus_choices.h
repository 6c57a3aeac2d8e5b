// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/locus/locus_scoring.h"

#include <map>
#include <string>
#include <vector>

namespace konvergensi::core {

/// The choices made by hand on top of a ranking while a proposal is built: villages added
/// below the cut and villages left out of the top N, each with its reason. The ranking and N
/// may change after a choice (other weights, another N, other data): a choice that no longer
/// means anything (an added village the top N now holds, a left-out village that fell below
/// the cut) is kept, in case the user goes back, but does not count (effective()).
class LocusChoices
{
public:
    enum class Outcome {
        Added,          ///< the village is added by hand
        TakenBack,      ///< a village left out of the top N is on the list again
        AlreadyOnList,  ///< adding a village the top N holds: nothing to do
        LeftOut,        ///< a village of the top N is left out
        AdditionUndone, ///< leaving out a village added by hand drops the addition
        NotInTopN,      ///< leaving out a village below the cut: nothing to do
        ReasonMissing,  ///< adding or leaving out needs a reason
        NotRanked,      ///< the village is not in the ranking
    };
    /// Where a village of the ranking stands with N and the choices.
    enum class Status {
        Below,   ///< below the cut, not added
        TopN,    ///< in the top N
        Added,   ///< below the cut, added by hand
        LeftOut, ///< in the top N, left out by hand
    };

    Outcome add(const std::vector<RankedVillage> &ranking, int topN, const RegionCode &village,
                const std::string &reason);
    Outcome leaveOut(const std::vector<RankedVillage> &ranking, int topN, const RegionCode &village,
                     const std::string &reason);
    /// Drops any choice about the village; false when there was none.
    bool clear(const RegionCode &village);
    void clearAll();
    bool empty() const { return m_added.empty() && m_removed.empty(); }

    Status status(const RankedVillage &village, int topN) const;
    /// The reason of the village's choice (added or left out); empty when none.
    std::string reason(const RegionCode &village) const;

    /// The choices that count for this ranking and N, as selectVillages() takes them: an
    /// addition only below the cut, a leaving-out only in the top N.
    struct Effective
    {
        std::vector<ManualChoice> added;
        std::vector<ManualChoice> removed;
    };
    Effective effective(const std::vector<RankedVillage> &ranking, int topN) const;

private:
    std::map<RegionCode, std::string> m_added;   ///< village -> reason
    std::map<RegionCode, std::string> m_removed; ///< village -> reason
};

} // namespace konvergensi::core
