-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 9: RESERVED for another branch. Migrations must run 1..N
-- without gaps, and the measurements branch was given number 14; this step only lets that
-- branch build and run on its own. When the branches are merged this file is replaced by the
-- real version 9 (delete it: two files with the same number stop every test at once).
CREATE TABLE reserved_0009 (id INTEGER PRIMARY KEY);
