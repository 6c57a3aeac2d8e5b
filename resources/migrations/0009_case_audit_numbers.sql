-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 10: case numbers never repeat within an audit round
-- (issue #12 item 9).
--
-- * case_audit_round.last_case_number: the highest digit case number ever given in the round.
--   Triggers keep it when a case is added or renumbered; removing a case leaves it, so the
--   next new case ("max + 1") never gets the number of a removed one.
-- * A UNIQUE index on (round_id, case_number).
--
-- Old workspaces may already hold the same number twice in a round (a new case used to be
-- numbered "row count + 1"), or a case without a number. They are renumbered, not refused, so
-- that the workspace opens: within each round the case with the lowest id keeps a number;
-- every later case with the same number ("03" and "3" count as the same) and every case
-- without one gets the next numbers after the round's highest digit number, in id order, with
-- two digits ("07"). Each renumbering is a row of the audit log (actor "migration") naming the
-- case, the round and the old and new number.

ALTER TABLE case_audit_round ADD COLUMN last_case_number INTEGER NOT NULL DEFAULT 0;

CREATE TEMPORARY TABLE case_number_fix AS
WITH keyed AS (
    SELECT id, round_id, case_number,
           CASE WHEN trim(case_number) <> '' AND trim(case_number) NOT GLOB '*[^0-9]*'
                     AND length(trim(case_number)) <= 9
                THEN CAST(CAST(trim(case_number) AS INTEGER) AS TEXT)
                ELSE trim(case_number) END AS number_key
    FROM case_audit_case),
ranked AS (
    SELECT id, round_id, case_number, number_key,
           row_number() OVER (PARTITION BY round_id, number_key ORDER BY id) AS nth
    FROM keyed),
redo AS (
    SELECT id, round_id, case_number,
           row_number() OVER (PARTITION BY round_id ORDER BY id) AS seq
    FROM ranked
    WHERE nth > 1 OR number_key = ''),
highest AS (
    SELECT round_id, max(CAST(trim(case_number) AS INTEGER)) AS top
    FROM case_audit_case
    WHERE trim(case_number) <> '' AND trim(case_number) NOT GLOB '*[^0-9]*'
          AND length(trim(case_number)) <= 9
    GROUP BY round_id)
SELECT redo.id AS id, redo.round_id AS round_id, redo.case_number AS old_number,
       printf('%02d', coalesce(highest.top, 0) + redo.seq) AS new_number
FROM redo LEFT JOIN highest ON highest.round_id = redo.round_id;

INSERT INTO audit_log (at, actor, table_name, row_key, action, before_json, after_json)
SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), 'migration', 'case_audit_case',
       CAST(id AS TEXT), 'update',
       json_object('case_id', id, 'round_id', round_id, 'case_number', old_number),
       json_object('case_id', id, 'round_id', round_id, 'case_number', new_number,
                   'changed_fields', json_array('case_number'),
                   'reason', 'case number used twice in the round (schema version 10)')
FROM case_number_fix ORDER BY id;

UPDATE case_audit_case
SET case_number = (SELECT new_number FROM case_number_fix f WHERE f.id = case_audit_case.id),
    updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'),
    updated_by = 'migration',
    row_version = row_version + 1
WHERE id IN (SELECT id FROM case_number_fix);

DROP TABLE temp.case_number_fix;

UPDATE case_audit_round
SET last_case_number = coalesce((SELECT max(CAST(c.case_number AS INTEGER)) FROM case_audit_case c
                                 WHERE c.round_id = case_audit_round.id AND c.case_number <> ''
                                       AND c.case_number NOT GLOB '*[^0-9]*'
                                       AND length(c.case_number) <= 9), 0);

DROP INDEX case_audit_case_round;
CREATE UNIQUE INDEX case_audit_case_number ON case_audit_case (round_id, case_number);

-- The highest number given, kept by the schema whoever writes the case. (Each trigger is one
-- line from BEGIN to END: the migration runner ends a statement at a line ending in ';'.)
CREATE TRIGGER case_audit_case_number_added AFTER INSERT ON case_audit_case
WHEN NEW.case_number <> '' AND NEW.case_number NOT GLOB '*[^0-9]*' AND length(NEW.case_number) <= 9
BEGIN UPDATE case_audit_round SET last_case_number = max(last_case_number, CAST(NEW.case_number AS INTEGER)) WHERE id = NEW.round_id; END;

CREATE TRIGGER case_audit_case_number_changed AFTER UPDATE OF case_number, round_id ON case_audit_case
WHEN NEW.case_number <> '' AND NEW.case_number NOT GLOB '*[^0-9]*' AND length(NEW.case_number) <= 9
BEGIN UPDATE case_audit_round SET last_case_number = max(last_case_number, CAST(NEW.case_number AS INTEGER)) WHERE id = NEW.round_id; END;
