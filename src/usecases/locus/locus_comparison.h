// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/locus/locus.h"
#include "core/locus/locus_scoring.h"

#include <QString>

#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::locus {

/// Two years' locus lists side by side, with names, and how the prevalence of the earlier
/// year's locus villages moved against the rest of the district.
struct YearComparison
{
    enum class Change { Added, Kept, Removed };
    struct Village
    {
        Change change = Change::Kept;
        core::RegionCode code;
        QString name;
        QString kecamatan;
    };
    struct Kecamatan
    {
        core::RegionCode code;
        QString name;
        int before = 0; ///< villages on the earlier list
        int after = 0;  ///< villages on the later list
    };

    int from = 0;
    int to = 0;
    int countFrom = 0;
    int countTo = 0;
    std::vector<Village> villages; ///< added, then kept, then removed; by code within
    std::vector<Kecamatan> kecamatan;
    /// The prevalence movement, from one prevalence series per year (core::comparisonFigures);
    /// nullopt when the workspace has no district or the earlier year has no list.
    std::optional<core::PrevalenceMovement> movement;
    std::optional<core::FigureOrigin> figuresFrom; ///< where the earlier year's figures come from
    std::optional<core::FigureOrigin> figuresTo;

    int count(Change change) const;
};

YearComparison compareYears(storage::Database &db, int from, int to);

/// "added", "kept", "removed" (translated).
QString changeWord(YearComparison::Change change);
/// "2021: 15 villages; 2022: 23 villages. 8 added, 15 kept, 0 removed."
QString countsSentence(const YearComparison &comparison);
/// How prevalence moved, naming the source and period of each year's figures: "Stunting
/// prevalence of the 15 locus villages of 2021 (e-PPGBM, August 2021 → e-PPGBM, August 2022;
/// 15 villages with figures in both years) went from 24,1 % to 18,0 % (-6,1 points); in
/// the rest of the district (140 villages) from 20,2 % to 17,9 % (-2,3 points)." Or why it
/// cannot be compared. Empty when the earlier year has no list.
QString movementSentence(const YearComparison &comparison, core::Language language);

} // namespace konvergensi::usecases::locus
