-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 10: Pengukuran Balita (issue 14). Weighing rounds imported from
-- e-PPGBM per-child exports; the children, recognised across rounds by their key (full NIK,
-- else name + birth date + desa); one measurement per kept row with the WHO z-scores and
-- flags computed at import; the skipped rows with their reason; the region-name mappings the
-- user made for kecamatan/desa names of a file that match no region.
-- Personal data (name, NIK, parents, address) lives apart in measurement_child_identity:
-- lists read initials from measurement_child only.

CREATE TABLE measurement_round (
    id           INTEGER PRIMARY KEY,
    period       TEXT NOT NULL UNIQUE CHECK (length(period) = 7 AND substr(period, 5, 1) = '-'),
    extract_date TEXT NULL,
    source_file  TEXT NOT NULL DEFAULT '',
    rows_read    INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
    invented     INTEGER NOT NULL DEFAULT 0 CHECK (invented IN (0, 1)),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE measurement_child (
    id          INTEGER PRIMARY KEY,
    name_key    TEXT NOT NULL,
    nik_key     TEXT NULL UNIQUE,
    initials    TEXT NOT NULL DEFAULT '',
    sex         INTEGER NOT NULL DEFAULT 0 CHECK (sex IN (0, 1, 2)),
    birth_date  TEXT NOT NULL,
    desa_code   TEXT NOT NULL REFERENCES region (code),
    invented    INTEGER NOT NULL DEFAULT 0 CHECK (invented IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX measurement_child_name ON measurement_child (name_key);

CREATE TABLE measurement_child_identity (
    child_id   INTEGER PRIMARY KEY REFERENCES measurement_child (id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    nik        TEXT NOT NULL DEFAULT '',
    parents    TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE measurement (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES measurement_round (id) ON DELETE CASCADE,
    child_id     INTEGER NOT NULL REFERENCES measurement_child (id),
    file_row     INTEGER NOT NULL,
    desa_code    TEXT NOT NULL REFERENCES region (code),
    puskesmas    TEXT NOT NULL DEFAULT '',
    posyandu     TEXT NOT NULL DEFAULT '',
    measure_date TEXT NOT NULL,
    age_days     INTEGER NOT NULL CHECK (age_days >= 0),
    weight       REAL NULL,
    lenhei       REAL NULL,
    measure      TEXT NOT NULL DEFAULT '' CHECK (measure IN ('', 'l', 'h')),
    zlen         REAL NULL,
    flen         INTEGER NOT NULL DEFAULT -1,
    zwei         REAL NULL,
    fwei         INTEGER NOT NULL DEFAULT -1,
    zwfl         REAL NULL,
    fwfl         INTEGER NOT NULL DEFAULT -1
);
CREATE INDEX measurement_round_desa ON measurement (round_id, desa_code);
CREATE INDEX measurement_child_rounds ON measurement (child_id);

CREATE TABLE measurement_skip (
    id        INTEGER PRIMARY KEY,
    round_id  INTEGER NOT NULL REFERENCES measurement_round (id) ON DELETE CASCADE,
    file_row  INTEGER NOT NULL,
    desa_code TEXT NOT NULL REFERENCES region (code),
    puskesmas TEXT NOT NULL DEFAULT '',
    posyandu  TEXT NOT NULL DEFAULT '',
    reason    TEXT NOT NULL CHECK (reason IN ('birth_date_missing', 'birth_date_unreadable',
              'measure_date_missing', 'measure_date_unreadable', 'birth_after_measure',
              'duplicate'))
);
CREATE INDEX measurement_skip_round ON measurement_skip (round_id);

CREATE TABLE measurement_region_mapping (
    id             INTEGER PRIMARY KEY,
    kecamatan_text TEXT NOT NULL,
    desa_text      TEXT NOT NULL,
    desa_code      TEXT NOT NULL REFERENCES region (code),
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kecamatan_text, desa_text)
);
