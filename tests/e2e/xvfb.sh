# Sourced by the end-to-end scripts. start_xvfb SIZE starts a virtual X server on a display
# that Xvfb itself picks as free (-displayfd), waits until it accepts clients, and exports
# DISPLAY; the caller kills $xvfb when done. Several scripts may run at once.
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
