-- SPDX-License-Identifier: GPL-3.0-or-later
-- Konvergensi schema, version 13: the identities of measured children kept safe at rest, as
-- the case audit's are (issue #14 item 2, #16). measurement_child_identity is keyed by `id`
-- (the child's id) so the identity vault seals and re-seals its columns (name, nik, parents,
-- address) with the others; the values stay plain until a passphrase is set. The keys a
-- child is recognised by (name_key, nik_key) are written as keyed BLAKE2b hashes ("h1:...")
-- by the program from now on; keys written before this version are hashed on the next import.
-- Also e-PPGBM's own z-scores of each measurement (ZS TB/U, ZS BB/U, ZS BB/TB), kept to show
-- e-PPGBM's statuses beside the WHO judgement; never used for the figures.
CREATE TABLE measurement_child_identity_new (
    id         INTEGER PRIMARY KEY REFERENCES measurement_child (id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    nik        TEXT NOT NULL DEFAULT '',
    parents    TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
INSERT INTO measurement_child_identity_new (id, name, nik, parents, address, updated_at,
    updated_by)
    SELECT child_id, name, nik, parents, address, updated_at, updated_by
    FROM measurement_child_identity;
DROP TABLE measurement_child_identity;
ALTER TABLE measurement_child_identity_new RENAME TO measurement_child_identity;

ALTER TABLE measurement ADD COLUMN typed_zlen REAL NULL;
ALTER TABLE measurement ADD COLUMN typed_zwei REAL NULL;
ALTER TABLE measurement ADD COLUMN typed_zwfl REAL NULL;
