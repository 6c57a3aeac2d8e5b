// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The data quality of a weighing round per posyandu (and the district, and on request each
// desa and puskesmas), and its columns as `konvergensi-cli measurements quality --format csv`
// writes them. No child's name, NIK or birth date is read.

#include "core/measurements/data_quality.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::usecases::measurements {

/// The round's quality figures under the default attention rule; nullopt when the workspace
/// holds no such round.
std::optional<std::vector<core::measurements::QualityArea>> roundQuality(
    storage::Database &db, const QString &period,
    const core::measurements::QualityOptions &options = {});

/// The CSV columns: level, code, name, desa, kecamatan_code, puskesmas, rows, skipped,
/// skipped_pct, children, haz_scored, haz_flagged, haz_flagged_pct (the same for whz and waz),
/// any_flagged, height_missing, height_missing_pct, heights, height_decimal_0,
/// height_decimal_5, digit_preference_pct, position_unknown, under24_positioned,
/// standing_under24, from24_positioned, lying_from24, wrong_position_pct, age_0_5, age_6_11,
/// age_12_23, age_24_35, age_36_47, age_48_59, age_60_plus, needs_attention (1 or 0),
/// problems (the problem words joined by ";").
QStringList qualityColumns();
/// One area's fields in qualityColumns() order; percentages with 2 decimals ("10.63"), empty
/// when the denominator is 0.
QStringList qualityFields(const core::measurements::QualityArea &area);

} // namespace konvergensi::usecases::measurements
