-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 14: the date a semester report is signed ("Bengkalis,
-- 15 Januari 2024"), stored with its written parts (issue 18). Reports saved before this
-- version are dated the day their parts were first saved; from now on the program stores the
-- date chosen on the page, or the day of the first save.
ALTER TABLE semester_report ADD COLUMN report_date TEXT NULL;
UPDATE semester_report SET report_date = substr(created_at, 1, 10);
