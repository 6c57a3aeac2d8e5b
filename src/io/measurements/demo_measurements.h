// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io::measurements {

/// The demo district's weighing rounds 2024-08 and 2025-02, built from the synthetic e-PPGBM
/// samples (resources/demo/measurements, invented children, marked so), and their figures as
/// the demo's e-PPGBM figures of those rounds (replacing the synthetic typed ones, so the
/// demo never contradicts itself).
void addDemo(storage::Database &db);

} // namespace konvergensi::io::measurements
