#!/usr/bin/env bash
# Proof that the end-to-end tests hold on a busy machine: runs `cargo test --test e2e` RUNS
# times in a row (default 10) while two processes load every core and other X servers start
# and stop beside them (some on fixed numbers, some picked by -displayfd, half killed hard),
# then checks that no Xvfb of the tests is left behind.
#   tests/bench/e2e-repeat.sh [RUNS]
set -euo pipefail
runs=${1:-10}
cd "$(dirname "$0")/../.."
cargo test --test e2e --no-run >/dev/null 2>&1

helpers=()
stop_helpers() { for pid in "${helpers[@]}"; do kill -- "-$pid" 2>/dev/null || true; done; }
trap stop_helpers EXIT

# Other programs using X displays: servers start and stop, some killed with SIGKILL.
setsid bash -c '
  while :; do
    case $((RANDOM % 3)) in
      0) Xvfb ":$((RANDOM % 6))" -screen 0 640x480x24 -nolisten tcp >/dev/null 2>&1 & p=$! ;;
      1) Xvfb -displayfd 2 -screen 0 640x480x24 -nolisten tcp >/dev/null 2>&1 & p=$! ;;
      2) Xvfb ":$((50 + RANDOM % 200))" -screen 0 640x480x24 -nolisten tcp >/dev/null 2>&1 & p=$! ;;
    esac
    sleep "0.$((RANDOM % 9 + 1))"
    if (( RANDOM % 2 )); then kill -9 $p 2>/dev/null; else kill $p 2>/dev/null; fi
    wait $p 2>/dev/null
  done' &
helpers+=($!)
for _ in $(nproc); do
  setsid bash -c 'while :; do gzip -c </dev/urandom | head -c 50000000 >/dev/null; done' &
  helpers+=($!)
done

passed=0
for run in $(seq "$runs"); do
  if cargo test --test e2e >"target/e2e-repeat-$run.log" 2>&1; then
    passed=$((passed + 1))
    echo "run $run: passed"
  else
    echo "run $run: FAILED (log in target/e2e-repeat-$run.log)"
  fi
done
stop_helpers
trap - EXIT
sleep 1
# The tests' servers use -noreset; the disturber's never do, so any left over is a leak.
left=$(pgrep -a Xvfb | grep -c -- '-noreset' || true)
echo "$passed of $runs runs passed; Xvfb of the tests left running: $left"
[[ $passed -eq $runs && $left -eq 0 ]]
