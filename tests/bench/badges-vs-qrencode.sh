#!/usr/bin/env bash
# Times `frontdesk badges` writing 1,000 badges to one A4 PDF next to `qrencode` writing the
# same 1,000 codes as PNG files, one process each; then one 300 dpi badge PNG.
#   tests/bench/badges-vs-qrencode.sh [BADGES]   (run after cargo build --release)
set -euo pipefail
count=${1:-1000}
bin=${FRONTDESK_BIN:-target/release/frontdesk}
command -v qrencode >/dev/null || { echo "needs qrencode (apt-get install -y qrencode)"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
db="$work/event.sqlite"
"$bin" bench --attendees "$count" --write-csv "$work/people.csv" >/dev/null
"$bin" --db "$db" import "$work/people.csv" >/dev/null
"$bin" --db "$db" attendees --json | sed -n 's/^ *"code": "\([0-9A-Z-]*\)",$/\1/p' >"$work/codes.txt"
codes=$(wc -l <"$work/codes.txt")
now() { date +%s.%N; }

start=$(now)
printed=$("$bin" --db "$db" badges --layout a4-8 --out "$work/badges.pdf" --json | sed -n 's/^ *"badges": \([0-9]*\),$/\1/p')
ours=$(echo "$(now) - $start" | bc)

mkdir "$work/qr"
start=$(now)
while read -r code; do qrencode -l M -s 12 -o "$work/qr/${code//-/}.png" "${code//-/}"; done <"$work/codes.txt"
theirs=$(echo "$(now) - $start" | bc)

# One badge PNG, the whole command (open the database, draw, encode, write, record):
# the best of five runs.
one=$(head -n 1 "$work/codes.txt")
best=999
for _ in 1 2 3 4 5; do
    start=$(now)
    "$bin" --db "$db" badges --attendee "$one" --png-dir "$work/png" >/dev/null
    t=$(echo "($(now) - $start) * 1000" | bc)
    best=$(echo "if ($t < $best) $t else $best" | bc)
done

echo "attendees=$codes badges=$printed frontdesk_pdf_s=$ours qrencode_pngs_s=$theirs ratio=$(echo "scale=3; $ours / $theirs" | bc)"
echo "pdf_bytes=$(stat -c %s "$work/badges.pdf") pages=$(pdfinfo "$work/badges.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')"
echo "one_badge_png_command_ms=$best png_bytes=$(stat -c %s "$work/png/${one//-/}.png")"
