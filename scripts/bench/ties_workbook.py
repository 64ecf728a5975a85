"""Makes a large ties workbook and times openpyxl reading it, beside `liaison inspect` on the same file
(docs/PERFORMANCE.md, "Workbooks").

    python scripts/bench/ties_workbook.py [ROWS] [OUT.xlsx]     # default 100000 rows, /tmp/ties-100k.xlsx

Writes sheet "Connections" (From, To, Type, Strength, Start, Wave) with openpyxl's write_only mode: ids as
shared strings, strengths as numbers, start dates as date-formatted serials. Then reads every cell back
with openpyxl's read_only mode and prints the time. Time Liaison with:

    /usr/bin/time -v .build/release/liaison inspect OUT.xlsx
"""
import datetime
import random
import sys
import time

import openpyxl
from openpyxl.cell import WriteOnlyCell


def make(rows, path):
    random.seed(1)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Connections")
    sheet.append(["From", "To", "Type", "Strength", "Start", "Wave"])
    kinds = ["collaborates_with", "shares", "advises", "member_of"]
    people = max(rows // 10, 2)
    base = datetime.date(2015, 1, 1)
    for index in range(rows):
        start = WriteOnlyCell(sheet, value=base + datetime.timedelta(days=random.randrange(3000)))
        start.number_format = "yyyy-mm-dd"
        source = random.randrange(people)
        target = (source + 1 + random.randrange(people - 1)) % people
        sheet.append([f"p{source}", f"p{target}", kinds[index % 4], random.randint(1, 5), start,
                      f"w{index % 3 + 1}"])
    workbook.save(path)


def read(path):
    workbook = openpyxl.load_workbook(path, read_only=True)
    cells = 0
    for row in workbook["Connections"].iter_rows(values_only=True):
        cells += len(row)
    workbook.close()
    return cells


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    path = sys.argv[2] if len(sys.argv) > 2 else "/tmp/ties-100k.xlsx"
    began = time.perf_counter()
    make(rows, path)
    print(f"wrote {path}: {rows} ties in {time.perf_counter() - began:.2f} s")
    began = time.perf_counter()
    cells = read(path)
    print(f"openpyxl read_only read {cells} cells in {time.perf_counter() - began:.2f} s")


if __name__ == "__main__":
    main()
