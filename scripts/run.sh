#!/usr/bin/env bash
# Installs what is missing, builds Liaison, and runs the main job on the bundled dataset:
# a summary, the key actors, the roles with their evidence, cross-pollination between cities, the metrics
# table, the network map and the HTML report, written under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh
swift build -c release --product liaison
LIAISON=.build/release/liaison
DATA=datasets/integration-initiative
mkdir -p out
"$LIAISON" inspect "$DATA"
echo
"$LIAISON" metrics "$DATA" --sort betweenness --top 10 --format table --metrics degree,betweenness,pagerank,core
"$LIAISON" metrics "$DATA" --format csv -o out/metrics.csv
"$LIAISON" metrics "$DATA" --network --format csv -o out/network.csv
"$LIAISON" metrics "$DATA" --group city --format csv -o out/metrics-by-city.csv
"$LIAISON" roles "$DATA" --group city --role catalyst,sponsor,organizer,peer,learning_liaison --format table
"$LIAISON" roles "$DATA" --group city --format csv -o out/roles.csv
"$LIAISON" crosspollination "$DATA" --group city --format json -o out/crosspollination.json
"$LIAISON" communities "$DATA" --format csv -o out/communities.csv
"$LIAISON" map "$DATA" -o out/map.svg --title "Integration Initiative (fictional)"
"$LIAISON" map "$DATA" -o out/map.png --title "Integration Initiative (fictional)"
"$LIAISON" report "$DATA" --group city -o out/report.html --title "Integration Initiative (fictional)"
echo "wrote out/metrics.csv, out/network.csv, out/metrics-by-city.csv, out/roles.csv, out/crosspollination.json," \
    "out/communities.csv, out/map.svg, out/map.png and out/report.html (open it in a browser)" >&2
