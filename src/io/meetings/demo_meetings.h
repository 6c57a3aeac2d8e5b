// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

/// Adds the demo district's TPPS meetings (Kabupaten Bengkalis): the Rakornis TPPS with the
/// dissemination of the case-audit results of 5 December 2023, the meeting of 29 June 2021
/// on the progress of the convergence actions and the locus villages, and the Rembuk
/// Stunting of 2022, with decisions and follow-ups (some done, some still open and overdue).
/// Needs the demo OPD directory (populateDemo). One transaction. What is invented is listed
/// in resources/demo/README.md.
namespace meetings {
void addDemo(storage::Database &db);
} // namespace meetings

} // namespace konvergensi::io
