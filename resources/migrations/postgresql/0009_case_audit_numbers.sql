-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9 on PostgreSQL: the same as ../0009_case_audit_numbers.sql (case numbers
-- never repeat within an audit round), written for PostgreSQL where SQLite's words differ
-- (GLOB, printf, json_object, strftime, trigger bodies). Every other migration is shared and
-- translated by storage/sql_dialect.cpp.

ALTER TABLE case_audit_round ADD COLUMN last_case_number BIGINT NOT NULL DEFAULT 0;

CREATE TEMPORARY TABLE case_number_fix AS
WITH keyed AS (
    SELECT id, round_id, case_number,
           CASE WHEN trim(case_number) ~ '^[0-9]{1,9}$'
                THEN CAST(CAST(trim(case_number) AS BIGINT) AS TEXT)
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
    SELECT round_id, max(CAST(trim(case_number) AS BIGINT)) AS top
    FROM case_audit_case
    WHERE trim(case_number) ~ '^[0-9]{1,9}$'
    GROUP BY round_id)
SELECT redo.id AS id, redo.round_id AS round_id, redo.case_number AS old_number,
       CASE WHEN coalesce(highest.top, 0) + redo.seq < 10
            THEN '0' || CAST(coalesce(highest.top, 0) + redo.seq AS TEXT)
            ELSE CAST(coalesce(highest.top, 0) + redo.seq AS TEXT) END AS new_number
FROM redo LEFT JOIN highest ON highest.round_id = redo.round_id;

INSERT INTO audit_log (at, actor, table_name, row_key, action, before_json, after_json)
SELECT to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS'), 'migration', 'case_audit_case',
       CAST(id AS TEXT), 'update',
       CAST(json_build_object('case_id', id, 'round_id', round_id, 'case_number', old_number) AS TEXT),
       CAST(json_build_object('case_id', id, 'round_id', round_id, 'case_number', new_number,
                   'changed_fields', json_build_array('case_number'),
                   'reason', 'case number used twice in the round (schema version 10)') AS TEXT)
FROM case_number_fix ORDER BY id;

UPDATE case_audit_case
SET case_number = (SELECT new_number FROM case_number_fix f WHERE f.id = case_audit_case.id),
    updated_at = to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS'),
    updated_by = 'migration',
    row_version = row_version + 1
WHERE id IN (SELECT id FROM case_number_fix);

DROP TABLE case_number_fix;

UPDATE case_audit_round
SET last_case_number = coalesce((SELECT max(CAST(c.case_number AS BIGINT)) FROM case_audit_case c
                                 WHERE c.round_id = case_audit_round.id
                                       AND c.case_number ~ '^[0-9]{1,9}$'), 0);

DROP INDEX case_audit_case_round;
CREATE UNIQUE INDEX case_audit_case_number ON case_audit_case (round_id, case_number);

-- The highest number given, kept by the schema whoever writes the case (the function is one
-- line: the migration runner ends a statement at a line ending in ';').
CREATE FUNCTION case_audit_keep_last_number() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.case_number ~ '^[0-9]{1,9}$' THEN UPDATE case_audit_round SET last_case_number = greatest(last_case_number, CAST(NEW.case_number AS BIGINT)) WHERE id = NEW.round_id; END IF; RETURN NEW; END $$;

CREATE TRIGGER case_audit_case_number_added AFTER INSERT ON case_audit_case
FOR EACH ROW EXECUTE FUNCTION case_audit_keep_last_number();

CREATE TRIGGER case_audit_case_number_changed AFTER UPDATE OF case_number, round_id ON case_audit_case
FOR EACH ROW EXECUTE FUNCTION case_audit_keep_last_number();
