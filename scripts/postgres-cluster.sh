#!/usr/bin/env bash
# A private PostgreSQL cluster on loopback for the tests, run as an unprivileged user (initdb
# refuses root). Debian's postgresql package provides the binaries.
#   scripts/postgres-cluster.sh start <data-dir> <port>   → prints the server's URL
#   scripts/postgres-cluster.sh stop <data-dir>
set -euo pipefail
cmd=${1:?start or stop}; dir=${2:?data directory}; port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
user=$(id -un)
run() { if [ "$user" = root ]; then su pgtest -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
case "$cmd" in
  start)
    if [ "$user" = root ] && ! id pgtest >/dev/null 2>&1; then useradd -r -M pgtest; fi
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$user" = root ] && chown pgtest "$dir"
      run "$bin/initdb -D '$dir' -A trust -U postgres --no-sync >/dev/null"
      # Tests make and drop a database each; durability is not what they test.
      run "printf '%s\n' 'fsync = off' 'synchronous_commit = off' 'full_page_writes = off' 'max_connections = 300' >> '$dir/postgresql.conf'"
    fi
    run "$bin/pg_ctl -D '$dir' -o \"-p $port -k '$dir' -h 127.0.0.1\" -l '$dir/log' -w start >/dev/null"
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    run "$bin/pg_ctl -D '$dir' -m fast -w stop >/dev/null"
    ;;
  *) echo "usage: $0 start|stop <data-dir> [port]" >&2; exit 2 ;;
esac
