// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/measurements/data_quality.h"

#include <QString>

#include <vector>

namespace konvergensi::storage {

class Database;

/// The rows of a weighing round as the data-quality figures see them (kept and skipped; no
/// name, NIK or birth date), read in one query.
std::vector<core::measurements::QualityRow> qualityRows(Database &db, const QString &period);

} // namespace konvergensi::storage
