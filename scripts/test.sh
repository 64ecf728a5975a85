#!/usr/bin/env bash
# Runs every test: installs what is missing (libgraphviz-dev through apt, a Python venv with the pinned
# networkx and igraph), checks that the committed fixtures are exactly what their scripts produce, then
# builds and runs the Swift test suite, builds and runs the example package (Examples/, which uses Liaison as
# a library) and generates the DocC documentation of every library product.
# `.ci/run` calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh --python
.venv/bin/python scripts/fixtures/check.py
.venv/bin/python scripts/datasets/partnership_survey.py --check
.venv/bin/python scripts/datasets/kumu_workbook.py --check
# The suite runs on an unoptimised build without the DEBUG condition (`-c release -Onone`, testable, in its own
# scratch folder so it never mixes with the optimised `.build/release`): with DEBUG defined, swift-argument-parser
# re-checks every command's option declarations on every parse, about 0.1 s each, which was most of the suite's
# time (docs/PERFORMANCE.md, "The test suite"). Assertions stay on at -Onone.
checks=(--scratch-path .build-checks -c release -Xswiftc -Onone -Xswiftc -enable-testing)
swift build --build-tests "${checks[@]}"
swift test --skip-build "${checks[@]}"
liaison="$(swift build "${checks[@]}" --show-bin-path)/liaison"
# The getting-started article's code is the example's, line for line; the example prints what it computed.
diff <(sed -n '/^import Foundation$/,/^print("map/p' Sources/NetworkAnalysis/NetworkAnalysis.docc/GettingStarted.md) \
    <(sed -n '/^import Foundation$/,$p' Examples/Sources/GettingStarted/main.swift)
swift build --package-path Examples
"$(swift build --package-path Examples --show-bin-path)/GettingStarted" datasets/integration-initiative \
    | diff Examples/expected-output.txt -
bash scripts/docs/documentation.sh
LIAISON_BIN="$liaison" bash scripts/notebooks/run.sh
mkdir -p .build/test-output && "$liaison" report datasets/integration-initiative --group city -o .build/test-output/integration-initiative-report.html && scripts/browser/check-report.sh .build/test-output/integration-initiative-report.html .build/test-output/integration-initiative-report.png
