// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/locus/locus_choices.h"

#include "core/text.h"

#include <algorithm>

namespace konvergensi::core {

namespace {

const RankedVillage *findRanked(const std::vector<RankedVillage> &ranking,
                                const RegionCode &village)
{
    const auto it = std::find_if(ranking.begin(), ranking.end(), [&](const RankedVillage &r) {
        return r.candidate.village == village;
    });
    return it == ranking.end() ? nullptr : &*it;
}

} // namespace

LocusChoices::Outcome LocusChoices::add(const std::vector<RankedVillage> &ranking, int topN,
                                        const RegionCode &village, const std::string &reason)
{
    const RankedVillage *ranked = findRanked(ranking, village);
    if (!ranked)
        return Outcome::NotRanked;
    if (ranked->rank <= topN) {
        // Adding a village of the top N back takes back its leaving-out; no reason needed.
        return m_removed.erase(village) > 0 ? Outcome::TakenBack : Outcome::AlreadyOnList;
    }
    const std::string why = trimmed(reason);
    if (why.empty())
        return Outcome::ReasonMissing;
    m_removed.erase(village);
    m_added[village] = why;
    return Outcome::Added;
}

LocusChoices::Outcome LocusChoices::leaveOut(const std::vector<RankedVillage> &ranking, int topN,
                                             const RegionCode &village, const std::string &reason)
{
    const RankedVillage *ranked = findRanked(ranking, village);
    if (!ranked)
        return Outcome::NotRanked;
    if (ranked->rank > topN)
        return m_added.erase(village) > 0 ? Outcome::AdditionUndone : Outcome::NotInTopN;
    const std::string why = trimmed(reason);
    if (why.empty())
        return Outcome::ReasonMissing;
    m_added.erase(village);
    m_removed[village] = why;
    return Outcome::LeftOut;
}

bool LocusChoices::clear(const RegionCode &village)
{
    const bool added = m_added.erase(village) > 0;
    const bool removed = m_removed.erase(village) > 0;
    return added || removed;
}

void LocusChoices::clearAll()
{
    m_added.clear();
    m_removed.clear();
}

LocusChoices::Status LocusChoices::status(const RankedVillage &village, int topN) const
{
    const RegionCode &code = village.candidate.village;
    if (village.rank <= topN)
        return m_removed.contains(code) ? Status::LeftOut : Status::TopN;
    return m_added.contains(code) ? Status::Added : Status::Below;
}

std::string LocusChoices::reason(const RegionCode &village) const
{
    if (const auto it = m_added.find(village); it != m_added.end())
        return it->second;
    if (const auto it = m_removed.find(village); it != m_removed.end())
        return it->second;
    return {};
}

LocusChoices::Effective LocusChoices::effective(const std::vector<RankedVillage> &ranking,
                                                int topN) const
{
    Effective out;
    for (const RankedVillage &r : ranking) {
        const RegionCode &code = r.candidate.village;
        if (r.rank <= topN) {
            if (const auto it = m_removed.find(code); it != m_removed.end())
                out.removed.push_back({code, it->second});
        } else if (const auto it = m_added.find(code); it != m_added.end()) {
            out.added.push_back({code, it->second});
        }
    }
    return out;
}

} // namespace konvergensi::core
