#!/usr/bin/env bash
# End-to-end: start the real window under Xvfb on an empty database, check that the sample
# event was loaded and the window shows, and save a screenshot.
#   tests/e2e/smoke.sh BINARY [OUT_DIR]
set -euo pipefail
bin=${1:?usage: smoke.sh BINARY [OUT_DIR]}
out=${2:-target/e2e}
mkdir -p "$out"
source "$(dirname "$0")/xvfb.sh"
e2e_begin smoke
start_xvfb 1280x800 || fail "no X display"
"${guard[@]}" "$bin" --db "$work/event.sqlite" --desk "Desk E2E" 2>"$work/stderr" & app=$!
wait_for_window "$app" || fail "no window appeared"
# The sample event is loaded on a worker thread right after the window opens.
wait_for_sample "$bin" "$work/event.sqlite"
# A check-in by another process shows up in the window's counts (polled every 2 s).
code=$("$bin" --db "$work/event.sqlite" attendees --json | awk -F'"' '/^    "code": / && !c {c=$4} END {print c}')
"$bin" --db "$work/event.sqlite" --desk "Desk 2" checkin "$code" >/dev/null || true
sleep 3
import -window root "$out/smoke.png"
echo "smoke: window up, 320 sample registrants loaded; screenshot in $out/smoke.png"
# Ctrl+L opens the lobby screen as a second window of the same program.
wid=$(xdotool search --pid "$app" 2>/dev/null | tail -n 1)
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key ctrl+l
windows=1
for _ in $(seq 40); do
  windows=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | wc -l)
  [[ $windows -ge 2 ]] && break
  sleep 0.25
done
[[ $windows -ge 2 ]] || fail "Ctrl+L opened no lobby window"
sleep 2
import -window root "$out/smoke-lobby.png"
echo "smoke: Ctrl+L opened the lobby in a second window; screenshot in $out/smoke-lobby.png"
