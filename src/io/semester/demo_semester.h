// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io::semester {

/// What the demo's semester report of semester II 2023 needs beyond the other modules' demo:
/// the 2023 meetings that the RAN-PASTI indicators count (the district rembuk stunting, a
/// kecamatan rembuk in six kecamatan, twice in one of them, two monitoring-and-evaluation
/// meetings), the written parts of semester II 2023 and who signs. One
/// transaction; refuses a workspace that already holds written parts for semester II 2023. See
/// resources/demo/README.md for which facts are public and which invented.
void addDemo(storage::Database &db);

} // namespace konvergensi::io::semester
