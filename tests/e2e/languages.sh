#!/usr/bin/env bash
# End-to-end: the desk and the lobby in each language. For English, Swedish, German, French
# and Spanish, starts the desk window at 1280x800 under Xvfb with `--language`, scans a badge
# as a scanner does, and takes a screenshot of the welcome; then makes that the event's
# language and takes one of the lobby at 10:15 on 9 July 2018. Each screenshot is read back
# with OCR (tesseract) for words of its language: the welcome, and the keynote's time left.
# Screenshots go to OUT_DIR as desk-welcome-LANG.png and lobby-LANG.png.
#   tests/e2e/languages.sh BINARY [OUT_DIR]
set -euo pipefail
bin=${1:?usage: languages.sh BINARY [OUT_DIR]}
out=${2:-target/e2e}
mkdir -p "$out"
source "$(dirname "$0")/xvfb.sh"
e2e_begin languages
db=$work/event.sqlite

start_xvfb 1280x800 || fail "no X display"

# ocr FILE: the screenshot's text as tesseract reads it (lower case, on one line), with the
# accents of å, ä, é… dropped: the OCR's English model reads them either way.
ocr() {
  convert "$1" -colorspace Gray -negate "$work/ocr.png"
  tesseract "$work/ocr.png" - 2>/dev/null | tr '[:upper:]\n' '[:lower:] ' | tr -s ' ' |
    iconv -f UTF-8 -t ASCII//TRANSLIT 2>/dev/null || true
}

# shows FILE TEXT: the screenshot reads TEXT.
shows() {
  local read
  read=$(ocr "$1")
  grep -qiF -- "$2" <<<"$read" || fail "$1 does not show '$2': $read"
}

# Five admitted people, one scanned at each language's desk (read once the sample is in).
codes=()

stop_app() {
  kill -TERM "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}

# Words each screenshot must show: the desk's welcome, the lobby's time left of the keynote.
# (The date under the event's name sits beside the large clock, where the OCR reads little;
# the simulator's tests check it in each language.)
declare -A welcome=([en]=welcome [sv]=valkommen [de]=willkommen [fr]=bienvenue [es]=bienvenid)
declare -A time_left=([en]="min left" [sv]="min kvar" [de]="noch 30" [fr]="encore 30" [es]="quedan 30")

i=0
for lang in en sv de fr es; do
  desk="Desk $lang"
  "${guard[@]}" "$bin" --db "$db" --desk "$desk" --language "$lang" 2>"$work/stderr" & app=$!
  wait_for_window "$app" 120 || fail "no desk window appeared in $lang"
  wait_for_sample "$bin" "$db"
  if [[ ${#codes[@]} -eq 0 ]]; then
    mapfile -t codes < <(
      "$bin" --db "$db" attendees --json | awk -F'"' '
        /^    "code": /   { code = $4 }
        /^    "status": / { if ($4 == "admitted") print code }' | head -n 5
    )
  fi
  [[ ${#codes[@]} -eq 5 ]] || fail "the sample has fewer than 5 admitted people"
  sleep 1
  xdotool windowfocus --sync "$wid"
  xdotool type --delay 1 "${codes[$i]}"
  xdotool key Return
  for _ in $(seq 40); do
    "$bin" --db "$db" attendees --json | grep -q "\"checked_in_desk\": \"$desk\"" && break
    sleep 0.25
  done
  "$bin" --db "$db" attendees --json | grep -q "\"checked_in_desk\": \"$desk\"" ||
    fail "the scan at the $lang desk checked nobody in"
  sleep 0.5
  import -window root "$out/desk-welcome-$lang.png"
  stop_app
  shows "$out/desk-welcome-$lang.png" "${welcome[$lang]}"

  "$bin" --db "$db" settings --event-language "$lang" >/dev/null
  "${guard[@]}" "$bin" --db "$db" lobby --fullscreen --at 2018-07-09T10:15:00+02:00 \
    2>"$work/stderr" & app=$!
  wait_for_window "$app" 120 || fail "no lobby window appeared in $lang"
  sleep 2
  import -window root "$out/lobby-$lang.png"
  stop_app
  shows "$out/lobby-$lang.png" "${time_left[$lang]}"
  i=$((i + 1))
done
echo "languages: the desk and the lobby in en sv de fr es; screenshots in $out"
