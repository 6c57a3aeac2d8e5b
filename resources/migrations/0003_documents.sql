-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 3: documents kept inside the workspace (meeting attachments,
-- evidence of the convergence actions, decrees). Content is stored as a BLOB so that one
-- workspace file is complete on its own.

CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    owner_type  TEXT NOT NULL,
    owner_id    INTEGER NOT NULL,
    kind        TEXT NOT NULL DEFAULT '',
    file_name   TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL CHECK (size > 0),
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX document_owner ON document (owner_type, owner_id);
