#!/usr/bin/env bash
# A schedule at the size cap: a frab XML of 32,400 sessions (30 rooms x 10 days, two speakers
# each; about 14 MB, under the 16 MB cap), timed through `frontdesk agenda import`, as a dry
# run and for real, into a new database. The goal is under 5 s for the cap's worth.
#   tests/bench/agenda-large.sh [SESSIONS]   (run after cargo build --release)
set -euo pipefail
sessions=${1:-32400}
bin=${FRONTDESK_BIN:-target/release/frontdesk}
[ -x "$bin" ] || { echo "needs $bin (cargo build --release)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v n="$sessions" 'BEGIN {
  rooms = 30; days = 10; per = int(n / (rooms * days)); id = 0
  print "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<schedule>\n<version>1.0</version>"
  print "<conference><acronym>big</acronym><title>Big Conference</title>"
  print "<start>2018-07-09</start><end>2018-07-18</end><days>10</days>"
  print "<time_zone_name>Europe/Stockholm</time_zone_name></conference>"
  for (d = 0; d < days; d++) {
    date = sprintf("2018-07-%02d", 9 + d)
    printf "<day date=\"%s\" index=\"%d\">\n", date, d + 1
    for (r = 1; r <= rooms; r++) {
      printf "<room name=\"Room %d\">\n", r
      for (k = 0; k < per; k++) {
        id++; m = 8 * 60 + k * 7; h = int(m / 60); m = m % 60
        printf "<event guid=\"big-%d\" id=\"%d\">\n<date>%sT%02d:%02d:00+02:00</date>\n", id, id, date, h, m
        printf "<start>%02d:%02d</start>\n<duration>00:05</duration>\n<room>Room %d</room>\n", h, m, r
        printf "<title>Session number %d about machine learning and music</title>\n", id
        printf "<subtitle>A subtitle for session %d</subtitle>\n<type>talk</type>\n<language>en</language>\n", id
        printf "<persons>\n<person id=\"%d\">Speaker Person %d</person>\n", id, id
        printf "<person id=\"%d\">Second Speaker %d</person>\n</persons>\n</event>\n", id + 100000, id
      }
      print "</room>"
    }
    print "</day>"
  }
  print "</schedule>"
}' >"$work/big.xml"
bytes=$(stat -c %s "$work/big.xml")
"$bin" --db "$work/event.sqlite" event --name "Big Conference" --time-zone Europe/Stockholm >/dev/null
timed() {
  local started ended
  started=$(date +%s.%N)
  "$@" >/dev/null
  ended=$(date +%s.%N)
  awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.2f s", b - a }'
}
dry=$(timed "$bin" --db "$work/event.sqlite" agenda import --dry-run "$work/big.xml")
real=$(timed "$bin" --db "$work/event.sqlite" agenda import "$work/big.xml")
listed=$("$bin" --db "$work/event.sqlite" agenda list --json | grep -c '"title"')
echo "agenda of $sessions sessions ($((bytes / 1024 / 1024)) MB): dry run $dry, import $real; $listed sessions listed (goal: under 5 s)"
