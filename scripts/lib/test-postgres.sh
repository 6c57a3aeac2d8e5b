# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/test: a throw-away PostgreSQL server for the tests on the second engine.
#
#   kv_pg_start   initdb in a new temporary folder, pg_ctl start on 127.0.0.1 and a private
#                 socket folder at a free port; exports KONVERGENSI_TEST_POSTGRES
#                 (postgresql://kvg_test@127.0.0.1:PORT/postgres, a superuser, trust login
#                 from this machine only)
#   kv_pg_stop    stops the server and removes its folder (safe to call twice; scripts/test
#                 calls it from an EXIT trap, so it also runs when a test fails)
#
# initdb refuses to run as root: as root the server runs as the unprivileged `postgres` user
# (made by Debian's postgresql package), otherwise as the calling user.

KV_PG_DIR=""
KV_PG_AS=()

kv_pg_say() { printf 'test-postgres: %s\n' "$*" >&2; }

kv_pg_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$dir" && -x "$dir/initdb" ]] || return 1
    printf '%s\n' "$dir"
}

kv_pg_start() {
    local bin port attempt
    if ! bin="$(kv_pg_bindir)"; then
        kv_pg_say "no PostgreSQL server programs (initdb) found; install the postgresql package"
        return 1
    fi
    KV_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/konvergensi-pg.XXXXXX")"
    if ((EUID == 0)); then
        if ! id postgres >/dev/null 2>&1; then
            kv_pg_say "running as root but there is no 'postgres' user to run the server"
            return 1
        fi
        chown postgres: "$KV_PG_DIR"
        KV_PG_AS=(runuser -u postgres --)
    fi
    chmod 700 "$KV_PG_DIR"
    mkdir -p "$KV_PG_DIR/socket"
    [[ ${#KV_PG_AS[@]} -eq 0 ]] || chown postgres: "$KV_PG_DIR/socket"
    "${KV_PG_AS[@]}" "$bin/initdb" -D "$KV_PG_DIR/data" -U kvg_test --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$KV_PG_DIR/initdb.log" 2>&1 || {
        kv_pg_say "initdb failed:"
        cat "$KV_PG_DIR/initdb.log" >&2
        return 1
    }
    # A test server: nothing needs to survive a crash.
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 20000))
        if "${KV_PG_AS[@]}" "$bin/pg_ctl" -D "$KV_PG_DIR/data" -l "$KV_PG_DIR/server.log" -w \
            -t 60 -o "-c listen_addresses=127.0.0.1 -c port=$port \
-c unix_socket_directories=$KV_PG_DIR/socket -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=200" start >/dev/null 2>&1; then
            export KONVERGENSI_TEST_POSTGRES="postgresql://kvg_test@127.0.0.1:$port/postgres"
            kv_pg_say "server running at 127.0.0.1:$port (data in $KV_PG_DIR)"
            return 0
        fi
        kv_pg_say "port $port did not work (attempt $attempt)"
    done
    kv_pg_say "the server did not start:"
    tail -n 20 "$KV_PG_DIR/server.log" >&2 || true
    return 1
}

kv_pg_stop() {
    local bin
    [[ -n "$KV_PG_DIR" && -d "$KV_PG_DIR" ]] || return 0
    if bin="$(kv_pg_bindir)" && [[ -f "$KV_PG_DIR/data/postmaster.pid" ]]; then
        "${KV_PG_AS[@]}" "$bin/pg_ctl" -D "$KV_PG_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1 || kv_pg_say "pg_ctl stop failed"
    fi
    rm -rf "$KV_PG_DIR"
    kv_pg_say "server stopped and removed"
    KV_PG_DIR=""
}
