// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/locus/locus_proposal.h"

#include "usecases/locus/locus_lists.h"

#include "core/locus/locus_evidence.h"
#include "qtsupport/text.h"
#include "reports/locus/locus_words.h"
#include "storage/database.h"
#include "storage/locus/scorecard_repository.h"
#include "storage/prevalence/prevalence_repository.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"

#include <QCoreApplication>

#include <algorithm>

namespace konvergensi::usecases::locus {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw storage::StorageError(storage::StorageError::Kind::Invalid, message);
}

} // namespace

std::vector<core::LocusCandidate> loadCandidates(storage::Database &db, int year, int dataYear)
{
    storage::RegionRepository regions(db);
    const auto district = regions.district();
    if (!district)
        return {};
    core::CandidateData data;
    data.year = year;
    data.dataYear = dataYear;
    storage::PrevalenceFilter filter;
    filter.within = district->code;
    filter.year = dataYear;
    filter.indicator = core::PrevalenceIndicator::Stunting;
    data.figures = storage::PrevalenceRepository(db).observations(filter);
    storage::LocusRepository lists(db);
    data.listOfYear = lists.villages(year);
    data.listOfDataYear = lists.villages(dataYear);
    storage::ScorecardRepository scorecards(db);
    data.scorecardsOfYear = scorecards.scorecards(year);
    data.scorecardsOfDataYear = scorecards.scorecards(dataYear);
    return core::buildCandidates(regions.tree(), district->code, data);
}

void LocusProposal::setYear(int year, int dataYear)
{
    if (year != m_year)
        m_choices.clearAll();
    m_year = year;
    m_dataYear = dataYear;
}

QString LocusProposal::load(storage::Database &db)
{
    m_hasDistrict = storage::RegionRepository(db).district().has_value();
    m_candidates = loadCandidates(db, m_year, m_dataYear);
    return rank();
}

QString LocusProposal::rank()
{
    m_ranking.clear();
    if (!m_hasDistrict)
        return QCoreApplication::translate("LocusProposal",
                                           "The workspace has no district yet. Import the region "
                                           "list first.");
    if (!m_weights.valid())
        return QCoreApplication::translate("LocusProposal", "Give at least one weight above zero.");
    m_ranking = core::rankVillages(m_candidates, m_weights);
    return {};
}

int LocusProposal::withPrevalence() const
{
    return static_cast<int>(
        std::count_if(m_ranking.begin(), m_ranking.end(),
                      [](const core::RankedVillage &r) { return r.candidate.prevalence; }));
}

core::LocusChoices::Outcome LocusProposal::add(const core::RegionCode &village,
                                               const std::string &reason)
{
    return m_choices.add(m_ranking, m_topN, village, reason);
}

core::LocusChoices::Outcome LocusProposal::leaveOut(const core::RegionCode &village,
                                                    const std::string &reason)
{
    return m_choices.leaveOut(m_ranking, m_topN, village, reason);
}

core::LocusSelection LocusProposal::selection(core::Language language) const
{
    const auto [added, removed] = effectiveChoices();
    if (const auto issues = core::checkSelection(m_ranking, m_topN, added, removed);
        !issues.empty())
        refuse(reports::selectionProblemText(issues.front().problem));
    core::LocusSelection selection = core::selectVillages(m_year, m_ranking, m_topN, added,
                                                          removed);
    if (selection.villages.empty())
        refuse(QCoreApplication::translate("LocusProposal",
                                           "The list would be empty: take the top villages of "
                                           "the ranking or add villages by hand."));
    for (core::LocusVillage &v : selection.villages) {
        if (v.origin != core::LocusOrigin::Ranked)
            continue;
        const auto it = std::find_if(m_ranking.begin(), m_ranking.end(), [&](const auto &r) {
            return r.candidate.village == v.village;
        });
        if (it != m_ranking.end())
            v.reason = ss(
                QCoreApplication::translate("LocusProposal",
                                            "Rank %1 of %2 in the proposal (score %3; data of %4)")
                    .arg(it->rank)
                    .arg(m_ranking.size())
                    .arg(qs(core::formatDecimal(it->score, 1, language)))
                    .arg(m_dataYear));
    }
    return selection;
}

storage::LocusRepository::ReplaceResult LocusProposal::save(storage::Database &db,
                                                            core::Language language) const
{
    const core::LocusSelection chosen = selection(language);
    return saveList(db, m_year, chosen.villages, chosen.exclusions);
}

} // namespace konvergensi::usecases::locus
