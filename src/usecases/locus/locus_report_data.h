// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the locus documents print, read from the workspace: the year's list with the names of
// its villages and kecamatan, and the year's scorecards with their coverage. The documents
// themselves (reports/locus/locus_report.h) only lay out what they are given.

#include "reports/locus/locus_report.h"

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::locus {

reports::LocusListData loadLocusListData(storage::Database &db, int year);
reports::ScorecardSummaryData loadScorecardSummary(storage::Database &db, int year);

} // namespace konvergensi::usecases::locus
