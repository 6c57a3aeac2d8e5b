-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 4: the TPPS meeting register (rapat TPPS) with agenda,
-- attendance, decisions (kesepakatan) and follow-ups (rencana tindak lanjut).
-- Follow-ups are owner-agnostic: owner_type + owner_id point at a meeting decision
-- ('meeting_decision' -> meeting_decision.id) today and at other owners later (an audited
-- stunting case, 'audit_case'). Attachments live in `document` with owner_type 'meeting'.

CREATE TABLE meeting (
    id                            INTEGER PRIMARY KEY,
    kind                          TEXT NOT NULL CHECK (kind IN ('rakor', 'rakornis', 'rembuk',
                                  'aks_dissemination', 'review', 'consolidation', 'other')),
    level                         TEXT NOT NULL CHECK (level IN ('kabupaten', 'kecamatan', 'desa')),
    region_code                   TEXT NULL,
    title                         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    meeting_date                  TEXT NOT NULL,
    start_time                    TEXT NULL,
    end_time                      TEXT NULL,
    venue                         TEXT NOT NULL DEFAULT '',
    chair                         TEXT NOT NULL DEFAULT '',
    chair_represented_by          TEXT NOT NULL DEFAULT '',
    chair_representative_position TEXT NOT NULL DEFAULT '',
    serves_action                 TEXT NULL,
    summary                       TEXT NOT NULL DEFAULT '',
    minutes                       TEXT NOT NULL DEFAULT '',
    secretary_name                TEXT NOT NULL DEFAULT '',
    secretary_position            TEXT NOT NULL DEFAULT '',
    created_at                    TEXT NOT NULL,
    created_by                    TEXT NOT NULL,
    updated_at                    TEXT NOT NULL,
    updated_by                    TEXT NOT NULL,
    row_version                   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX meeting_date_index ON meeting (meeting_date);
CREATE INDEX meeting_serves_action ON meeting (serves_action, meeting_date);

CREATE TABLE meeting_agenda_item (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX meeting_agenda_item_meeting ON meeting_agenda_item (meeting_id, position);

CREATE TABLE meeting_attendee (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    opd_id         INTEGER NULL REFERENCES opd (id) ON DELETE SET NULL,
    person_id      INTEGER NULL REFERENCES person (id) ON DELETE SET NULL,
    institution    TEXT NOT NULL DEFAULT '',
    name           TEXT NOT NULL DEFAULT '',
    position_title TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('present', 'represented', 'absent')),
    represented_by TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX meeting_attendee_meeting ON meeting_attendee (meeting_id, position);

CREATE TABLE meeting_decision (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX meeting_decision_meeting ON meeting_decision (meeting_id, position);

CREATE TABLE follow_up (
    id                 INTEGER PRIMARY KEY,
    owner_type         TEXT NOT NULL CHECK (length(trim(owner_type)) > 0),
    owner_id           INTEGER NOT NULL,
    position           INTEGER NOT NULL DEFAULT 0,
    action             TEXT NOT NULL CHECK (length(trim(action)) > 0),
    responsible_opd_id INTEGER NULL REFERENCES opd (id),
    responsible_other  TEXT NOT NULL DEFAULT '',
    responsible_person TEXT NOT NULL DEFAULT '',
    due_date           TEXT NULL,
    status             TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    done_date          TEXT NULL,
    progress_notes     TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1,
    CHECK (responsible_opd_id IS NOT NULL OR length(trim(responsible_other)) > 0),
    CHECK ((status = 'done') = (done_date IS NOT NULL))
);
CREATE INDEX follow_up_owner ON follow_up (owner_type, owner_id, position);
CREATE INDEX follow_up_status_due ON follow_up (status, due_date);
CREATE INDEX follow_up_opd ON follow_up (responsible_opd_id);
