-- Identities kept safe at rest (issue #16). The identity columns of the case audit (name,
-- nik, birth_date, parents_or_partner) hold either plain text (no passphrase set yet) or
-- "kvg1:" + base64(nonce || XChaCha20-Poly1305 ciphertext), sealed with a key derived
-- (Argon2id) from the workspace passphrase. The salt, the KDF limits and a key check value
-- are workspace settings (identity_vault.*). Lists show initials and age without the key, so
-- both are kept here as derived values: the initials, and the birth month (yyyy-mm).
ALTER TABLE case_audit_case ADD COLUMN list_initials TEXT NOT NULL DEFAULT '';
ALTER TABLE case_audit_case ADD COLUMN list_birth_month TEXT NULL;
