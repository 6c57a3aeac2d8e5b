-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 2: the OPD directory (district agencies and their people),
-- which meetings, actions and follow-ups refer to.

CREATE TABLE opd (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name  TEXT NOT NULL CHECK (length(trim(short_name)) > 0),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX opd_short_name ON opd (lower(short_name));

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    opd_id      INTEGER NOT NULL REFERENCES opd (id),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position    TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX person_opd ON person (opd_id);
