-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 18: the index of measured children by name key goes. An import
-- reads every child's keys once and finds children in memory (the name key is a keyed hash,
-- so no query ever looks a child up by it), while each child it writes put one more entry at
-- a random place of this index: a tenth of storing a round of 100,000 children
-- (docs/performance.md). The NIK key keeps its UNIQUE index: one NIK, one child.
DROP INDEX IF EXISTS measurement_child_name;
