-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 8: the stunting case audit (Audit Kasus Stunting, AKS).
-- A round per semester with its team / expert panel and step schedule, linked to the
-- dissemination meeting of the meeting register; audited cases with identity (personal data:
-- lists show initials and age only; reveals are logged as 'view' without the data itself),
-- a user-extendable risk-factor checklist. Follow-ups of a case live in `follow_up` with
-- owner_type 'audit_case'.

CREATE TABLE case_audit_round (
    id                       INTEGER PRIMARY KEY,
    year                     INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    semester                 INTEGER NOT NULL CHECK (semester IN (1, 2)),
    title                    TEXT NOT NULL CHECK (length(trim(title)) > 0),
    dissemination_meeting_id INTEGER NULL REFERENCES meeting (id) ON DELETE SET NULL,
    notes                    TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    created_by               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    updated_by               TEXT NOT NULL,
    row_version              INTEGER NOT NULL DEFAULT 1,
    UNIQUE (year, semester)
);

CREATE TABLE case_audit_team_member (
    id          INTEGER PRIMARY KEY,
    round_id    INTEGER NOT NULL REFERENCES case_audit_round (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT NOT NULL DEFAULT '',
    expert      INTEGER NOT NULL DEFAULT 0 CHECK (expert IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_audit_team_member_round ON case_audit_team_member (round_id, position);

CREATE TABLE case_audit_step (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES case_audit_round (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('selection', 'review', 'plan', 'dissemination',
                 'monitoring')),
    planned_date TEXT NULL,
    done_date    TEXT NULL,
    status       TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (round_id, kind)
);

CREATE TABLE case_audit_risk_factor (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO case_audit_risk_factor (label, position, created_at, created_by, updated_at, updated_by) VALUES
    ('Anemia pada ibu', 1, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Kurang energi kronis (LiLA < 23,5 cm)', 2, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Tidak mendapat ASI eksklusif', 3, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('MP-ASI tidak sesuai', 4, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Penyakit infeksi berulang (diare, ISPA)', 5, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Imunisasi dasar tidak lengkap', 6, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Berat badan lahir rendah / prematur', 7, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Akses air minum / jamban tidak layak', 8, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Pernikahan / kehamilan usia anak', 9, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Jarak kelahiran terlalu dekat', 10, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Keluarga miskin / rawan pangan', 11, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Tidak rutin ke posyandu', 12, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system'),
    ('Paparan asap rokok', 13, '2023-01-01T00:00:00', 'system', '2023-01-01T00:00:00', 'system');

CREATE TABLE case_audit_case (
    id                 INTEGER PRIMARY KEY,
    round_id           INTEGER NOT NULL REFERENCES case_audit_round (id) ON DELETE CASCADE,
    case_number        TEXT NOT NULL DEFAULT '',
    target_group       TEXT NOT NULL CHECK (target_group IN ('catin', 'pregnant', 'postpartum',
                       'baduta', 'balita')),
    desa_code          TEXT NOT NULL CHECK (length(trim(desa_code)) > 0),
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    nik                TEXT NOT NULL DEFAULT '',
    birth_date         TEXT NULL,
    sex                TEXT NULL CHECK (sex IS NULL OR sex IN ('m', 'f')),
    parents_or_partner TEXT NOT NULL DEFAULT '',
    assessed_on        TEXT NULL,
    finding            TEXT NOT NULL DEFAULT '',
    causes             TEXT NOT NULL DEFAULT '',
    recommendations    TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_audit_case_round ON case_audit_case (round_id, case_number);

CREATE TABLE case_audit_case_risk (
    case_id        INTEGER NOT NULL REFERENCES case_audit_case (id) ON DELETE CASCADE,
    risk_factor_id INTEGER NOT NULL REFERENCES case_audit_risk_factor (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, risk_factor_id)
);
