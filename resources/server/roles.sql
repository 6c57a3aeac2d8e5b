-- SPDX-License-Identifier: GPL-3.0-or-later
-- Users and roles of a workspace on a PostgreSQL server (issue #17), enforced by the server.
-- Run by `konvergensi-cli server init` and `server upgrade` after the schema, as the
-- administrator; every statement may run again (an upgrade grants on new tables).
--
-- Group roles (NOLOGIN; people are LOGIN roles made members with `server user add`):
--   konvergensi_reader      reads everything except identities
--   konvergensi_meetings    edits meetings, follow-ups, the 8 actions, the OPD directory
--   konvergensi_locus       edits the locus villages and their scorecards
--   konvergensi_prevalence  edits prevalence figures, puskesmas, child measurements
--   konvergensi_case_audit  edits the stunting case audit (and its follow-ups)
--   konvergensi_identity    reads everything, the identities of audited cases and measured
--                           children included (given beside an editor role, or alone)
--   konvergensi_admin       owns the schema: upgrades, regions, settings, users
-- Every editor is a reader. Nobody, the administrator included, may change or remove a row of
-- the audit log, and its actor is the server's login (session_user), whatever the program says.
-- Role names are the same for every database of the server (one district per server, or the
-- same people for every district on it).

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'konvergensi_reader') THEN CREATE ROLE konvergensi_reader NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'konvergensi_meetings') THEN CREATE ROLE konvergensi_meetings NOLOGIN IN ROLE konvergensi_reader; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'konvergensi_locus') THEN CREATE ROLE konvergensi_locus NOLOGIN IN ROLE konvergensi_reader; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'konvergensi_prevalence') THEN CREATE ROLE konvergensi_prevalence NOLOGIN IN ROLE konvergensi_reader; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'konvergensi_case_audit') THEN CREATE ROLE konvergensi_case_audit NOLOGIN IN ROLE konvergensi_reader; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'konvergensi_identity') THEN CREATE ROLE konvergensi_identity NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'konvergensi_admin') THEN CREATE ROLE konvergensi_admin NOLOGIN CREATEROLE IN ROLE konvergensi_reader, konvergensi_meetings, konvergensi_locus, konvergensi_prevalence, konvergensi_case_audit, konvergensi_identity; END IF; END $$;
