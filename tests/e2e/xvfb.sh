# Sourced by the end-to-end scripts: their shared start-up, clean-up and waits.
#
# start_xvfb SIZE starts a virtual X server on a display
# that Xvfb itself picks as free (-displayfd), waits until it accepts clients, and exports
# DISPLAY; the clean-up (or stop_xvfb) ends it. Several scripts may run at once.
start_xvfb() {
  local size=$1 number_file
  number_file=$(mktemp)
  Xvfb -displayfd 1 -screen 0 "${size}x24" -nolisten tcp >"$number_file" 2>/dev/null &
  xvfb=$!
  for _ in $(seq 100); do
    if [[ -s $number_file ]]; then
      export DISPLAY=":$(head -n 1 "$number_file")"
      rm -f "$number_file"
      return 0
    fi
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$number_file"
  echo "Xvfb did not start" >&2
  return 1
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
