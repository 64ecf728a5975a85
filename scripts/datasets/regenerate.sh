#!/bin/sh
# Rebuilds the bundled datasets from their generators.
#
#   scripts/datasets/regenerate.sh            rewrite datasets/integration-initiative and the classic networks
#   scripts/datasets/regenerate.sh --check    rewrite nothing; fail if any committed file differs
#
# datasets/integration-initiative comes from `liaison generate` with the fixed seed below (the files are
# byte-identical on every machine); the classic networks come from classic_networks.py (needs python3
# with networkx; 3.6.1 was used).
set -eu
cd "$(dirname "$0")/../.."

SEED=2016
OUT=datasets/integration-initiative

swift build --product liaison >/dev/null
LIAISON="$(swift build --show-bin-path)/liaison"

if [ "${1:-}" = "--check" ]; then
    TMP="$(mktemp -d)"
    trap 'rm -rf "$TMP"' EXIT
    "$LIAISON" generate --seed "$SEED" -o "$TMP" >/dev/null
    for f in nodes.csv edges.csv truth.json; do
        cmp -s "$TMP/$f" "$OUT/$f" || { echo "out of date: $OUT/$f" >&2; exit 1; }
    done
    python3 scripts/datasets/classic_networks.py --check
    echo "datasets are up to date"
else
    "$LIAISON" generate --seed "$SEED" -o "$OUT"
    python3 scripts/datasets/classic_networks.py
fi
