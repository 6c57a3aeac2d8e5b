-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 16: the families and the families at risk of stunting of each
-- desa per year (issue 14, item 4). They come from the family-planning agency's family data
-- (BKKBN, Pendataan Keluarga), typed or imported per desa, and stand beside the measured
-- children in the home-affairs ministry's target data ("Data Sasaran"). A count not known is
-- NULL.
CREATE TABLE measurement_desa_families (
    id               INTEGER PRIMARY KEY,
    desa_code        TEXT NOT NULL REFERENCES region (code),
    year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    families         INTEGER NULL CHECK (families >= 0),
    families_at_risk INTEGER NULL CHECK (families_at_risk >= 0),
    source           TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    UNIQUE (desa_code, year),
    CHECK (families IS NULL OR families_at_risk IS NULL OR families_at_risk <= families)
);
