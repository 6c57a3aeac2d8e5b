-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 1: the foundation (schema history, audit log, workspace
-- settings, administrative regions).
-- Dates and times are ISO-8601 text. Every table users edit carries who/when columns and a
-- row version; every write to it is mirrored in audit_log in the same transaction.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'view')),
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_key);

CREATE TABLE workspace_setting (
    key         TEXT PRIMARY KEY,
    text_value  TEXT,
    blob_value  BLOB,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE region (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    level       TEXT NOT NULL CHECK (level IN ('province', 'district', 'kecamatan', 'village')),
    kind        TEXT CHECK (kind IS NULL OR kind IN ('desa', 'kelurahan')),
    parent_code TEXT REFERENCES region (code),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX region_parent ON region (parent_code);
CREATE INDEX region_level ON region (level);
