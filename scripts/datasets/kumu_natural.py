#!/usr/bin/env python3
"""Writes datasets/kumu-three-cities: a learning community as a practitioner's Kumu export has it.

    python3 scripts/datasets/kumu_natural.py GENERATED_FOLDER OUT_FOLDER

GENERATED_FOLDER is the output of `liaison generate --seed 5 --cities 3 --people 50 --organizations 20
--funders 4 --initiatives 6 --practices 12 --convenings 8` (nodes.csv, edges.csv, truth.json). The script
rewrites it the way a Kumu map exports it, in the words practitioners use and with Excel's dates:
- Elements.csv: Label (the name, which Kumu uses as the id), Type (Individual, Organization, Foundation,
  Program, Convening, Strategy), Description, Tags (`|`-separated), City, Sector;
- Connections.csv: From, To (labels), Type (Grant, Works at, Participant, Hosted, Attended, Partners with,
  Uses, Mentors, Leads, Shared with), Direction, Strength, Start Date (M/d/yyyy; month-only dates become
  the first of the month).
truth.json is copied with every id replaced by its label, so tests compare roles by name.
Standard library only; the output is the same on every run.
"""
import csv
import json
import os
import sys

NODE_WORDS = {"person": "Individual", "organization": "Organization", "initiative": "Program",
              "event": "Convening", "practice": "Strategy"}
TIE_WORDS = {"funds": "Grant", "member_of": "Works at", "participates_in": "Participant", "convenes": "Hosted",
             "attended": "Attended", "collaborates_with": "Partners with", "adopts": "Uses", "advises": "Mentors",
             "leads": "Leads", "shares": "Shared with"}


def excel_date(iso):
    if not iso:
        return ""
    parts = [int(p) for p in iso.split("-")]
    year, month, day = parts[0], (parts[1] if len(parts) > 1 else 1), (parts[2] if len(parts) > 2 else 1)
    return f"{month}/{day}/{year}"


def main(source, out):
    with open(os.path.join(source, "nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(source, "edges.csv"), newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    with open(os.path.join(source, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    funders = {entry["id"] for entry in truth["funders"]}
    label = {}
    seen = set()
    for node in nodes:
        name = node["label"]
        while name in seen:
            name += " (2)"
        seen.add(name)
        label[node["id"]] = name
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "Elements.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(["Label", "Type", "Description", "Tags", "City", "Sector"])
        for index, node in enumerate(nodes):
            kind = "Foundation" if node["id"] in funders else NODE_WORDS[node["kind"]]
            tags = []
            if node["kind"] == "person":
                tags.append(f"Cohort {index % 2 + 1}")
                if node.get("role"):
                    tags.append(node["role"].replace("_", " ").title())
            writer.writerow([label[node["id"]], kind, "", "|".join(tags), node.get("city", ""),
                             node.get("sector", "")])
    with open(os.path.join(out, "Connections.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(["From", "To", "Type", "Direction", "Strength", "Start Date"])
        for edge in edges:
            writer.writerow([label[edge["source"]], label[edge["target"]], TIE_WORDS[edge["kind"]],
                             edge["direction"], edge["weight"], excel_date(edge["start"])])

    def relabel(value):
        if isinstance(value, str):
            return label.get(value, value)
        if isinstance(value, list):
            return [relabel(v) for v in value]
        if isinstance(value, dict):
            return {k: relabel(v) for k, v in value.items()}
        return value
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(relabel(truth), f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
