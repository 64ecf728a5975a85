#!/usr/bin/env python3
"""Writes datasets/partnership-survey: a fictional partnership survey as Google Forms exports it.

    python3 scripts/datasets/partnership_survey.py [--check]

- roster.csv: the 24 partners asked (id, name, kind, city, sector);
- responses.csv: one row per respondent (18 of the 24), as Google Forms writes a form with a
  "multiple choice grid" per question: `Timestamp`, `Your name`, then one column per partner for
  "How often do you work with each partner? [Name]" (Never, Yearly, Quarterly, Monthly, Weekly) and for
  three PARTNER-style ratings on 1-4 (reliability, support of the mission, power/influence).
  Respondents typed their own names, so some differ from the roster by case or accents, and one
  wrote an initial ("J. Okafor");
- matches.csv: the reviewed decision for that initial.
Everything is fictional and drawn from a fixed seed: the files are the same on every run.
With --check, nothing is written: the script fails if a file on disk differs.
"""
import csv
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "partnership-survey"))

PARTNERS = [
    ("p01", "Jamal Okafor", "person", "Ashford", "health"),
    ("p02", "María José Fernández", "person", "Ashford", "education"),
    ("p03", "Lena Whitlock", "person", "Ashford", "housing"),
    ("p04", "Tomás Abara", "person", "Ashford", "health"),
    ("p05", "Priya Raman", "person", "Ashford", "education"),
    ("p06", "Ashford Community Foundation", "organization", "Ashford", "philanthropy"),
    ("p07", "Noor Haddad", "person", "Brindle", "housing"),
    ("p08", "Grace Ibsen", "person", "Brindle", "health"),
    ("p09", "Owen Delacroix", "person", "Brindle", "education"),
    ("p10", "Zoë Brannigan", "person", "Brindle", "health"),
    ("p11", "Brindle Housing Trust", "organization", "Brindle", "housing"),
    ("p12", "Kofi Mensah", "person", "Brindle", "education"),
    ("p13", "Hana Sato", "person", "Cobalt", "health"),
    ("p14", "Ravi Patel", "person", "Cobalt", "housing"),
    ("p15", "Elena Petrova", "person", "Cobalt", "education"),
    ("p16", "Cobalt Youth League", "organization", "Cobalt", "education"),
    ("p17", "Samuel Achebe", "person", "Cobalt", "health"),
    ("p18", "Ingrid Nilsson", "person", "Cobalt", "housing"),
    ("p19", "Luis Moreno", "person", "Ashford", "housing"),
    ("p20", "Aiko Tanaka", "person", "Brindle", "education"),
    ("p21", "Fatima Zahra", "person", "Cobalt", "health"),
    ("p22", "Regional Health Alliance", "organization", "Brindle", "health"),
    ("p23", "Dmitri Volkov", "person", "Ashford", "education"),
    ("p24", "Chloé Martin", "person", "Cobalt", "housing"),
]
NON_RESPONDENTS = {"p06", "p10", "p16", "p19", "p22", "p24"}
# How respondents typed their own names, where it differs from the roster.
TYPED = {"p01": "J. Okafor", "p02": "Maria Jose Fernandez", "p09": "owen delacroix", "p15": "ELENA PETROVA"}
FREQUENCY = ["Never", "Yearly", "Quarterly", "Monthly", "Weekly"]
QUESTIONS = [
    "How reliable is this partner?",
    "How much does this partner support the collaborative's mission?",
    "How much power/influence does this partner have?",
]


def rows(seed=2026):
    rng = random.Random(seed)
    city = {p[0]: p[3] for p in PARTNERS}
    respondents = [p for p in PARTNERS if p[0] not in NON_RESPONDENTS]
    header = ["Timestamp", "Your name"]
    header += [f"How often do you work with each partner? [{p[1]}]" for p in PARTNERS]
    for question in QUESTIONS:
        header += [f"{question} [{p[1]}]" for p in PARTNERS]
    out = [header]
    for number, (pid, name, _, home, _) in enumerate(respondents):
        row = [f"2026/03/{number + 2:02d} 9:{number + 10:02d}:00 AM GMT", TYPED.get(pid, name)]
        ties = {}
        for other in PARTNERS:
            if other[0] == pid:
                row.append("")
                continue
            same = city[other[0]] == home
            draw = rng.random()
            level = 0
            if draw < (0.55 if same else 0.18):
                level = 1 + int(rng.random() * 4)
            ties[other[0]] = level
            row.append(FREQUENCY[level])
        for _ in QUESTIONS:
            for other in PARTNERS:
                if ties.get(other[0], 0) > 0:
                    row.append(str(1 + int(rng.random() * 4)))
                else:
                    row.append("")
        out.append(row)
    return out


def render(table):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    return buffer.getvalue()


def files():
    roster = [["id", "name", "kind", "city", "sector"]] + [list(p) for p in PARTNERS]
    matches = [["name", "roster_id"], ["J. Okafor", "p01"]]
    return {"roster.csv": render(roster), "responses.csv": render(rows()), "matches.csv": render(matches)}


def main():
    check = "--check" in sys.argv
    differ = []
    for name, text in files().items():
        path = os.path.join(OUT, name)
        if check:
            with open(path, encoding="utf-8", newline="") as f:
                if f.read() != text:
                    differ.append(name)
        else:
            os.makedirs(OUT, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
    if differ:
        print("differ from what the script writes:", *differ)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
