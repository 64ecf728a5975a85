#!/usr/bin/env python3
"""Writes datasets/kumu-three-cities/kumu-three-cities.xlsx: the natural-words Kumu export of that folder as the
workbook Kumu itself exports (sheets Elements and Connections), with start dates as real Excel dates (serial
numbers formatted m/d/yyyy) and strengths as numbers.

    .venv/bin/python scripts/datasets/kumu_workbook.py [--check]

Needs openpyxl (pinned in scripts/requirements.txt). The archive is written with fixed times, so the bytes are
the same on every run; with --check nothing is written and the script fails if the committed file differs.
"""
import csv
import datetime
import io
import os
import re
import sys
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.normpath(os.path.join(HERE, "..", "..", "datasets", "kumu-three-cities"))
FIXED = datetime.datetime(2026, 1, 1)


def rows(name):
    with open(os.path.join(FOLDER, name), newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def workbook_bytes():
    wb = openpyxl.Workbook()
    elements = wb.active
    elements.title = "Elements"
    for row in rows("Elements.csv"):
        elements.append(row)
    connections = wb.create_sheet("Connections")
    table = rows("Connections.csv")
    connections.append(table[0])
    for row in table[1:]:
        source, target, kind, direction, strength, start = row
        date = None
        if start:
            month, day, year = (int(part) for part in start.split("/"))
            date = datetime.date(year, month, day)
        connections.append([source, target, kind, direction, float(strength), date])
        if date is not None:
            connections.cell(row=connections.max_row, column=6).number_format = "m/d/yyyy"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts["docProps/core.xml"] = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z",
                                        parts["docProps/core.xml"])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return out.getvalue()


def main():
    path = os.path.join(FOLDER, "kumu-three-cities.xlsx")
    data = workbook_bytes()
    if "--check" in sys.argv:
        with open(path, "rb") as f:
            if f.read() != data:
                print("datasets/kumu-three-cities/kumu-three-cities.xlsx differs from what the script writes")
                return 1
        return 0
    with open(path, "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
