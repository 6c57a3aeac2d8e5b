// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

/// Fills the demo workspace (after populateDemo) with the locus villages of Kabupaten
/// Bengkalis: 2021 (15 desa in Rupat Utara, Mandau, Pinggir and Bantan, regent's decree
/// No 150/KPTS/III/2021, with a placeholder PDF of the decree attached) and 2022 (23 desa in
/// 6 kecamatan). The counts, kecamatan and decree number are public; which desa, their
/// numbers, the scorecards, the KPM and the APBDes amounts are illustrative (see
/// resources/demo/README.md). One transaction; refuses a workspace that already has a list
/// for 2021 or 2022.
namespace locus {
void addDemo(storage::Database &db);
} // namespace locus

} // namespace konvergensi::io
