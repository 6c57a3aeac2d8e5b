-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 15 on PostgreSQL: other users' changes reach an open window (issue 17).
-- Every table of the workspace announces each statement that changed it on the channel
-- konvergensi_change, with the table's name; the program LISTENs and reloads what shows that
-- table. NOTIFY is delivered at commit and only then, and a transaction's identical notices
-- are folded into one. The audit log and the migration record are left out (nothing shows
-- them live). konvergensi_watch_tables() attaches the trigger to every table that lacks it;
-- the program runs it after each later migration, so new tables are watched too.

CREATE OR REPLACE FUNCTION konvergensi_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('konvergensi_change', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION konvergensi_watch_tables() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    watched TEXT;
BEGIN
    FOR watched IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
          AND c.relname NOT IN ('schema_migrations', 'audit_log')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                          WHERE t.tgrelid = c.oid AND t.tgname = 'konvergensi_change')
        ORDER BY c.relname
    LOOP
        EXECUTE format('CREATE TRIGGER konvergensi_change AFTER INSERT OR UPDATE OR DELETE '
                       'OR TRUNCATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION konvergensi_notify_change()', watched);
    END LOOP;
END;
$$;

SELECT konvergensi_watch_tables();
