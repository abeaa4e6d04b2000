#!/usr/bin/env bash
# Starts (or reuses) a throw-away PostgreSQL 15 cluster on 127.0.0.1 for the `pg` tests and
# prints the URL to use as MOTCUA_TEST_PG_URL. Usage: scripts/test-postgres.sh start|stop|url
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
DIR=${MOTCUA_PG_DIR:-/tmp/motcua-pg}
PORT=${MOTCUA_PG_PORT:-54329}
URL="postgresql://motcua@127.0.0.1:${PORT}/motcua"

# initdb refuses to run as root; use the postgres system user the Debian package creates.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    if [ ! -x "$PGBIN/pg_ctl" ]; then
      echo "PostgreSQL 15 is not installed (run scripts/install-deps.sh)" >&2
      exit 1
    fi
    if as_pg "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      echo "$URL"; exit 0
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_pg "$PGBIN/initdb" -D "$DIR/data" -U motcua --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # Tests are throw-away: durability off makes them fast; benchmarks use their own settings.
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o \
      "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U motcua motcua
    echo "$URL"
    ;;
  stop)
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  url)
    echo "$URL"
    ;;
esac
