// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <QString>

#include <memory>

namespace konvergensi::storage {
class Database;
}

namespace konvergensi::io {

enum class WorkspaceTemplate { Empty, Demo };

/// Creates a new workspace database file at `path` (which must not exist yet) and fills it
/// from the template. Throws storage::StorageError when the file exists or cannot be made.
std::unique_ptr<storage::Database> createWorkspace(const QString &path, WorkspaceTemplate kind,
                                                   std::shared_ptr<const core::Clock> clock = {});

/// Fills an open, empty workspace with the base of the bundled demo district (Kabupaten
/// Bengkalis): its regions, OPD directory, letterhead, and the demo flag. One transaction.
void populateDemo(storage::Database &db);

/// Adds the demo's module data on top of populateDemo(): TPPS meetings, the convergence
/// actions, ... One transaction. createWorkspace(Demo) calls both.
void populateDemoModules(storage::Database &db);

/// Every module's part of the demo (`io/<module>/demo_<module>.h`), in the order of the
/// module manifest (src/modules.cmake); generated from it. Called by populateDemoModules().
void addModuleDemos(storage::Database &db);

} // namespace konvergensi::io
