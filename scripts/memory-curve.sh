#!/usr/bin/env bash
# The importer's memory curve: peak resident memory and time of `liaison validate` (the import alone) and
# `liaison inspect` (import and summary; release build) on ties
# files of 10^5, 10^6 and 10^7 ties, and bytes per tie above the baseline of a 10-tie file.
# Usage: scripts/memory-curve.sh [TIES...]   (default: 100000 1000000 10000000)
# The ties files (undirected, source,target, n/5 nodes of degree 10 with shuffled ids, no repeated tie)
# are generated once into .build-memory/ by a numpy generator; each needs about 20 bytes per tie of disk.
# Prints a Markdown table; results are recorded in docs/PERFORMANCE.md, "Importer memory".
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-/work/main/.venv/bin/python}"
[ -x "$python" ] || python=python3
sizes=("${@:-100000 1000000 10000000}")
out=.build-memory
mkdir -p "$out"
binary=.build/release/liaison
if [ ! -x "$binary" ] || [ -n "${REBUILD:-}" ]; then
  swift build -c release --product liaison >&2
fi

generate() { # TIES FILE
  "$python" - "$1" "$2" <<'PY'
import sys
import numpy as np
ties, path = int(sys.argv[1]), sys.argv[2]
per_node = 5
nodes = max(ties // per_node, 2 * per_node + 1)
rng = np.random.default_rng(7)
labels = rng.permutation(nodes)
source = np.repeat(np.arange(nodes), per_node)[:ties]
target = (source + np.tile(np.arange(1, per_node + 1), nodes)[:ties]) % nodes
order = rng.permutation(ties)
source, target = labels[source[order]], labels[target[order]]
with open(path, "w") as f:
    f.write("source,target\n")
    step = 1_000_000
    for start in range(0, ties, step):
        f.write("".join(f"n{a},n{b}\n" for a, b in zip(source[start:start + step].tolist(),
                                                      target[start:start + step].tolist())))
PY
}

measure() { # COMMAND FILE -> "peak_kib wall user"
  /usr/bin/time -v "$binary" "$1" "$2" > /dev/null 2> "$out/time.txt" || { cat "$out/time.txt" >&2; exit 1; }
  awk -F': ' '/Maximum resident set size/ {rss = $2} /Elapsed \(wall clock\)/ {wall = $2}
    /User time/ {user = $2} /System time/ {sys = $2} END {printf "%s %s %.1f\n", rss, wall, user + sys}' "$out/time.txt"
}

generate 10 "$out/ties-10.csv"
read -r base_kib _ _ < <(measure inspect "$out/ties-10.csv")
echo "baseline (10 ties): peak RSS $((base_kib / 1024)) MiB"
echo
echo "| command | ties | nodes | file | peak RSS | bytes per tie above baseline | bytes per file byte | wall | CPU s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for command in validate inspect; do
  for ties in ${sizes[*]}; do
    file="$out/ties-$ties.csv"
    [ -s "$file" ] || generate "$ties" "$file"
    read -r kib wall cpu < <(measure "$command" "$file")
    bytes=$(stat -c %s "$file")
    awk -v c="$command" -v t="$ties" -v k="$kib" -v b="$base_kib" -v f="$bytes" -v w="$wall" -v u="$cpu" 'BEGIN {
      printf "| %s | %d | %d | %.1f MB | %.0f MiB | %.0f | %.1f | %s | %s |\n", c, t, t / 5, f / 1e6, k / 1024,
        (k - b) * 1024 / t, (k - b) * 1024 / f, w, u }'
  done
done
