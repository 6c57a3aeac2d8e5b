// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The figures of a weighing round per area, counted from its children, and their columns as
// `konvergensi-cli measurements summary --format csv` writes them.

#include "core/measurements/measurement_summary.h"
#include "core/prevalence/prevalence.h"
#include "storage/measurements/measurement_repository.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::measurements {

/// The round's figures; nullopt when the workspace holds no such round.
std::optional<std::vector<core::measurements::AreaSummary>> roundSummary(
    storage::Database &db, const QString &period,
    const core::measurements::SummaryOptions &options = {});

/// The weighing round of an e-PPGBM period of the dashboard ("2024-08" for August 2024) when
/// the workspace holds that round with children (its figures go down to the posyandu);
/// nullopt otherwise (a survey period, or no children measured that month).
std::optional<QString> childRoundOf(storage::Database &db, int year, core::PrevalenceRound round);

/// The CSV columns: level, code, name, children, skipped_total, haz_valid, stunted,
/// severely_stunted, whz_valid, wasted, severely_wasted, overweight, waz_valid, underweight,
/// severely_underweight; then each rate with its 95 % Wilson interval (stunted_pct,
/// stunted_ci_low, stunted_ci_high, ... for wasted, overweight, underweight); then the
/// details (kecamatan_code, rows_in_file, skipped by reason, missing and flagged z-scores).
QStringList summaryColumns();
/// One area's fields in summaryColumns() order. Percentages with 2 decimals ("10.63"),
/// empty when nothing is valid.
QStringList summaryFields(const core::measurements::AreaSummary &area);

} // namespace konvergensi::usecases::measurements

namespace konvergensi::usecases::measurements {

/// A weighing round as the page lists it: the round and its district's figures.
struct RoundOverview
{
    storage::MeasurementRound round;
    core::measurements::AreaCounts district;
};

/// Every round, newest first, with its district figures: rows, children, skipped rows by
/// reason, and the valid, missing, flagged z-scores and cases of each indicator (not
/// e-PPGBM's typed statuses: those are in roundSummary). Counted from grouped z-scores, so a
/// workspace of many large rounds lists them without reading every child.
std::vector<RoundOverview> roundOverviews(storage::Database &db);

} // namespace konvergensi::usecases::measurements
