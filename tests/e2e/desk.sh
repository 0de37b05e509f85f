#!/usr/bin/env bash
# End-to-end: the front desk under a USB scanner. Starts the real window under Xvfb on the
# sample event, types badge codes the way a scanner does (keys at 1 ms, then Enter, never a
# click), and checks in the database that exactly the right people were checked in at this
# desk — also after an unknown code, a typo, a not-admitted ticket and a second scan of the
# same badge, from a scanner that ends a code with Tab, from one that sends nothing after a
# code, and for a ticket whose QR is a URL.
# Screenshots go to OUT_DIR.
#   tests/e2e/desk.sh BINARY [OUT_DIR]
set -euo pipefail
bin=${1:?usage: desk.sh BINARY [OUT_DIR]}
out=${2:-target/e2e}
desk="Desk E2E"
mkdir -p "$out"
source "$(dirname "$0")/xvfb.sh"
e2e_begin desk
db=$work/event.sqlite

start_xvfb 1280x800 || fail "no X display"

"${guard[@]}" "$bin" --db "$db" --desk "$desk" 2>"$work/stderr" & app=$!
wait_for_window "$app" 120 || fail "no window appeared (or the app exited)"
wait_for_sample "$bin" "$db"

# One line per person: badge code, first ticket code from the export (or -), status, the desk
# that checked them in (or -). Read from the pretty-printed JSON so only the CLI is needed.
people() {
  "$bin" --db "$db" attendees --json | awk -F'"' '
    /^    "code": /                { code = $4 }
    /^    "external_codes": \[\]/  { ext = "-" }
    /^    "external_codes": \[$/   { ext = "-"; in_ext = 1; next }
    in_ext && /^      "/           { if (ext == "-") ext = $2; next }
    /^    \]/                      { in_ext = 0 }
    /^    "status": /              { status = $4 }
    /^    "checked_in_desk": null/ { at_desk = "-" }
    /^    "checked_in_desk": "/    { at_desk = $4 }
    /^  }/                         { print code, ext, status, at_desk }'
}
people >"$work/before"
[[ $(wc -l <"$work/before") -eq 320 ]] || fail "could not read the attendee list"
mapfile -t admitted < <(awk '$3 == "admitted" && $2 != "-" { print $1, $2 }' "$work/before" | head -n 11)
[[ ${#admitted[@]} -eq 11 ]] || fail "the sample has fewer admitted people than the test needs"
refused=$(awk '$3 == "not_admitted" { print $1; exit }' "$work/before")
[[ -n $refused ]] || fail "the sample has nobody who is not admitted"
[[ $(awk '$4 != "-"' "$work/before" | wc -l) -eq 0 ]] || fail "someone is checked in before the first scan"

# The eleven people to check in and what the scanner sends for each.
expected=() scans=()
for i in $(seq 0 9); do
  read -r code ext <<<"${admitted[$i]}"
  expected+=("$code")
  case $i in
    3) scans+=("$(tr 'A-Z-' 'a-z ' <<<"$code")") ;; # typed by hand: lower case, spaces
    6) scans+=("$ext") ;;                           # the Eventbrite ticket from the email
    9) scans+=("https://tickets.example.org/badge/$code?src=qr") ;; # a ticket whose QR is a URL
    *) scans+=("$code") ;;
  esac
done
# One more, for a scanner that sends nothing after a code. A badge code with no digit waits for
# Enter (it cannot be told from a name being typed), so this one has a digit.
no_enter=$(awk '$3 == "admitted" && $2 != "-" { print $1 }' "$work/before" | tail -n +12 |
  grep -m 1 '[0-9]' || true)
