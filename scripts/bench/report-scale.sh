#!/usr/bin/env bash
# The "Report at scale" curve of docs/PERFORMANCE.md: `liaison report` (release build) on `liaison generate
# --scale large` networks of about 10^3, 10^4, 2·10^4 and 10^5 nodes, each timed with /usr/bin/time -v (wall
# clock, CPU, peak resident memory) with the size of the HTML it writes. Prints a Markdown table.
# Usage: scripts/bench/report-scale.sh [WORKDIR] [TIES ...]
#   WORKDIR defaults to a fresh temporary folder; TIES default to 7500 75000 150000 750000 (1,005, 10,010,
#   20,024 and 100,089 nodes). Run it on a quiet machine: the figures are wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-$(mktemp -d)}"
shift || true
sizes=("$@")
if [ "${#sizes[@]}" -eq 0 ]; then sizes=(7500 75000 150000 750000); fi
if [ ! -x /usr/bin/time ]; then
  echo "error: /usr/bin/time is missing (fix: apt-get install time)" >&2
  exit 69
fi
swift build -c release --product liaison >&2
liaison="$(swift build -c release --product liaison --show-bin-path)/liaison"
mkdir -p "$work"
echo "| nodes | ties | wall clock | CPU (user + system) | peak memory | HTML |"
echo "|---:|---:|---:|---:|---:|---:|"
for ties in "${sizes[@]}"; do
  data="$work/large-$ties"
  if [ ! -s "$data/edges.csv" ]; then
    # Ten cities keep the smallest network valid (--cities must not exceed its organizations).
    "$liaison" generate --seed 1 --scale large --ties "$ties" --cities 10 -o "$data" >&2
  fi
  nodes=$(($(wc -l <"$data/nodes.csv") - 1))
  /usr/bin/time -v "$liaison" report "$data" -o "$work/report-$ties.html" 2>"$work/time-$ties.txt" >/dev/null
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$ties.txt")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f s", s }' "$work/time-$ties.txt")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f MB", $2 / 1024 }' "$work/time-$ties.txt")
  bytes=$(stat -c %s "$work/report-$ties.html")
  html=$(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }')
  echo "| $nodes | $ties | $wall | $cpu | $rss | $html |"
done
