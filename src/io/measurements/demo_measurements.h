// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io::measurements {

/// The demo district's weighing rounds 2024-08 and 2025-02, built from the synthetic e-PPGBM
/// samples (resources/demo/measurements, invented children, marked so). The figures of
/// 2024-08 are the demo's e-PPGBM figures of August 2024 (replacing the synthetic typed ones,
/// so the demo never contradicts itself); 2025-02 has no typed figures and is left to publish.
void addDemo(storage::Database &db);

} // namespace konvergensi::io::measurements
