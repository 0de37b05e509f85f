#!/usr/bin/env bash
# End-to-end: the lobby screen on a 1080p TV. Starts `frontdesk lobby --fullscreen` under Xvfb
# at 1920x1080 on an empty database (the sample event loads itself), rehearsing 9 July 2018 at
# 10:15 in Stockholm; checks that the window fills the screen and draws something, measures
# its idle CPU and memory; then runs the clock 600 times as fast and checks that the screen
# follows it, and that the lobby stops when told to. Screenshots go to OUT_DIR.
#   tests/e2e/lobby.sh BINARY [OUT_DIR]
set -euo pipefail
bin=${1:?usage: lobby.sh BINARY [OUT_DIR]}
out=${2:-target/e2e}
mkdir -p "$out"
source "$(dirname "$0")/xvfb.sh"
e2e_begin lobby
db=$work/event.sqlite

start_xvfb 1920x1080 || fail "no X display"

# stop_app: asks the lobby to stop (SIGTERM) and waits up to 3 s for it to go.
stop_app() {
  kill -TERM "$app" 2>/dev/null || fail "the lobby had already exited"
  for _ in $(seq 30); do
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$app" 2>/dev/null && fail "the lobby did not stop within 3 s of SIGTERM"
  wait "$app" 2>/dev/null || true
  app=""
}

# colours FILE: how many distinct colours a screenshot has (a blank screen has one).
colours() { identify -format '%k' "$1"; }

# --- At 10:15, real speed: the keynote is on. ---------------------------------------------
"${guard[@]}" "$bin" --db "$db" lobby --fullscreen --at 2018-07-09T10:15:00+02:00 2>"$work/stderr" & app=$!
wait_for_window "$app" 120 || fail "no window appeared (or the lobby exited)"
wait_for_sample "$bin" "$db"
sessions=$("$bin" --db "$db" agenda list --json 2>/dev/null | grep -c '"title"' || true)
[[ ${sessions:-0} -ge 13 ]] || fail "expected the sample's 13 sessions, found '${sessions}'"
# The window asks for the whole monitor once it is open.
geometry=""
for _ in $(seq 20); do
  geometry=$(xdotool getwindowgeometry "$wid" | sed -n 's/^ *Geometry: //p')
  [[ $geometry == 1920x1080 ]] && break
  sleep 0.25
done
[[ $geometry == 1920x1080 ]] || fail "the fullscreen lobby is ${geometry}, not 1920x1080"
sleep 1.5
import -window root "$out/lobby-1080.png"
n=$(colours "$out/lobby-1080.png")
# Text is anti-aliased, so a drawn lobby has dozens of colours; a blank or single-colour
# window has one or two.
[[ $n -gt 16 ]] || fail "the lobby screenshot looks blank ($n colours): $out/lobby-1080.png"
# The programme is on screen, not an error: most of a 1080p lobby is background, but text
# covers a good share of it. Compare with a solid image of its most common colour.
# (awk reads the whole histogram: no reader stops early, so pipefail cannot trip on SIGPIPE.)
background=$(convert "$out/lobby-1080.png" -format '%c' histogram:info:- |
  awk '{ n = $1 + 0 } n > best { best = n; colour = $3 } END { print colour }')
[[ $background =~ ^#[0-9A-Fa-f]{6}$ ]] || fail "could not read the screenshot's colours"
convert -size 1920x1080 "xc:$background" "$work/solid.png"
differing=$(compare -metric AE "$out/lobby-1080.png" "$work/solid.png" null: 2>&1 || true)
differing=${differing%% *}
echo "lobby: ${differing} of 2073600 pixels differ from the ${background} background"
[[ ${differing%.*} =~ ^[0-9]+$ && ${differing%.*} -gt 20000 ]] ||
  fail "only ${differing} pixels differ from the ${background} background: $out/lobby-1080.png"

# Idle cost: the clock ticks once a second and the database is polled every two seconds.
hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
before=$(cpu_ticks)
started=$(date +%s.%N)
sleep 10
after=$(cpu_ticks)
ended=$(date +%s.%N)
rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app/status")
cpu=$(awk -v t=$((after - before)) -v hz="$hz" -v s="$started" -v e="$ended" \
  'BEGIN { printf "%.1f", 100 * t / hz / (e - s) }')
echo "lobby: idle at 1920x1080 over 10 s: CPU ${cpu}% of one core, RSS $((rss_kb / 1024)) MiB (${rss_kb} kB)"
awk -v c="$cpu" 'BEGIN { exit !(c < 20) }' || fail "the idle lobby uses ${cpu}% CPU (limit 20%)"
kill -0 "$app" 2>/dev/null || fail "the lobby exited while idle"
stop_app

# --- The same moment, 600 times as fast: ten minutes of the day per second. ----------------
"${guard[@]}" "$bin" --db "$db" lobby --fullscreen --at 2018-07-09T10:15:00+02:00 --speed 600 \
  2>"$work/stderr" & app=$!
wait_for_window "$app" 120 || fail "no window appeared with --speed 600"
sleep 2
import -window root "$out/lobby-fast-1.png"
sleep 2
import -window root "$out/lobby-fast-2.png"
for shot in "$out/lobby-fast-1.png" "$out/lobby-fast-2.png"; do
  n=$(colours "$shot")
  [[ $n -gt 16 ]] || fail "the fast lobby screenshot looks blank ($n colours): $shot"
done
moved=$(compare -metric AE "$out/lobby-fast-1.png" "$out/lobby-fast-2.png" null: 2>&1 || true)
moved=${moved%% *}
[[ ${moved%.*} =~ ^[0-9]+$ ]] || fail "compare could not read the screenshots: ${moved}"
[[ ${moved%.*} -gt 0 ]] || fail "two screenshots 2 s apart at --speed 600 are identical: the clock stood still"
echo "lobby: at --speed 600, ${moved} pixels changed in 2 s"
kill -0 "$app" 2>/dev/null || fail "the fast lobby exited"
stop_app
echo "lobby: fullscreen at 1920x1080, drawn and following its clock; screenshots in $out"
