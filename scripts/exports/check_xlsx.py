"""Reads a workbook written by `liaison export --to xlsx` with openpyxl and prints what it found, as JSON:
the sheet names, each sheet's rows and columns and header, how many cells hold formulas (must be 0), the
type of every value in the Strength column, and the value and openpyxl type of any cell whose text starts
with one of = + - @ (stored as text, never run as a formula).

    python scripts/exports/check_xlsx.py FILE.xlsx
"""
import json
import sys

import openpyxl


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    report = {"sheets": workbook.sheetnames, "tables": {}, "formulas": 0, "formula_like": []}
    for sheet in workbook:
        rows = list(sheet.iter_rows())
        header = [cell.value for cell in rows[0]] if rows else []
        table = {"rows": sheet.max_row, "columns": sheet.max_column, "header": header}
        if "Strength" in header:
            column = header.index("Strength")
            table["strength_types"] = sorted({type(row[column].value).__name__ for row in rows[1:]})
        report["tables"][sheet.title] = table
        for row in rows:
            for cell in row:
                if cell.data_type == "f":
                    report["formulas"] += 1
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    report["formula_like"].append([cell.value, cell.data_type])
    print(json.dumps(report))


if __name__ == "__main__":
    main()
