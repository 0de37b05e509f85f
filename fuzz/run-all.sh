#!/usr/bin/env bash
# Runs every fuzz target for SECONDS_EACH seconds (default 600), one after another, and prints
# each one's last libFuzzer status line (executions, coverage, corpus). The committed corpus
# seeds each run; what a run finds stays in WORK (default a temporary folder), so the
# committed corpus stays small. A crash stops that target, is kept in fuzz/artifacts/, and
# the script exits non-zero at the end.
#
#   cargo install cargo-fuzz --locked
#   bash fuzz/run-all.sh                 # from the project's root; about 50 minutes
#   SECONDS_EACH=60 bash fuzz/run-all.sh registrant_reader code_parser
set -u
cd "$(dirname "$0")/.."
seconds=${SECONDS_EACH:-600}
work=${WORK:-$(mktemp -d)}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(registrant_reader code_parser agenda_frab_xml agenda_json agenda_toml)
# cargo-fuzz needs nightly flags; the stable toolchain accepts them this way.
export RUSTC_BOOTSTRAP=1
failed=0
for target in "${targets[@]}"; do
    mkdir -p "$work/$target"
    log="$work/$target.log"
    started=$(date -u +%H:%M:%S)
    nice cargo fuzz run "$target" "$work/$target" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        >"$log" 2>&1
    rc=$?
    [ $rc -eq 0 ] || failed=1
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    rate=$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}')
    echo "$target: exit $rc, from $started for ${seconds}s, ${runs:-?} executions, ${rate:-?}/s; last: $last"
done
echo "logs and the corpus each run grew: $work"
exit $failed
