#!/usr/bin/env bash
# End-to-end: the self-service kiosk as attendees meet it. Starts the real window with
# --kiosk under Xvfb, scans badges and types names and email addresses as attendees would,
# reads every screen back with OCR (tesseract), and checks that no one's name but the scanned
# person's first name ever appears, not even after someone typed another person's name or
# address; that Esc and the desk's Ctrl shortcuts leave the kiosk as it is; that Ctrl+Alt+K
# and the PIN lead to the staff desk; and, on a clock run fast, the attract screen. The
# screens are saved at 1920×1080 and at a portrait 1080×1920.
#   tests/e2e/kiosk.sh BINARY [OUT_DIR]
set -euo pipefail
bin=${1:?usage: kiosk.sh BINARY [OUT_DIR]}
out=${2:-target/e2e}
desk="Kiosk E2E"
pin=2468
mkdir -p "$out"
source "$(dirname "$0")/xvfb.sh"
e2e_begin kiosk
db=$work/event.sqlite

"$bin" --db "$db" import "$(dirname "$0")/../data/registrants-eventbrite.csv" >/dev/null
"$bin" --db "$db" event --name "Spotify ML Day" --time-zone Europe/Stockholm >/dev/null
echo "$pin" | "$bin" --db "$db" pin set >/dev/null || fail "pin set failed"

# One line per person: badge code, status, first name, last name, email.
"$bin" --db "$db" attendees --json | awk -F'"' '
  /^    "code": /       { code = $4 }
  /^    "first_name": / { first = $4 }
  /^    "last_name": /  { last = $4 }
  /^    "email": /      { email = $4 }
  /^    "status": /     { status = $4 }
  /^  }/              { print code "\t" status "\t" first "\t" last "\t" email }' >"$work/people"
[[ $(wc -l <"$work/people") -eq 320 ]] || fail "could not read the attendee list"
# People whose names are plain Latin letters, which the OCR reads back reliably (the list
# sorts in the computer's language, so its first names may be Åsa or Örjan).
IFS=$'\t' read -r code_a _ first_a _ _ < <(awk -F'\t' '$2 == "admitted" && length($3) > 3 && $3 ~ /^[A-Za-z]+$/' "$work/people" | sed -n 1p)
IFS=$'\t' read -r _ _ first_b last_b email_b < <(awk -F'\t' '$2 == "admitted" && length($4) > 3 && $4 ~ /^[A-Za-z]+$/ && $3 ~ /^[A-Za-z]+$/' "$work/people" | sed -n 2p)

# ocr NAME: a screenshot of the whole display, and its text read by tesseract (lower case, on
# one line: a headline may wrap).
ocr() {
  import -window root "$out/kiosk-$1.png"
  # Light text on a dark screen reads best turned into dark text on white.
  convert "$out/kiosk-$1.png" -colorspace Gray -negate "$work/ocr.png"
  tesseract "$work/ocr.png" - 2>/dev/null | tr '[:upper:]\n' '[:lower:] ' | tr -s ' ' >"$work/$1.txt"
}

# shows NAME TEXT: the screen read as NAME holds TEXT.
shows() {
  grep -qiF -- "$2" "$work/$1.txt" || fail "screen '$1' does not show '$2': $(cat "$work/$1.txt")"
}

# names_nobody NAME [FIRST]: no family name of anyone (longer than three letters, so OCR
# noise cannot match it) and no email address is on the screen, and no first name but FIRST.
names_nobody() {
  local screen=$1 allowed=${2:-}
  while IFS=$'\t' read -r _ _ first last email; do
    for private in "$last" "$email"; do
      [[ ${#private} -gt 3 ]] || continue
      if grep -qiF -- "$private" "$work/$screen.txt"; then
        fail "screen '$screen' shows '$private': $(cat "$work/$screen.txt")"
      fi
    done
    [[ ${#first} -gt 3 && ${first,,} != "${allowed,,}" ]] || continue
    if grep -qiF -- ", $first" "$work/$screen.txt"; then
      fail "screen '$screen' greets '$first': $(cat "$work/$screen.txt")"
    fi
  done <"$work/people"
}

start_kiosk() {
  "${guard[@]}" "$bin" --db "$db" --desk "$desk" --kiosk "$@" 2>>"$work/stderr" & app=$!
  wait_for_window "$app" 120 || fail "no window appeared (or the app exited)"
  xdotool windowfocus --sync "$wid"
  sleep 1.5
}

scan() {
  xdotool type --delay 1 "$1"
  xdotool key Return
  sleep 1.2
}

# A person typing: slower than a scanner.
type_in() {
  xdotool type --delay 40 "$1"
  xdotool key Return
  sleep 1.2
}

start_xvfb 1920x1080 || fail "no X display"
start_kiosk
ocr prompt
shows prompt "scan the qr code on your ticket"
names_nobody prompt

scan "$code_a"
ocr welcome
shows welcome "welcome"
shows welcome "${first_a,,}"
names_nobody welcome "$first_a"
"$bin" --db "$db" attendees --json | grep -q "\"checked_in_desk\": \"$desk\"" ||
  fail "the welcomed person is not checked in at $desk"

sleep 5
type_in "$first_b $last_b"
ocr typed-name
shows typed-name "please see the staff desk"
names_nobody typed-name

sleep 5
type_in "$email_b"
ocr typed-email
shows typed-email "please see the staff desk"
names_nobody typed-email
[[ $("$bin" --db "$db" stats --json | sed -n 's/^  "checked_in": \([0-9]*\),$/\1/p') -eq 1 ]] ||
  fail "typing another person's name or address checked someone in"

# The staff desk's keys do nothing at a kiosk.
sleep 5
for key in Escape ctrl+o ctrl+z ctrl+n ctrl+b ctrl+l; do xdotool key "$key"; done
sleep 1
ocr after-keys
shows after-keys "scan the qr code on your ticket"
names_nobody after-keys

# Ctrl+Alt+K and the PIN: the staff desk.
xdotool key ctrl+alt+k
sleep 1
ocr pin
shows pin "organizers"
xdotool type --delay 40 "$pin"
xdotool key Return
sleep 1.5
ocr staff-desk
shows staff-desk "scan your badge or ticket"
stop_app_now
stop_xvfb

# A portrait tablet, on a clock run 15 times as fast: the prompt, then the attract screen.
start_xvfb 1080x1920 || fail "no X display"
start_kiosk --speed 15
ocr portrait-prompt
shows portrait-prompt "scan the qr code"
sleep 5
ocr portrait-attract
shows portrait-attract "scan your ticket to check in"
names_nobody portrait-attract
echo "kiosk: every screen read back, no one else's name on any"
