#!/usr/bin/env bash
# A private PostgreSQL server for the tests (sourced by ./run-tests): a throw-away cluster in a
# temporary folder, owned by the postgres user when we are root, listening only on 127.0.0.1 on
# a free port. bekwaam_pg_start exports BEKWAAM_TEST_PG_URL; bekwaam_pg_stop removes it all.
# Usage: source scripts/postgres.sh; bekwaam_pg_start; trap bekwaam_pg_stop EXIT

BEKWAAM_PG_DIR=""
BEKWAAM_PG_BIN=""
BEKWAAM_PG_AS=()

bekwaam_pg_start() {
    BEKWAAM_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ ! -x "$BEKWAAM_PG_BIN/initdb" ]; then
        echo "PostgreSQL is not installed (no initdb under /usr/lib/postgresql)" >&2
        return 1
    fi
    BEKWAAM_PG_DIR="$(mktemp -d -t bekwaam-pg.XXXXXX)"
    chmod 755 "$BEKWAAM_PG_DIR"
    if [ "$(id -u)" = 0 ]; then
        # initdb refuses to run as root.
        chown postgres: "$BEKWAAM_PG_DIR"
        BEKWAAM_PG_AS=(runuser -u postgres --)
    fi
    local port
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    # From / : the postgres user may not enter the checkout's folder (e.g. under /root).
    if ! (cd / && "${BEKWAAM_PG_AS[@]}" "$BEKWAAM_PG_BIN/initdb" -D "$BEKWAAM_PG_DIR/data" --auth=trust -U postgres \
            -E UTF8 --locale=C.UTF-8 >"$BEKWAAM_PG_DIR/initdb.log" 2>&1); then
        cat "$BEKWAAM_PG_DIR/initdb.log" >&2
        echo "initdb failed (log above)" >&2
        return 1
    fi
    # fsync off: a test cluster thrown away at the end need not survive a power cut.
    if ! (cd / && "${BEKWAAM_PG_AS[@]}" "$BEKWAAM_PG_BIN/pg_ctl" -D "$BEKWAAM_PG_DIR/data" -l "$BEKWAAM_PG_DIR/server.log" \
            -o "-h 127.0.0.1 -p $port -k $BEKWAAM_PG_DIR -c fsync=off -c max_connections=300" -w start >/dev/null); then
        cat "$BEKWAAM_PG_DIR/server.log" >&2
        echo "PostgreSQL did not start (log above)" >&2
        return 1
    fi
    export BEKWAAM_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    echo "==> PostgreSQL for the tests on 127.0.0.1:$port" >&2
}

bekwaam_pg_stop() {
    if [ -n "$BEKWAAM_PG_DIR" ] && [ -d "$BEKWAAM_PG_DIR/data" ]; then
        (cd / && "${BEKWAAM_PG_AS[@]}" "$BEKWAAM_PG_BIN/pg_ctl" -D "$BEKWAAM_PG_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1) || true
    fi
    [ -n "$BEKWAAM_PG_DIR" ] && rm -rf "$BEKWAAM_PG_DIR"
    BEKWAAM_PG_DIR=""
}
