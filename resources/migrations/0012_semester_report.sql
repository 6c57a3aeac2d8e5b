-- The semester report of the TPPS (issue 18): the parts the secretariat writes, per year and
-- semester (I: January-June, II: July-December), with the RAN-PASTI answer on the regent's
-- regulation on the role of villages; and who signs the report, set once for the district.
CREATE TABLE semester_report (
    id                  INTEGER PRIMARY KEY,
    year                INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    half                INTEGER NOT NULL CHECK (half IN (1, 2)),
    foreword            TEXT NOT NULL DEFAULT '',
    summary             TEXT NOT NULL DEFAULT '',
    innovations         TEXT NOT NULL DEFAULT '',
    obstacles           TEXT NOT NULL DEFAULT '',
    closing             TEXT NOT NULL DEFAULT '',
    perbup_answer       INTEGER CHECK (perbup_answer IN (0, 1)),
    perbup_note         TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (year, half)
);

CREATE TABLE semester_report_signatories (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    chair_title         TEXT NOT NULL DEFAULT '',
    chair_name          TEXT NOT NULL DEFAULT '',
    chair_nip           TEXT NOT NULL DEFAULT '',
    regent_acknowledges INTEGER NOT NULL DEFAULT 0 CHECK (regent_acknowledges IN (0, 1)),
    regent_title        TEXT NOT NULL DEFAULT '',
    regent_name         TEXT NOT NULL DEFAULT '',
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1
);
