#!/usr/bin/env bash
# Generates the DocC documentation of every library product of Package.swift (swift-docc-plugin), with
# checks that each
# product's target has its catalog, Sources/<Target>/<Target>.docc. The archives are written to
# .build/plugins/Swift-DocC/outputs/<Target>.doccarchive; scripts/test.sh runs this script.
#
# To browse one: swift package --disable-sandbox preview-documentation --target NetworkAnalysis
set -euo pipefail
cd "$(dirname "$0")/../.."

targets=$(swift package dump-package | python3 -c '
import json, sys
package = json.load(sys.stdin)
print(" ".join(sorted({t for p in package["products"] if "library" in p["type"] for t in p["targets"]})))')
arguments=()
for target in $targets; do
    if [ ! -f "Sources/$target/$target.docc/$target.md" ]; then
        echo "error: the library product $target has no DocC catalog Sources/$target/$target.docc/$target.md" >&2
        exit 1
    fi
    arguments+=(--target "$target")
done
# Warnings (undocumented parameters, links across modules) are reported, not fatal.
swift package generate-documentation "${arguments[@]}"
