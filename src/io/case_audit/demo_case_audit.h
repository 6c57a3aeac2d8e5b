// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

/// Adds the demo stunting case audit (Audit Kasus Stunting) of Kabupaten Bengkalis, 2023
/// semester II: the team and expert panel, the schedule, a dozen synthetic cases across the
/// target groups with risk factors and follow-ups, linked to the 5 December 2023 rakornis and
/// AKS dissemination meeting when the demo meetings are present. Needs populateDemo() first
/// (regions and OPD directory). One transaction. See resources/demo/README.md: every person
/// and NIK here is fictitious (NIK serials 9901-9912).
namespace case_audit {
void addDemo(storage::Database &db);
} // namespace case_audit

} // namespace konvergensi::io
