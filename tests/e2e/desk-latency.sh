#!/usr/bin/env bash
# Measures the front desk on a large event: how long from the scanner's Enter to the check-in
# the desk stores, and what the window costs at rest, after scans and a name search, and while
# another desk checks people in (CPU, memory). Not run by `cargo test`.
#   tests/e2e/desk-latency.sh BINARY          (use the release build)
# Environment: ATTENDEES (100000), SCANS (30), POLLED_SCANS (10), IDLE_SECONDS (60),
# OUT (target/e2e, for screenshots), KEEP=1 keeps the work folder. Needs Xvfb, xdotool,
# imagemagick, sqlite3 and bc. Takes about three minutes.
#
# What the latency includes: the wall clock is read in this shell (bash's EPOCHREALTIME, no
# process started) just before `xdotool key Return` is started, and compared with the `at` the
# app writes into checkin_log. So it includes starting xdotool and its X connection (measured
# below and printed as xdotool_ms), the X server delivering the key, the app handling it and
# resolving the code, up to the moment the app takes the timestamp for the log entry. The
# fsync of the commit comes after that timestamp and is not included; `frontdesk bench`
# measures a whole committed check-in on its own. `at` has millisecond resolution.
#
# A second, smaller round (POLLED_SCANS) bounds the committed check-in from above: after Enter
# this shell polls the log with sqlite3 until the row is visible to another process. That
# figure includes the fsync and the polling granularity (one sqlite3 start, a few ms), and the
# polling competes with the app for the CPU, so it is printed apart.
set -euo pipefail
bin=${1:?usage: desk-latency.sh BINARY}
attendees=${ATTENDEES:-100000}
scans=${SCANS:-30}
polled=${POLLED_SCANS:-10}
idle_seconds=${IDLE_SECONDS:-60}
desk="Desk Latency"
for tool in Xvfb xdotool sqlite3 bc; do
  command -v "$tool" >/dev/null || { echo "desk-latency: needs $tool" >&2; exit 1; }
done
source "$(dirname "$0")/xvfb.sh"
e2e_begin desk-latency
db=$work/event.sqlite
ms() { printf '%.1f' "$(echo "scale=4; ($1) * 1000" | bc)"; }

echo "desk-latency: generating and importing $attendees registrants"
"$bin" bench --attendees "$attendees" --write-csv "$work/people.csv" >"$work/bench.txt"
"$bin" --db "$db" import "$work/people.csv" >/dev/null
"$bin" --db "$db" event --name "Latency Day" --time-zone Europe/Stockholm >/dev/null
registered=$(sqlite3 "$db" "SELECT count(*) FROM attendee")
[[ $registered -eq $attendees ]] || fail "imported $registered of $attendees registrants"

start_xvfb 1280x800 || fail "no X display"

"${guard[@]}" "$bin" --db "$db" --desk "$desk" 2>"$work/stderr" & app=$!
wait_for_window "$app" 240 || fail "no window appeared (or the app exited)"

ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
status_mb() { awk -v key="$1:" '$1 == key { printf "%.1f", $2 / 1024 }' "/proc/$app/status"; }
# CPU of the whole process (all threads) over `seconds`, as % of one core.
cpu_percent() {
  local seconds=$1 t0 c0 t1 c1
  t0=$EPOCHREALTIME; c0=$(cpu_ticks)
  sleep "$seconds"
  t1=$EPOCHREALTIME; c1=$(cpu_ticks)
  printf '%.2f' "$(echo "scale=4; 100 * ($c1 - $c0) / $ticks_per_second / ($t1 - $t0)" | bc)"
}
# Settled: loading the event and building the search index are over when a second passes
# with under 2% of a core used twice in a row (or after a minute).
settled_after=""
quiet=0
for i in $(seq 60); do
  if [[ $(echo "$(cpu_percent 1) < 2" | bc) -eq 1 ]]; then quiet=$((quiet + 1)); else quiet=0; fi
  [[ $quiet -ge 2 ]] && { settled_after=$i; break; }
done
[[ -n $settled_after ]] || echo "desk-latency: the window did not settle within 60 s" >&2
echo "desk-latency: window settled after ${settled_after:-60} s"
sleep 2
rest_rss=$(status_mb VmRSS)
rest_hwm=$(status_mb VmHWM)
echo "desk-latency: at rest: rss_mb=$rest_rss hwm_mb=$rest_hwm"
idle_cpu=$(cpu_percent "$idle_seconds")
echo "desk-latency: idle over $idle_seconds s: idle_cpu_percent=$idle_cpu"

# What starting xdotool and connecting to the display costs, by itself.
overhead=()
for _ in $(seq 20); do
  t0=$EPOCHREALTIME
  xdotool getmouselocation >/dev/null
  t1=$EPOCHREALTIME
  overhead+=("$(echo "$t1 - $t0" | bc)")
