-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 12: RESERVED for another branch. Migrations must run 1..N
-- without gaps, and the measurements GUI branch was given number 13; this step only lets that
-- branch build and run on its own. When the branches are merged this file is replaced by the
-- real version 12 (delete it: two files with the same number stop every test at once).
CREATE TABLE reserved_0012 (id INTEGER PRIMARY KEY);
