-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 6: prevalence figures by area, period, source and indicator;
-- prevalence targets; puskesmas and the villages each one serves.
--
-- An area is a region of the workspace (province, district, kecamatan, desa/kelurahan), a
-- puskesmas, or the national reference series ("national", no region code). area_key holds
-- one text per area ("14.03.01.2001", "pkm:P1403010101", "national") so that one unique
-- index keeps one figure per area, period, source and indicator.

CREATE TABLE puskesmas (
    code           TEXT PRIMARY KEY CHECK (length(trim(code)) > 0),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kecamatan_code TEXT REFERENCES region (code),
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE puskesmas_village (
    puskesmas_code TEXT NOT NULL REFERENCES puskesmas (code),
    village_code   TEXT NOT NULL REFERENCES region (code),
    PRIMARY KEY (puskesmas_code, village_code)
);
CREATE INDEX puskesmas_village_village ON puskesmas_village (village_code);

CREATE TABLE prevalence (
    id             INTEGER PRIMARY KEY,
    area_key       TEXT NOT NULL,
    area_kind      TEXT NOT NULL CHECK (area_kind IN ('region', 'puskesmas', 'national')),
    region_code    TEXT REFERENCES region (code),
    puskesmas_code TEXT REFERENCES puskesmas (code),
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    period_round   TEXT NOT NULL CHECK (period_round IN ('february', 'august', 'survey')),
    source         TEXT NOT NULL CHECK (source IN ('ssgi', 'ski', 'riskesdas', 'eppgbm', 'bulan_penimbangan', 'other')),
    indicator      TEXT NOT NULL CHECK (indicator IN ('stunting', 'severe_stunting', 'wasting', 'underweight', 'overweight')),
    measured       INTEGER CHECK (measured IS NULL OR measured >= 0),
    cases          INTEGER CHECK (cases IS NULL OR cases >= 0),
    eligible       INTEGER CHECK (eligible IS NULL OR eligible >= 0),
    published_rate REAL CHECK (published_rate IS NULL OR (published_rate >= 0 AND published_rate <= 100)),
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 1,
    CHECK ((area_kind = 'region' AND region_code IS NOT NULL AND puskesmas_code IS NULL)
        OR (area_kind = 'puskesmas' AND puskesmas_code IS NOT NULL AND region_code IS NULL)
        OR (area_kind = 'national' AND region_code IS NULL AND puskesmas_code IS NULL)),
    CHECK (measured IS NULL OR cases IS NULL OR cases <= measured)
);
-- One figure per key; also serves the series of one area (trend of the district, province,
-- national reference).
CREATE UNIQUE INDEX prevalence_key ON prevalence (area_key, indicator, source, year, period_round);
-- The dashboard's period queries: every area below a district for one indicator, source and
-- period (region_code is searched as a range: '14.03' <= code < '14.03/').
CREATE INDEX prevalence_period ON prevalence (indicator, source, year, period_round, region_code);
-- The trend of a district built from its villages: one indicator and source, every period.
CREATE INDEX prevalence_series ON prevalence (indicator, source, region_code);

CREATE TABLE prevalence_target (
    id          INTEGER PRIMARY KEY,
    area_key    TEXT NOT NULL,
    area_kind   TEXT NOT NULL CHECK (area_kind IN ('region', 'national')),
    region_code TEXT REFERENCES region (code),
    year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    indicator   TEXT NOT NULL CHECK (indicator IN ('stunting', 'severe_stunting', 'wasting', 'underweight', 'overweight')),
    percent     REAL NOT NULL CHECK (percent >= 0 AND percent <= 100),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK ((area_kind = 'region') = (region_code IS NOT NULL))
);
CREATE UNIQUE INDEX prevalence_target_key ON prevalence_target (area_key, indicator, year);
-- The national target of Presidential Regulation 72/2021 (stunting 14 % by 2024) is built into
-- the program (PrevalenceRepository::targets), not stored here.

