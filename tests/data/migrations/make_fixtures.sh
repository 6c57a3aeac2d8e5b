#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the migration fixture databases in this folder with the sqlite3 command-line
# tool. The fixtures are committed; run this only when they must change, then commit them.
#
#   v1.sqlite         a workspace at schema version 1 (0001_foundation.sql only), with a
#                     district, a kecamatan, two villages and one workspace setting: the
#                     storage tests upgrade a copy and check that nothing is lost.
#   v99-newer.sqlite  a workspace whose schema_migrations says version 99, as if written by a
#                     newer Konvergensi: opening it must be refused and change no byte.
#
# Both are written in the default rollback-journal mode, so no -wal/-shm files belong to them.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
migrations="$root/resources/migrations"

command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }

make_db() {
    local target="$1"
    shift
    local tmp
    tmp="$(mktemp "$here/.fixture.XXXXXX")"
    rm -f "$tmp"
    # Every statement in one transaction; stop at the first error.
    { echo ".bail on"; echo "BEGIN;"; cat "$@"; echo "COMMIT;"; echo "VACUUM;"; } | sqlite3 "$tmp"
    mv -f "$tmp" "$here/$target"
    echo "wrote $here/$target ($(stat -c %s "$here/$target") bytes)"
}

v1_data="$(mktemp)"
v99_data="$(mktemp)"
trap 'rm -f "$v1_data" "$v99_data"' EXIT

cat >"$v1_data" <<'SQL'
INSERT INTO schema_migrations (version, name, applied_at)
    VALUES (1, 'foundation', '2023-11-01T08:00:00');
INSERT INTO region (code, name, level, kind, parent_code, created_at, created_by, updated_at, updated_by)
VALUES
    ('14.03', 'Kabupaten Bengkalis', 'district', NULL, NULL,
     '2023-11-01T08:05:00', 'bappeda', '2023-11-01T08:05:00', 'bappeda'),
    ('14.03.01', 'Bengkalis', 'kecamatan', NULL, '14.03',
     '2023-11-01T08:05:00', 'bappeda', '2023-11-01T08:05:00', 'bappeda'),
    ('14.03.01.1001', 'Bengkalis Kota', 'village', 'kelurahan', '14.03.01',
     '2023-11-01T08:05:00', 'bappeda', '2023-11-01T08:05:00', 'bappeda'),
    ('14.03.01.2017', 'Ketam Putih', 'village', 'desa', '14.03.01',
     '2023-11-01T08:05:00', 'bappeda', '2023-11-01T08:05:00', 'bappeda');
INSERT INTO workspace_setting (key, text_value, blob_value, created_at, created_by, updated_at, updated_by)
VALUES ('district_name', 'Kabupaten Bengkalis', NULL,
        '2023-11-01T08:06:00', 'bappeda', '2023-11-01T08:06:00', 'bappeda');
INSERT INTO audit_log (at, actor, table_name, row_key, action, before_json, after_json)
VALUES ('2023-11-01T08:06:00', 'bappeda', 'workspace_setting', 'district_name', 'insert', NULL,
        '{"text":"Kabupaten Bengkalis"}');
SQL

cat >"$v99_data" <<'SQL'
INSERT INTO schema_migrations (version, name, applied_at) VALUES
    (1, 'foundation', '2023-11-01T08:00:00'),
    (2, 'directory', '2023-11-01T08:00:00'),
    (99, 'from_the_future', '2031-01-01T08:00:00');
CREATE TABLE future_table (id INTEGER PRIMARY KEY, note TEXT);
INSERT INTO future_table (note) VALUES ('written by Konvergensi 9');
SQL

make_db v1.sqlite "$migrations/0001_foundation.sql" "$v1_data"
make_db v99-newer.sqlite "$migrations/0001_foundation.sql" "$migrations/0002_directory.sql" "$v99_data"
