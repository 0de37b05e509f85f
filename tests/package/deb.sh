#!/usr/bin/env bash
# The Debian package as an organizer gets it: built with cargo-deb, unpacked into a clean
# folder (dpkg -x, no root, nothing installed on this machine), then run from the unpacked
# files alone: its version, a registrant list imported and a check-in, with no cargo, no
# source tree and no fonts or data beside the binary. Prints the package's size and fields.
set -euo pipefail
cd "$(dirname "$0")/../.."
project=$PWD

command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
cargo deb --quiet
deb=$(ls -t target/debian/frontdesk_*.deb | head -n 1)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

root=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$root" "$work"' EXIT
dpkg -x "$deb" "$root"
for file in usr/bin/frontdesk usr/share/applications/frontdesk.desktop \
  usr/share/icons/hicolor/256x256/apps/frontdesk.png \
  usr/share/icons/hicolor/scalable/apps/frontdesk.svg usr/share/doc/frontdesk/README.md; do
  [[ -f $root/$file ]] || { echo "the package lacks /$file" >&2; exit 1; }
done
grep -q '^Exec=frontdesk$' "$root/usr/share/applications/frontdesk.desktop"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/frontdesk.desktop"
fi

# From here on only the unpacked files: run from a folder with nothing of the project in it.
cp tests/data/registrants-eventbrite.csv "$work/registrants.csv"
cd "$work"
installed=$root/usr/bin/frontdesk
expected="frontdesk $(sed -n 's/^version = "\(.*\)"$/\1/p' "$project/Cargo.toml" | head -n 1)"
version=$("$installed" --version)
[[ $version == "$expected" ]] || { echo "--version says \"$version\", not \"$expected\"" >&2; exit 1; }
echo "installed: $version"
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
"$installed" --db event.sqlite import registrants.csv >/dev/null
code=$("$installed" --db event.sqlite attendees --json \
  | python3 -c 'import json,sys; print(next(p["code"] for p in json.load(sys.stdin) if p["status"] == "admitted"))')
answer=$("$installed" --db event.sqlite checkin "$code" --json)
echo "check-in: $(python3 -c 'import json,sys; a=json.loads(sys.argv[1]); print(a["outcome"], a["attendee"]["code"])' "$answer")"
python3 -c 'import json,sys; assert json.loads(sys.argv[1])["outcome"] == "checked_in", sys.argv[1]' "$answer"
again=$("$installed" --db event.sqlite checkin "$code" --json || true)
python3 -c 'import json,sys; assert json.loads(sys.argv[1])["outcome"] == "already_checked_in", sys.argv[1]' "$again"

# The window from the installed files: it opens on an empty database with the sample event
# (the same smoke test the end-to-end tests run on the built binary).
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  bash "$project/tests/e2e/smoke.sh" "$installed" "$project/target/debian"
elif [[ -n ${FRONTDESK_E2E_REQUIRED:-} ]]; then
  echo "FRONTDESK_E2E_REQUIRED is set but Xvfb or xdotool is missing" >&2
  exit 1
else
  echo "skipped the installed window: no Xvfb or xdotool"
fi
echo "the package runs from its installed files"
