// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which figures the locus module uses for a village when several are held: the proposal's
// inputs (prevalence data of the data year, else the numbers stored with a locus list; the
// coverage gap from a scorecard) and the comparison of two years (one prevalence series per
// year, never a mix of sources).

#include "core/locus/locus.h"
#include "core/locus/locus_scorecard.h"
#include "core/locus/locus_scoring.h"
#include "core/prevalence/prevalence.h"
#include "core/regions/region_tree.h"

#include <map>
#include <optional>
#include <vector>

namespace konvergensi::core {

/// Everything held that the proposal for the list of `year` may use, read from the data of
/// `dataYear` (the Aksi 1 analysis normally uses the year before).
struct CandidateData
{
    int year = 0;
    int dataYear = 0;
    /// Prevalence figures of `dataYear`; only stunting figures of desa/kelurahan count.
    std::vector<PrevalenceObservation> figures;
    std::vector<LocusVillage> listOfYear;     ///< the locus list of `year` (may be empty)
    std::vector<LocusVillage> listOfDataYear; ///< the locus list of `dataYear`
    std::vector<Scorecard> scorecardsOfYear;
    std::vector<Scorecard> scorecardsOfDataYear;
};

/// What the proposal scores for every desa/kelurahan of the district, in region order
/// (kecamatan by code, villages by code within). The rule, per village:
///   - prevalence, stunted and measured children: the preferred prevalence figure of the data
///     year (preferredVillageFigure) when one is held; else the numbers stored with the
///     village's entry on the list of `year`, then on the list of `dataYear` (the first entry
///     that gives a prevalence or a count of stunted children). `origin` says which.
///   - 1,000-HPK households and poverty: from the entry of `year`, then of `dataYear`, each
///     figure separately.
///   - coverage gap: 100 - overall coverage of the village's scorecard of `dataYear`, else of
///     `year`.
std::vector<LocusCandidate> buildCandidates(const RegionTree &tree, const RegionCode &district,
                                            const CandidateData &data);

/// The stunting figures of one year for comparing two years' lists: each village's figure
/// from ONE series (a prevalence source and round), so that figures of different sources are
/// never pooled. The series is the one the proposal would prefer (counts before published
/// rates, then e-PPGBM, bulan penimbangan, SSGI, SKI, Riskesdas, other, then August,
/// February, survey), among the series that give a rate for at least one village of the
/// district. When no prevalence data of the year is held, the numbers stored with the
/// year's locus list are used (origin LocusList). origin is nullopt when there is nothing.
struct YearFigures
{
    std::map<RegionCode, VillageFigure> figures;
    std::optional<FigureOrigin> origin;
};
YearFigures comparisonFigures(int year, const RegionCode &district,
                              const std::vector<PrevalenceObservation> &observations,
                              const std::vector<LocusVillage> &list);

} // namespace konvergensi::core
