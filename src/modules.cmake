# SPDX-License-Identifier: GPL-3.0-or-later
# The module manifest: one line per module. Adding a module is a folder per layer plus one
# line here (see docs/architecture.md, "Adding a module").
#
#   konvergensi_module(<folder> [PAGE <position>] [CLI] [DEMO])
#
# <folder> names the module's folder in every layer (src/core/<folder>, src/storage/<folder>,
# src/gui/<folder>, tests/<folder>, ...). The parts a module has:
#   PAGE n  a sidebar page at position n (smaller first):
#           src/gui/<folder>/<folder>_module.h declares
#           konvergensi::gui::<folder>::pageModule() -> gui::PageModule (page, badge)
#   CLI     commands of konvergensi-cli: src/cli/<folder>/<folder>_commands.h declares
#           konvergensi::cli::<folder>::commands() -> std::vector<cli::CommandSpec>
#   DEMO    the module's part of the bundled demo district: src/io/<folder>/demo_<folder>.h
#           declares konvergensi::io::<folder>::addDemo(storage::Database &)
# Modules are listed so that each comes after those it builds on: the demo is filled in this
# order, in one transaction.
konvergensi_module(regions    PAGE 80 CLI)
konvergensi_module(meetings   PAGE 20 CLI DEMO)
konvergensi_module(case_audit PAGE 50 CLI DEMO)
konvergensi_module(actions    PAGE 40 CLI DEMO)
konvergensi_module(prevalence PAGE 10 CLI DEMO)
konvergensi_module(locus      PAGE 30 CLI DEMO)
konvergensi_module(settings   PAGE 90)
konvergensi_module(anthro     CLI)
konvergensi_module(measurements PAGE 15 CLI DEMO)
konvergensi_module(semester   PAGE 60 CLI DEMO)
