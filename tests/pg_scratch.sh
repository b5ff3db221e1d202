# A scratch PostgreSQL cluster for tests and benchmarks: initdb in a temporary folder, as an
# unprivileged user (postgres when run as root), listening only on a socket in that folder.
# Source this file, then: pg_scratch_start DIR [postgres -c settings...]; it sets PG_URI (the database
# "arkiv", user "at", password auth) and exports PGPASSWORD. pg_scratch_restart, pg_scratch_stop.
# SPDX-License-Identifier: GPL-3.0-or-later

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
PG_PORT=5432   # a socket in our own folder: no other server can be on it

pg_scratch_available() { [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] && { [ "$(id -u)" != 0 ] || id postgres > /dev/null 2>&1; }; }

pg_as() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

pg_psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p $PG_PORT -U at "$@"; }

pg_scratch_start() { # DIR [setting=value...]
    PG_DIR=$1; shift
    mkdir -p "$PG_DIR" && chmod 755 "$PG_DIR" || return 1
    # as root, the server runs as postgres: it must reach its folder (through a mktemp -d parent, 0700)
    [ "$(id -u)" != 0 ] || { chown postgres "$PG_DIR" && chmod o+x "$(dirname "$PG_DIR")"; }
    export PGPASSWORD="scratch-$$-$RANDOM"
    printf '%s\n' "$PGPASSWORD" > "$PG_DIR/password"
    [ "$(id -u)" != 0 ] || chown postgres "$PG_DIR/password"
    pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U at --pwfile="$PG_DIR/password" -A scram-sha-256 --no-sync \
        -E UTF8 --locale=C.UTF-8 > "$PG_DIR/initdb.log" 2>&1 || { sed 's/^/# /' "$PG_DIR/initdb.log"; return 1; }
    PG_OPTIONS="-k $PG_DIR -p $PG_PORT -c listen_addresses=''"
    for s in "$@"; do PG_OPTIONS="$PG_OPTIONS -c $s"; done
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "$PG_OPTIONS" -l "$PG_DIR/server.log" -w -t 60 start > /dev/null ||
        { tail -20 "$PG_DIR/server.log" | sed 's/^/# /'; return 1; }
    pg_psql -d postgres -c 'CREATE DATABASE arkiv' || return 1
    PG_URI="postgresql://at@${PG_DIR//\//%2F}:$PG_PORT/arkiv"
}

pg_scratch_restart() {
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "$PG_OPTIONS" -l "$PG_DIR/server.log" -m fast -w -t 60 restart > /dev/null
}

pg_scratch_stop() {
    [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ] || return 0
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 20 stop > /dev/null 2>&1 ||
        kill -9 "$(head -1 "$PG_DIR/data/postmaster.pid")" 2> /dev/null
    return 0
}
