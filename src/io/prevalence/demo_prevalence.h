// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

/// Fills the demo workspace (Kabupaten Bengkalis, whose regions must be held already) with
/// its puskesmas (populateDemoPuskesmas) and prevalence figures: the published SSGI/SKI/Riskesdas
/// figures of the district, of Riau and of Indonesia (the national reference series), the
/// district's targets, and synthetic e-PPGBM counts per desa for February and August 2021 to 2024,
/// generated deterministically (the same numbers on every run). One transaction. See
/// resources/demo/README.md.
namespace prevalence {
void addDemo(storage::Database &db);
} // namespace prevalence

/// The demo's 17 puskesmas (invented names and codes), one or two per kecamatan, each serving
/// desa/kelurahan of its kecamatan; together they serve all 155 villages once. Adds or
/// replaces them; one transaction. See resources/demo/README.md.
void populateDemoPuskesmas(storage::Database &db);

} // namespace konvergensi::io
