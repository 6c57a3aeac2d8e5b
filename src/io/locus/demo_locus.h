// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

/// Fills the demo workspace (after populateDemo) with the locus villages of Kabupaten
/// Bengkalis: 2021 (15 desa in Rupat Utara, Mandau, Pinggir and Bantan, regent's decree
/// No 150/KPTS/III/2021, with a placeholder PDF of the decree attached), 2022 (23 desa in
/// 6 kecamatan) and 2023 (decree No 663/KPTS/IX/2022, placeholder PDF attached: 20 desa of
/// 2022 kept, 3 left out with their reasons as exclusions, 4 desa/kelurahan added by hand with
/// theirs). The 2021 and 2022 counts, the 2021 kecamatan and both decree numbers are public;
/// which desa, their numbers, the decree dates' days, the scorecards, the KPM and the APBDes
/// amounts are illustrative (see resources/demo/README.md). One transaction; refuses a
/// workspace that already has a list for 2021, 2022 or 2023.
namespace locus {
void addDemo(storage::Database &db);
} // namespace locus

} // namespace konvergensi::io
