-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 5: the yearly convergence actions (Aksi Konvergensi). Each year
-- holds its own catalogue (copied from the previous year or the built-in one), so a year may
-- have the classic eight actions or the ministry's regrouped set from 2025. Evidence files are
-- rows of `document` with owner_type 'action_output' and owner_id = action_output.id.

CREATE TABLE action_item (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    action_key  TEXT NOT NULL CHECK (length(trim(action_key)) > 0),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    action_group TEXT NOT NULL DEFAULT 'classic'
                CHECK (action_group IN ('classic', 'main', 'supporting')),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    purpose     TEXT NOT NULL DEFAULT '',
    lead_opd_id INTEGER REFERENCES opd (id),
    due_start   TEXT NOT NULL,
    due_end     TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (due_end >= due_start)
);
CREATE UNIQUE INDEX action_item_year_key ON action_item (year, action_key);

CREATE TABLE action_output (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES action_item (id),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    state       TEXT NOT NULL DEFAULT 'not_started'
                CHECK (state IN ('not_started', 'in_progress', 'done')),
    done_date   TEXT,
    responsible TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (state <> 'done' OR done_date IS NOT NULL)
);
CREATE INDEX action_output_action ON action_output (action_id);
