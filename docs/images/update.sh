#!/usr/bin/env bash
# Makes the screenshots of docs/getting-started.md from the end-to-end tests' own, so the page
# shows the app as it is. Runs the end-to-end tests first unless given their screenshots.
#   docs/images/update.sh [E2E_DIR]      (E2E_DIR: target/e2e after `cargo test --test e2e`)
# Needs what the end-to-end tests need (xvfb xdotool imagemagick tesseract-ocr).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shots=${1:-}
if [[ -z $shots ]]; then
  (cd "$root" && FRONTDESK_E2E_REQUIRED=1 cargo test --test e2e)
  shots=$root/target/e2e
fi

# Each page image and the end-to-end screenshot it is made from.
images=(
  "import-event:console-import-event"
  "badges:badges"
  "desk-welcome:desk-last-scan"
  "console-dashboard:console-1280x800"
  "kiosk-welcome:kiosk-welcome"
  "lobby:lobby-1080"
  "desk-welcome-sv:desk-welcome-sv"
  "lobby-de:lobby-de"
)
for pair in "${images[@]}"; do
  image=${pair%%:*} shot=$shots/${pair#*:}.png
  [[ -f $shot ]] || { echo "update.sh: no $shot; run cargo test --test e2e first" >&2; exit 1; }
  # Half of 1920, as wide as the page reads; 64 colours keep the files small.
  convert "$shot" -resize '960x>' -strip -colors 64 "$root/docs/images/$image.png"
  echo "docs/images/$image.png from $shot"
done
