#!/usr/bin/env bash
# Times `frontdesk import` of a generated 100,000-row Eventbrite export next to sqlite3's own
# `.import` of the same file into a plain table (no indexes, no cleaning, no matching).
#   tests/bench/import-vs-sqlite3.sh [ROWS]   (run after cargo build --release)
set -euo pipefail
rows=${1:-100000}
bin=${FRONTDESK_BIN:-target/release/frontdesk}
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command (apt-get install sqlite3)"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$bin" bench --attendees 1 --write-csv "$work/people.csv" >/dev/null   # warm up
"$bin" bench --attendees "$rows" --write-csv "$work/people.csv" --json >"$work/bench.json"
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
ours=$(seconds "$bin" --db "$work/event.sqlite" import "$work/people.csv")
theirs=$(seconds sqlite3 "$work/plain.sqlite" -cmd ".mode csv" ".import $work/people.csv people")
# The floor for frontdesk's schema: sqlite3 itself copying the plain table into it (attendees
# with their indexes and ticket codes) in one transaction, with the same pragmas.
sqlite3 "$work/event.sqlite" .schema | grep -v sqlite_sequence >"$work/schema.sql"
sqlite3 "$work/floor.sqlite" "PRAGMA journal_mode=WAL;" >/dev/null
sqlite3 "$work/floor.sqlite" <"$work/schema.sql"
cat >"$work/floor.sql" <<SQL
PRAGMA synchronous=FULL;
PRAGMA cache_size=-262144;
ATTACH '$work/plain.sqlite' AS plain;
BEGIN;
INSERT INTO attendee (badge_code, first_name, last_name, display_name, email, company,
  ticket_type, created_at, updated_at)
  SELECT hex(randomblob(6)), "First Name", "Last Name", "First Name" || ' ' || "Last Name",
         Email, Company, "Ticket Type", 'now', 'now' FROM plain.people;
INSERT INTO ticket_code SELECT "Barcode #", rowid FROM plain.people;
COMMIT;
SQL
floor=$(seconds sqlite3 "$work/floor.sqlite" ".read $work/floor.sql")
echo "sqlite3_insert_into_frontdesk_schema_s=$floor"
echo "rows=$rows frontdesk_import_s=$ours sqlite3_import_s=$theirs ratio=$(echo "scale=2; $ours / $theirs" | bc)"
cat "$work/bench.json"
