-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each role of roles.sql may do, granted by `konvergensi-cli server init` and again by
-- `server upgrade` (so new tables are covered), as konvergensi_admin, the owner of the
-- schema. A table a new migration adds is readable by every role at once (ALL TABLES); its
-- writers are named here.

-- Nothing for anyone else; reading for every role of the workspace.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO konvergensi_reader;
GRANT ALL ON ALL TABLES IN SCHEMA public TO konvergensi_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO konvergensi_reader, konvergensi_identity;

-- Identities: no table-wide SELECT; the reader gets the columns that are not identity.
REVOKE SELECT ON case_audit_case, measurement_child_identity FROM konvergensi_reader;
GRANT SELECT (id, round_id, case_number, target_group, desa_code, sex, assessed_on, finding, causes, recommendations, created_at, created_by, updated_at, updated_by, row_version, list_initials, list_birth_month) ON case_audit_case TO konvergensi_reader;
GRANT SELECT ON case_audit_case, measurement_child_identity TO konvergensi_identity;
-- The measurements import keeps one identity row per child (INSERT ... ON CONFLICT needs the key).
GRANT SELECT (id) ON measurement_child_identity TO konvergensi_prevalence;
GRANT INSERT ON audit_log TO konvergensi_identity;
-- The identity role reads everything else as a reader does.
GRANT konvergensi_reader TO konvergensi_identity;

-- Every editor writes the audit log (insert only) and attachments.
GRANT INSERT ON audit_log TO konvergensi_meetings, konvergensi_locus, konvergensi_prevalence, konvergensi_case_audit;
GRANT INSERT, UPDATE, DELETE ON document TO konvergensi_meetings, konvergensi_locus, konvergensi_prevalence, konvergensi_case_audit;

GRANT INSERT, UPDATE, DELETE ON meeting, meeting_agenda_item, meeting_attendee, meeting_decision, follow_up, action_item, action_output, opd, person, semester_report, semester_report_signatories TO konvergensi_meetings;
GRANT INSERT, UPDATE, DELETE ON locus_year, locus_village, locus_exclusion, scorecard, scorecard_indicator, village_kpm TO konvergensi_locus;
GRANT INSERT, UPDATE, DELETE ON prevalence, prevalence_target, puskesmas, puskesmas_village, measurement_round, measurement_child, measurement_child_identity, measurement, measurement_skip, measurement_region_mapping, measurement_round_tally, measurement_desa_families TO konvergensi_prevalence;
GRANT INSERT, UPDATE, DELETE ON case_audit_round, case_audit_team_member, case_audit_step, case_audit_risk_factor, case_audit_case, case_audit_case_risk, follow_up TO konvergensi_case_audit;

-- The audit log: its actor is the login, and its rows are never changed or removed.
CREATE OR REPLACE FUNCTION audit_log_actor() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.actor := session_user; RETURN NEW; END $$;
CREATE OR REPLACE FUNCTION audit_log_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is never changed' USING ERRCODE = '42501'; END $$;
DROP TRIGGER IF EXISTS audit_log_actor ON audit_log;
CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_actor();
DROP TRIGGER IF EXISTS audit_log_frozen ON audit_log;
CREATE TRIGGER audit_log_frozen BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_frozen();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_frozen();
