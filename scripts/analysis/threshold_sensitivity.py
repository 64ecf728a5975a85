#!/usr/bin/env python3
"""How the default role thresholds were chosen: precision and recall of each role against the planted truth
of generated learning communities, as each threshold moves while the others keep their defaults.

    python3 scripts/analysis/threshold_sensitivity.py [LIAISON_BINARY] [SEEDS]

Generates SEEDS (default 4) communities with `liaison generate --seed S` (the generator's defaults: 6 cities,
250 people, 60 organizations of which 5 funders, each funder planted with one grantmaker role, learning
liaisons planted), runs `liaison roles --group city --format json --key-players 0` with each threshold value,
and prints, per threshold and value, the pooled precision and recall of the role it governs. docs/METRICS.md
quotes the table. Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile

GRID = [
    ("--sponsor-min-share", "sponsor", [0.1, 0.15, 0.2, 0.25, 0.3, 0.4]),
    ("--organizer-min-share", "organizer", [0.1, 0.15, 0.2, 0.25, 0.3, 0.4]),
    ("--peer-min-activities", "peer", [1, 2, 3, 4, 5]),
    ("--catalyst-min-introductions", "catalyst", [1, 2, 3, 4]),
    ("--liaison-min-participation", "learning_liaison", [0.3, 0.4, 0.5, 0.6, 0.7]),
]


def truth_holders(truth, role):
    if role == "learning_liaison":
        return {entry["id"] for entry in truth["liaisons"]}
    return {entry["id"] for entry in truth["funders"] if entry["role"] == role}


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/liaison"
    seeds = range(1, 1 + (int(sys.argv[2]) if len(sys.argv) > 2 else 4))
    with tempfile.TemporaryDirectory() as tmp:
        truths = {}
        for seed in seeds:
            folder = os.path.join(tmp, str(seed))
            subprocess.run([binary, "generate", "--seed", str(seed), "-o", folder], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(os.path.join(folder, "truth.json"), encoding="utf-8") as f:
                truths[seed] = json.load(f)
        print("| threshold | value | role | found | planted | precision | recall |")
        print("|---|---|---|---|---|---|---|")
        for option, role, values in GRID:
            for value in values:
                found_total = planted_total = hits = 0
                for seed in seeds:
                    out = subprocess.run(
                        [binary, "roles", os.path.join(tmp, str(seed)), "--group", "city", "--format", "json",
                         "--key-players", "0", "--role", role, option, str(value)],
                        check=True, capture_output=True, text=True).stdout
                    found = {row["id"] for row in json.loads(out)["roles"]}
                    planted = truth_holders(truths[seed], role)
                    found_total += len(found)
                    planted_total += len(planted)
                    hits += len(found & planted)
                precision = hits / found_total if found_total else float("nan")
                recall = hits / planted_total if planted_total else float("nan")
                print(f"| `{option}` | {value} | {role} | {found_total} | {planted_total} | "
                      f"{precision:.2f} | {recall:.2f} |")


if __name__ == "__main__":
    main()
