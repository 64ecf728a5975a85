#!/usr/bin/env bash
# Opens a `liaison report` HTML file in Debian's chromium, headless and offline, and checks that the page
# works in a real browser: it loads with no console message or uncaught error, the map and the key-actor
# table are present, and the search box (driven by the page's #search=NAME fragment) highlights a node
# and its neighbours, a node's card opens pinned (#card=NAME) and the key-actor table sorts (#sort=degree); the
# summary section comes first with five to eight sentences whose evidence links resolve; the ranked key-actor lists
# are there; the map's filters work (#filter-kind=KIND fades other kinds, #hide-tie=KIND fades that tie kind); and
# the map downloads as PNG through a canvas (#download=map.png). Writes a screenshot PNG. Usage:
#   scripts/browser/check-report.sh REPORT.html OUT.png [NAME]
# NAME defaults to the first name of the report's key-actor table. Exit status 0 when every check passes.
set -euo pipefail
if [ "$#" -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [NAME]" >&2
  exit 64
fi
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "error: chromium is not installed (fix: scripts/install-prerequisites.sh installs it)" >&2
  exit 69
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

name="${3:-$(python3 "$here/check_dom.py" first-name "$report")}"
fragment="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$name")"
kind="$(python3 "$here/check_dom.py" first-kinds "$report")"
url="file://$report#search=$fragment&card=$fragment&sort=degree&filter-kind=${kind% *}&hide-tie=${kind#* }&download=map.png"
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --no-default-browser-check
  --disable-extensions --disable-background-networking --user-data-dir="$work/profile"
  --enable-logging=stderr --v=0 --hide-scrollbars --window-size=1280,1400 --virtual-time-budget=15000)

timeout 40 "$browser" "${flags[@]}" --dump-dom "$url" >"$work/dom.html" 2>"$work/console.log" || {
  echo "error: chromium could not load $report" >&2
  tail -5 "$work/console.log" >&2
  exit 1
}
python3 "$here/check_dom.py" check "$work/dom.html" "$work/console.log" "$name" "${kind% *}"

timeout 40 "$browser" "${flags[@]}" --screenshot="$work/shot.png" "$url" >/dev/null 2>&1 || true
if [ ! -s "$work/shot.png" ]; then
  echo "error: chromium wrote no screenshot" >&2
  exit 1
fi
mkdir -p "$(dirname "$out")"
cp "$work/shot.png" "$out"
echo "browser check passed: $(basename "$report") (searched '$name'); screenshot $out" >&2
