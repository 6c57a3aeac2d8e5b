// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of Pengukuran Balita: one function per enum of core/measurements and of the
// import's columns, shared by the page, the wizard and the CLI.

#include "core/measurements/data_quality.h"
#include "core/measurements/measurement_summary.h"
#include "io/measurements/eppgbm_file.h"

#include <QString>

namespace konvergensi::usecases::measurements {

/// "Birth date empty", ...: why a row was skipped.
QString skipReasonText(core::measurements::SkipReason reason);
/// "Stunted (height-for-age < −2 SD)" when `long`, else "Stunted".
QString statusText(core::measurements::Status status, bool withRule = false);
/// "Name", "Birth date", ...: what a column of the import is.
QString columnText(io::measurements::Column column);
/// The column of a key of ImportPreview::columns ("birth_date"); nullopt for an unknown key.
std::optional<io::measurements::Column> columnOfKey(const QString &key);
/// "Agustus 2024" for "2024-08" (in the language of the program); the text itself when it is
/// not a round.
QString roundText(const QString &period);
/// "Desa", "Kelurahan", "Posyandu", ...
QString levelText(core::measurements::AreaLevel level);
/// "implausible z-scores", ...: why a posyandu needs attention (lower case, for a list).
QString qualityProblemText(core::measurements::QualityProblem problem);
/// The problems joined by ", ".
QString qualityProblemsText(const std::vector<core::measurements::QualityProblem> &problems);

} // namespace konvergensi::usecases::measurements
