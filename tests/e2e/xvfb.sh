# Sourced by the end-to-end scripts: their shared start-up, clean-up and waits.
#
# Other programs may start and stop X servers beside the tests, and `Xvfb -displayfd` alone
# scans upward from :0 and takes no lock file, so two scanning servers can end up sharing a
# display number. start_xvfb SIZE therefore picks a random number far above the ones people
# and other tools use, asks Xvfb to say when it is ready (-displayfd), keeps it from resetting
# when a short-lived client such as xdotool disconnects (-noreset), checks that the display
# answering is ours (its size), and tries another number if not. It exports DISPLAY; the
# clean-up (or stop_xvfb) ends the server.

# Children die with the script even when it is killed outright (SIGKILL skips the traps).
if command -v setpriv >/dev/null; then guard=(setpriv --pdeathsig KILL); else guard=(); fi

start_xvfb() {
  local size=$1 number_file display _
  for _ in 1 2 3 4 5; do
    display=$((2000 + (RANDOM * 32768 + RANDOM) % 28000))
    number_file=$(mktemp)
    "${guard[@]}" Xvfb ":$display" -displayfd 1 -noreset -screen 0 "${size}x24" -nolisten tcp \
      >"$number_file" 2>/dev/null &
    xvfb=$!
    if xvfb_ready "$number_file" && display_answers ":$display" "$size"; then
      rm -f "$number_file"
      export DISPLAY=":$display"
      return 0
    fi
    rm -f "$number_file"
    stop_xvfb
  done
  echo "Xvfb did not start on a display of its own" >&2
  return 1
}

# xvfb_ready FILE: waits until Xvfb wrote its display number to FILE, or exited.
xvfb_ready() {
  for _ in $(seq 100); do
    [[ -s $1 ]] && return 0
    kill -0 "$xvfb" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# display_answers DISPLAY SIZE: the server on DISPLAY accepts a client and has our screen size.
display_answers() {
  local geometry
  geometry=$(DISPLAY=$1 xdotool getdisplaygeometry 2>/dev/null) || return 1
  [[ $geometry == "${2/x/ }" ]]
}

# wait_for_window PID [TRIES]: sets wid to the window of process PID once it appears
# (a try every 0.25 s); fails when the process exits first or no window comes.
wait_for_window() {
  local pid=$1 tries=${2:-120}
  wid=""
  for _ in $(seq "$tries"); do
    wid=$(xdotool search --pid "$pid" 2>/dev/null | tail -n 1 || true)
    [[ -n $wid ]] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.25
  done
  return 1
}

# e2e_begin NAME: what every script does first. Makes the work folder ($work), and stops the
# app and the X server and removes the folder on every way out: success, failure, Ctrl+C or
# a kill from the test runner. KEEP=1 keeps the folder for a look afterwards.
e2e_begin() {
  e2e_name=$1
  work=$(mktemp -d)
  app=""
  xvfb=""
  trap e2e_cleanup EXIT
  trap 'exit 130' INT TERM HUP
}

e2e_cleanup() {
  stop_app_now
  stop_xvfb
  wait 2>/dev/null || true
  if [[ ${KEEP:-0} == 1 ]]; then echo "$e2e_name: work folder kept in $work"; else rm -rf "$work"; fi
  return 0
}

# fail MESSAGE: says what went wrong, with the end of the app's error output, and stops.
fail() {
  echo "$e2e_name: $*" >&2
  [[ -f $work/stderr ]] && tail -n 20 "$work/stderr" >&2
  exit 1
}

# stop_app_now: ends the app (if any) and waits for it.
stop_app_now() {
  [[ -n $app ]] || return 0
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}

# stop_xvfb: ends the X server (if any) and waits until it is gone, so no display is left.
stop_xvfb() {
  [[ -n $xvfb ]] || return 0
  kill "$xvfb" 2>/dev/null || true
  for _ in $(seq 30); do
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  xvfb=""
}

# wait_for_sample BIN DB: waits until the app has loaded the 320 sample registrants.
wait_for_sample() {
  local bin=$1 db=$2 registered=0
  for _ in $(seq 40); do
    registered=$("$bin" --db "$db" stats --json 2>/dev/null |
      sed -n 's/^  "registered": \([0-9]*\),$/\1/p' || true)
    [[ ${registered:-0} -ge 320 ]] && break
    sleep 0.25
  done
  [[ ${registered:-0} -eq 320 ]] || fail "expected the 320 sample registrants, found '${registered}'"
}
