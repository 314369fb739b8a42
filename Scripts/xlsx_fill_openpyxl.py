#!/usr/bin/env python3
"""Fills a response spreadsheet from `workbook form --format xlsx` with openpyxl, the way a
facilitator's copy of Excel would change it, and writes what the import must read back.

    xlsx_fill_openpyxl.py TEMPLATE.xlsx FILLED.xlsx EXPECTED.json

The fill exercises what spreadsheet programs do to a file: ratings as numbers, as 3.0 and as
text, `na`, a date as a real date (a serial number in the file), rows moved (the questions
sorted in reverse), a blank row inserted, an extra sheet, and inline strings for the header.
EXPECTED.json maps each question id to the score the import must give ("na" or null).
"""
import datetime
import json
import sys

import openpyxl


def main() -> None:
    template, filled, expected_path = sys.argv[1:4]
    book = openpyxl.load_workbook(template)
    sheet = book["Responses"]
    labels = {sheet.cell(r, c).value: (r, c) for r in range(1, 8) for c in range(1, 8) if sheet.cell(r, c).value}
    def put(label, value):
        r, c = labels[label]
        sheet.cell(r, c + 1).value = value
    put("Area", "Northmoor (openpyxl)")
    put("Period", "2025/26")
    put("Date", datetime.date(2025, 11, 14))
    put("Facilitator", "Sam Okafor")
    title_row = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Question id")
    rows = []
    r = title_row + 1
    while sheet.cell(r, 1).value:
        rows.append([sheet.cell(r, c).value for c in range(1, 7)])
        r += 1
    scale = [0, 1, 2, 3, 4]
    expected = {}
    for index, row in enumerate(rows):
        qid = row[0]
        kind = index % 6
        if kind == 0:
            row[3], expected[qid] = scale[index % 5], scale[index % 5]
        elif kind == 1:
            row[3], expected[qid] = float(scale[(index + 1) % 5]), scale[(index + 1) % 5]   # 3.0
        elif kind == 2:
            row[3], expected[qid] = str(scale[(index + 2) % 5]), scale[(index + 2) % 5]     # typed as text
        elif kind == 3:
            row[3], expected[qid] = "na", "na"
        elif kind == 4:
            row[3], expected[qid] = None, None                                               # left blank
        else:
            row[3], expected[qid] = 2, 2
        if kind != 4:
            row[4] = f"Evidence for {qid}: =SUM(A1) is text, not a formula"
    # Rows moved: the questions written back in reverse order, with a blank row among them.
    rows.reverse()
    r = title_row + 1
    for index, row in enumerate(rows):
        if index == 10:
            for c in range(1, 7):
                sheet.cell(r, c).value = None
            r += 1
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c).value = value
        r += 1
    notes = book.create_sheet("Notes")
    notes["A1"] = "An extra sheet a facilitator added."
    book.save(filled)
    with open(expected_path, "w") as out:
        json.dump(expected, out, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
