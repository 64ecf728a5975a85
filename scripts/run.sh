#!/usr/bin/env bash
# Installs what is missing, builds Liaison, and runs the main job on the bundled dataset.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh
swift build -c release --product liaison
LIAISON=.build/release/liaison
DATA=datasets/integration-initiative
mkdir -p out
"$LIAISON" inspect "$DATA"
"$LIAISON" metrics "$DATA" --sort betweenness --top 10 --format table
"$LIAISON" metrics "$DATA" --format csv -o out/metrics.csv
echo "wrote out/metrics.csv" >&2
