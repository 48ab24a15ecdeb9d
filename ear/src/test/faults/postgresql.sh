#!/bin/sh
# The fault drills' own PostgreSQL 15 (mvn -Pfaults verify, docs/operations.md "Faults"): never the machine's
# shared server, which other people use. Debian's binaries, a data folder under ear/target, a private port.
#   postgresql.sh start|stop|restart|kill DATA_DIR PORT
# start makes the cluster the first time and a fresh, empty database compte_assure each time; stop is a fast
# shutdown (what pg_ctlcluster restart does), kill an immediate one (a crash). As root, runs as the user postgres:
# PostgreSQL refuses to run as root.
set -eu
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
action=$1
data=$2
port=$3
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
    start | fresh)
        if [ ! -f "$data/PG_VERSION" ]; then
            mkdir -p "$data"
            if [ "$(id -u)" = 0 ]; then chown postgres "$data"; fi
            as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        fi
        as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
            -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=60" start >/dev/null
        if [ "$action" = fresh ]; then
            as_pg "$bin/dropdb" -h 127.0.0.1 -p "$port" -U postgres --if-exists compte_assure
            as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres compte_assure
        fi
        ;;
    stop)
        as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
        ;;
    kill)
        as_pg "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null
        ;;
    restart)
        as_pg "$bin/pg_ctl" -D "$data" -m fast -w restart >/dev/null
        ;;
    *)
        echo "usage: $0 start|fresh|stop|kill|restart DATA_DIR PORT" >&2
        exit 2
        ;;
esac
