// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::test {
/// Registers the check that the PostgreSQL variant of a test has its server (test_engine.h).
void addEngineEnvironment();
} // namespace konvergensi::test
