-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 7: the yearly locus village lists (desa lokus), the decree
-- that fixes each list, the villages left out of a proposal by hand, village convergence
-- scorecards with their APBDes stunting budget, and each village's KPM.

-- One row per year that has a list: the regent's decree (SK) and the proposal's settings.
-- Its id owns the decree document (document.owner_type = 'locus_year').
CREATE TABLE locus_year (
    id                 INTEGER PRIMARY KEY,
    year               INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    decree_number      TEXT NOT NULL DEFAULT '',
    decree_date        TEXT,
    decree_signed_by   TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE locus_village (
    id                 INTEGER PRIMARY KEY,
    year               INTEGER NOT NULL REFERENCES locus_year (year),
    village_code       TEXT NOT NULL REFERENCES region (code),
    rank               INTEGER NOT NULL CHECK (rank >= 1),
    origin             TEXT NOT NULL CHECK (origin IN ('ranked', 'manual', 'imported')),
    reason             TEXT NOT NULL DEFAULT '',
    score              REAL,
    children_measured  INTEGER CHECK (children_measured IS NULL OR children_measured >= 0),
    stunted            INTEGER CHECK (stunted IS NULL OR stunted >= 0),
    prevalence         REAL CHECK (prevalence IS NULL OR (prevalence >= 0 AND prevalence <= 100)),
    target_households  INTEGER CHECK (target_households IS NULL OR target_households >= 0),
    poverty            REAL CHECK (poverty IS NULL OR (poverty >= 0 AND poverty <= 100)),
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1,
    CHECK (origin <> 'manual' OR length(trim(reason)) > 0)
);
CREATE UNIQUE INDEX locus_village_key ON locus_village (year, village_code);
CREATE INDEX locus_village_code ON locus_village (village_code);

-- Villages the ranking put in the top N that were left out by hand, with the reason.
CREATE TABLE locus_exclusion (
    id                 INTEGER PRIMARY KEY,
    year               INTEGER NOT NULL REFERENCES locus_year (year),
    village_code       TEXT NOT NULL REFERENCES region (code),
    reason             TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX locus_exclusion_key ON locus_exclusion (year, village_code);

-- A village's convergence scorecard for a year, and its APBDes allocation for stunting.
CREATE TABLE scorecard (
    id                 INTEGER PRIMARY KEY,
    year               INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    village_code       TEXT NOT NULL REFERENCES region (code),
    apbdes_stunting    INTEGER CHECK (apbdes_stunting IS NULL OR apbdes_stunting >= 0),
    note               TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX scorecard_key ON scorecard (year, village_code);
CREATE INDEX scorecard_village ON scorecard (village_code);

CREATE TABLE scorecard_indicator (
    id                 INTEGER PRIMARY KEY,
    scorecard_id       INTEGER NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    package            TEXT NOT NULL CHECK (package IN ('kia', 'konseling_gizi', 'air_bersih_sanitasi', 'perlindungan_sosial', 'paud')),
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    target             INTEGER NOT NULL CHECK (target >= 0),
    achieved           INTEGER NOT NULL CHECK (achieved >= 0 AND achieved <= target)
);
CREATE INDEX scorecard_indicator_card ON scorecard_indicator (scorecard_id, position);

-- The human development cadre (KPM) of a village.
CREATE TABLE village_kpm (
    village_code       TEXT PRIMARY KEY REFERENCES region (code),
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phone              TEXT NOT NULL DEFAULT '',
    since              TEXT,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1
);