done
xdotool_ms=$(ms "$(printf '%s\n' "${overhead[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')")
echo "desk-latency: starting xdotool and connecting to X takes xdotool_ms=$xdotool_ms (median of 20)"

# Admitted people spread over the list, as they arrive at a desk.
sqlite3 "$db" "SELECT badge_code FROM attendee WHERE status = 'admitted'
               ORDER BY (id * 7919) % $attendees LIMIT $((scans + polled + 20))" >"$work/all-codes"
[[ $(wc -l <"$work/all-codes") -eq $((scans + polled + 20)) ]] || fail "not enough admitted people"
head -n "$scans" "$work/all-codes" >"$work/codes"
sed -n "$((scans + 1)),$((scans + polled))p" "$work/all-codes" >"$work/polled-codes"
tail -n 20 "$work/all-codes" >"$work/other-desk-codes"
xdotool windowfocus --sync "$wid"
: >"$work/pressed"
while read -r code; do
  printed="${code:0:4}-${code:4:4}-${code:8:4}"
  xdotool type --delay 1 "$printed"
  t0=$EPOCHREALTIME
  xdotool key Return
  echo "$code $t0" >>"$work/pressed"
  sleep 1
done <"$work/codes"
sleep 1

logged_count() { sqlite3 "$db" "SELECT count(*) FROM checkin_log"; }
: >"$work/visible"
while read -r code; do
  before=$(logged_count)
  xdotool type --delay 1 "${code:0:4}-${code:4:4}-${code:8:4}"
  t0=$EPOCHREALTIME
  xdotool key Return
  seen=""
  for _ in $(seq 2000); do
    [[ $(logged_count) -gt $before ]] && { seen=$EPOCHREALTIME; break; }
  done
  [[ -n $seen ]] && printf '%.1f\n' "$(echo "scale=4; ($seen - $t0) * 1000" | bc)" >>"$work/visible"
  sleep 1
done <"$work/polled-codes"
sort -n -o "$work/visible" "$work/visible"

# A name search on every keystroke over the whole list, then back to scanning.
shots=${OUT:-target/e2e}
mkdir -p "$shots"
xdotool type --delay 120 "ann and"
sleep 2
import -window root "$shots/desk-latency-search.png" || true
xdotool key Escape
sleep 2
kill -0 "$app" 2>/dev/null || fail "the app exited during the scans"
import -window root "$shots/desk-latency.png" || true
after_rss=$(status_mb VmRSS)
after_hwm=$(status_mb VmHWM)
echo "desk-latency: after $scans scans and a name search: rss_mb=$after_rss hwm_mb=$after_hwm"
after_idle=$(cpu_percent 20)
echo "desk-latency: idle over 20 s after the scans: cpu_percent=$after_idle"
# A busy event: another desk checks someone in every second, and this window picks up the
# change on its next poll. Only this window's CPU is counted, not the other desk's.
t0=$EPOCHREALTIME; c0=$(cpu_ticks)
while read -r code; do
  "$bin" --db "$db" --desk "Desk Other" checkin "$code" >/dev/null
  sleep 1
done <"$work/other-desk-codes"
t1=$EPOCHREALTIME; c1=$(cpu_ticks)
busy_cpu=$(printf '%.2f' "$(echo "scale=4; 100 * ($c1 - $c0) / $ticks_per_second / ($t1 - $t0)" | bc)")
echo "desk-latency: while another desk checks in one person a second (20 s): cpu_percent=$busy_cpu" \
  "rss_mb=$(status_mb VmRSS) hwm_mb=$(status_mb VmHWM)"

# Enter (seconds since the epoch) against the log's UTC timestamp of that person's check-in.
sqlite3 -separator ' ' "$db" \
  "SELECT a.badge_code, strftime('%s', l.at) || substr(l.at, 20, 4)
     FROM checkin_log l JOIN attendee a ON a.id = l.attendee_id
    WHERE l.action = 'check_in' AND l.desk = '$desk'" | sort >"$work/logged"
sort "$work/pressed" >"$work/pressed.sorted"
join "$work/pressed.sorted" "$work/logged" | while read -r _ pressed at; do
  printf '%.1f\n' "$(echo "scale=4; ($at - $pressed) * 1000" | bc)"
done | sort -n >"$work/latencies"
found=$(wc -l <"$work/latencies")
[[ $found -eq $scans ]] || echo "desk-latency: only $found of $scans scans were checked in" >&2
[[ $found -gt 0 ]] || fail "no scan was checked in; no latency to report"
echo "desk-latency: each scan, sorted (ms): $(tr '\n' ' ' <"$work/latencies")"
p50=$(awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }' "$work/latencies")
max=$(tail -n 1 "$work/latencies")
min=$(head -n 1 "$work/latencies")
echo "desk-latency: Enter to logged check-in over $found scans: min $min ms, p50 $p50 ms, max $max ms" \
  "(includes xdotool start ~$xdotool_ms ms; log timestamps have 1 ms resolution)"
if [[ -s $work/visible ]]; then
  echo "desk-latency: Enter to committed row visible to sqlite3, $(wc -l <"$work/visible") of $polled polled scans:" \
    "p50 $(awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }' "$work/visible") ms," \
    "max $(tail -n 1 "$work/visible") ms (upper bound: includes fsync, xdotool start and polling)"
fi
echo "latency_p50_ms=$p50 latency_max_ms=$max idle_cpu_percent=$idle_cpu rss_mb=$after_rss hwm_mb=$after_hwm"
