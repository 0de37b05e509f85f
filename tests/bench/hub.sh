#!/usr/bin/env bash
# The hub's figures against a throwaway PostgreSQL server on this computer: `frontdesk bench
# hub` (online and offline check-ins, a check-in reaching another desk, a rush of 40 desks),
# then the figures that need a network that lags or drops (tests/hub_bench.rs, through the
# tests' relay). The server keeps PostgreSQL's default durability (fsync on), as at a venue.
#   tests/bench/hub.sh [ATTENDEES]   (run after cargo build --release; needs postgresql)
set -euo pipefail
attendees=${1:-50000}
bin=${FRONTDESK_BIN:-target/release/frontdesk}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || pgbin=$(dirname "$(command -v initdb || echo /nonexistent/initdb)")
[ -x "$pgbin/initdb" ] || { echo "needs PostgreSQL (apt-get install -y postgresql)"; exit 1; }
[ -x "$bin" ] || { echo "needs $bin (cargo build --release)"; exit 1; }

work=$(mktemp -d)
# initdb and the server refuse to run as root: as root they run as the postgres user.
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop() {
    [ -f "$work/data/postmaster.pid" ] && as_server "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop EXIT
[ "$(id -u)" = 0 ] && chown postgres "$work"
password=frontdesk-bench
echo "$password" | as_server tee "$work/password" >/dev/null
as_server "$pgbin/initdb" -D "$work/data" -U postgres --pwfile="$work/password" \
    --auth-host=scram-sha-256 --auth-local=trust --encoding=UTF8 --locale=C \
    --no-sync --no-instructions >/dev/null
as_server tee -a "$work/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work'
CONF
# A free port: one that was free a moment ago; if another process takes it first, another.
for attempt in 1 2 3; do
    port=$(shuf -i 20000-60000 -n 1)
    if as_server "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
        -o "-p $port" start >/dev/null; then
        break
    fi
    [ "$attempt" = 3 ] && { cat "$work/server.log"; exit 1; }
done
"$pgbin/psql" -X -q -h "$work" -p "$port" -U postgres -d postgres \
    -c "CREATE DATABASE hub TEMPLATE template0"

"$bin" bench hub --hub "postgresql://postgres:$password@127.0.0.1:$port/hub" --attendees "$attendees"
echo
FRONTDESK_HUB_REQUIRED=1 cargo test --release --test hub_bench -- --ignored --nocapture \
    --test-threads 1