[[ -n $no_enter ]] || fail "the sample has fewer admitted people than the test needs"
expected+=("$no_enter")
# An unknown code: a well-formed badge code of another event.
other=$work/other.sqlite
"$bin" --db "$other" import "$(dirname "$0")/../data/registrants-pretix.csv" >/dev/null
unknown=$("$bin" --db "$other" attendees --json | awk -F'"' '/^    "code": / { print $4; exit }')
# A typo: one character of an eleventh person's badge code misread.
read -r spare _ <<<"${admitted[10]}"
first=${spare:0:1}
[[ $first == X ]] && typo="Y${spare:1}" || typo="X${spare:1}"
# Classified on an empty database so that the event under test is not touched.
"$bin" --db "$work/empty.sqlite" event --name "Empty" >/dev/null
set +e
"$bin" --db "$work/empty.sqlite" checkin "$unknown" >/dev/null 2>&1; unknown_rc=$?
"$bin" --db "$work/empty.sqlite" checkin "$typo" >/dev/null 2>&1; typo_rc=$?
set -e
[[ $unknown_rc -eq 6 ]] || fail "$unknown should be an unknown code (exit 6), got exit $unknown_rc"
[[ $typo_rc -eq 5 ]] || fail "$typo should be a typo (exit 5), got exit $typo_rc"

scan() {
  xdotool type --delay 1 "$1"
  xdotool key Return
  sleep 0.4
}

# A scanner set to end each code with Tab instead of Enter.
scan_with_tab() {
  xdotool type --delay 1 "$1"
  xdotool key Tab
  sleep 0.4
}

# A scanner set to send nothing after a code: the desk takes the pause after it as the end.
scan_without_enter() {
  xdotool type --delay 1 "$1"
  sleep 0.4
}

# checked_in_at_desk CODE: whether the person with this badge code is checked in at this desk.
checked_in_at_desk() {
  people | awk -v code="$1" -v desk="$desk" '
    $1 == code { d = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", d); found = (d == desk) }
    END { exit !found }'
}

# Give the window time to settle; the code field must have focus without any click.
sleep 1
xdotool windowfocus --sync "$wid"
for i in 0 1 2 3 4; do scan "${scans[$i]}"; done
scan "$unknown"
import -window root "$out/desk-unknown.png"
scan "${scans[5]}"
scan "$typo"
import -window root "$out/desk-typo.png"
scan "${scans[6]}"
scan "$refused"
import -window root "$out/desk-not-admitted.png"
scan "${scans[7]}"
scan "${scans[0]}"
import -window root "$out/desk-already-checked-in.png"
scan_with_tab "${scans[8]}"
scan_without_enter "$no_enter"
for _ in $(seq 20); do checked_in_at_desk "$no_enter" && break; sleep 0.25; done
checked_in_at_desk "$no_enter" || fail "a badge code scanned with no Enter after it was not checked in"
import -window root "$out/desk-no-enter.png"
scan "${scans[9]}"
import -window root "$out/desk-last-scan.png"

checked_in=0
for _ in $(seq 40); do
  checked_in=$("$bin" --db "$db" stats --json | sed -n 's/^  "checked_in": \([0-9]*\),$/\1/p')
  [[ ${checked_in:-0} -ge 11 ]] && break
  sleep 0.25
done
sleep 1
import -window root "$out/desk-final.png"
kill -0 "$app" 2>/dev/null || fail "the app exited during the scans"

people >"$work/after"
awk -v desk="$desk" '{ d = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", d) } d != "-" { print $1, d }' \
  "$work/after" | sort >"$work/got"
for code in "${expected[@]}"; do echo "$code $desk"; done | sort >"$work/want"
if ! diff -u "$work/want" "$work/got" >"$work/diff"; then
  echo "desk: checked in (+) and missing (-) compared with the eleven scanned people:" >&2
  cat "$work/diff" >&2
  fail "the database does not hold exactly the eleven scanned people at $desk (screenshots in $out)"
fi
checked_in=$("$bin" --db "$db" stats --json | sed -n 's/^  "checked_in": \([0-9]*\),$/\1/p')
[[ $checked_in -eq 11 ]] || fail "stats says $checked_in checked in, expected 11"
# The second scan of a badge must not log a second check-in.
if command -v sqlite3 >/dev/null; then
  logged=$(sqlite3 "$db" "SELECT count(*) FROM checkin_log WHERE action = 'check_in'")
  [[ $logged -eq 11 ]] || fail "the check-in log holds $logged check-ins, expected 11"
fi
echo "desk: 11 people checked in at $desk through 16 scans without a click (one ended by Tab, one with nothing after the code, one a URL ticket); screenshots in $out"
