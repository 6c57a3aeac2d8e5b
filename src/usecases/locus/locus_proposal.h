// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/locus/locus_choices.h"
#include "core/locus/locus_scoring.h"
#include "storage/locus/locus_repository.h"

#include <QString>

#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::locus {

/// What the proposal scores for every desa/kelurahan of the workspace's district for the list
/// of `year`, from the data of `dataYear`: the workspace's prevalence figures, locus lists
/// and scorecards, weighed by core::buildCandidates. Empty when the workspace has no district.
std::vector<core::LocusCandidate> loadCandidates(storage::Database &db, int year, int dataYear);

/// A proposal for a year's locus list while it is built: every village of the district ranked
/// by the weights, the top N taken, and the choices made by hand (core::LocusChoices: a
/// village added below the cut or left out of the top N, each with its reason). Holds no
/// widget: the Proposal tab shows it, `konvergensi-cli locus propose` prints and saves it.
class LocusProposal
{
public:
    int year() const { return m_year; }
    int dataYear() const { return m_dataYear; }
    /// Another year drops the choices made by hand (they were about that year's list).
    void setYear(int year, int dataYear);
    void setDataYear(int dataYear) { m_dataYear = dataYear; }
    const core::LocusWeights &weights() const { return m_weights; }
    void setWeights(const core::LocusWeights &weights) { m_weights = weights; }
    int topN() const { return m_topN; }
    void setTopN(int topN) { m_topN = topN; }

    /// Reads the candidates of year and data year again and ranks them; rank()'s result.
    QString load(storage::Database &db);
    /// Ranks the candidates read last with the weights. Returns why it cannot (the weights
    /// are all zero, the workspace has no district), translated; the ranking is then empty.
    QString rank();
    const std::vector<core::RankedVillage> &ranking() const { return m_ranking; }
    /// Villages of the ranking with a prevalence figure.
    int withPrevalence() const;

    const core::LocusChoices &choices() const { return m_choices; }
    core::LocusChoices::Outcome add(const core::RegionCode &village, const std::string &reason);
    core::LocusChoices::Outcome leaveOut(const core::RegionCode &village,
                                         const std::string &reason);
    bool clearChoice(const core::RegionCode &village) { return m_choices.clear(village); }
    void clearChoices() { m_choices.clearAll(); }
    core::LocusChoices::Status status(const core::RankedVillage &village) const
    {
        return m_choices.status(village, m_topN);
    }
    /// The choices by hand that count now (see LocusChoices::effective).
    core::LocusChoices::Effective effectiveChoices() const
    {
        return m_choices.effective(m_ranking, m_topN);
    }

    /// The list the proposal makes now: the top N minus the villages left out, plus those
    /// added, ranks 1..n; a ranked village's reason says where it stood ("Rank 3 of 155 in
    /// the proposal (score 72.1; data of 2022)"), in `language`. Throws
    /// storage::StorageError(Invalid) with the broken rule in words (also for an empty list).
    core::LocusSelection selection(core::Language language) const;
    /// Stores selection() as the year's list with the villages left out, replacing the list
    /// held (in one transaction, audited). Throws storage::StorageError.
    storage::LocusRepository::ReplaceResult save(storage::Database &db,
                                                 core::Language language) const;

private:
    int m_year = 0;
    int m_dataYear = 0;
    core::LocusWeights m_weights;
    int m_topN = 15;
    bool m_hasDistrict = false;
    std::vector<core::LocusCandidate> m_candidates;
    std::vector<core::RankedVillage> m_ranking;
    core::LocusChoices m_choices;
};

} // namespace konvergensi::usecases::locus
