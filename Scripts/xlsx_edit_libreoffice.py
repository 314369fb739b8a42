#!/usr/bin/python3
"""Opens a response spreadsheet in LibreOffice (headless, through Python-UNO), edits it as a
person would, and saves it as xlsx again: LibreOffice rewrites every part of the file.

    xlsx_edit_libreoffice.py valid   TEMPLATE.xlsx OUT.xlsx EXPECTED.json
    xlsx_edit_libreoffice.py invalid TEMPLATE.xlsx OUT.xlsx

Both sort the question rows by id (rows moved), type the header, one rating as text ('3)
and the others as numbers, and add a sheet. `invalid` also types a rating that is not on the
scale (5) and one that is not a rating at all ("three"): the import must name their cells.
Needs LibreOffice and python3-uno (Debian: libreoffice-calc-nogui python3-uno).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(profile):
    pipe = "workbook_xlsx_%d" % os.getpid()
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
        "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(120):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            return office, desktop
        except Exception:
            time.sleep(0.5)
    office.kill()
    raise SystemExit("LibreOffice did not start")


def main():
    mode, template, out = sys.argv[1:4]
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    office, desktop = connect(profile)
    try:
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(template)), "_blank", 0,
                                                (prop("Hidden", True),))
        sheet = document.Sheets.getByName("Responses")
        sheet.unprotect("")   # a person's edits go through the unlocked cells; the script's sort does not
        def cell(name):
            return sheet.getCellRangeByName(name)
        labels = {}
        for r in range(0, 8):
            for c in range(0, 7):
                text = sheet.getCellByPosition(c, r).getString()
                if text:
                    labels[text] = (c, r)
        def put(label, value):
            c, r = labels[label]
            target = sheet.getCellByPosition(c + 1, r)
            if isinstance(value, str):
                target.setString(value)
            else:
                target.setValue(value)
        put("Area", "Northmoor (LibreOffice)")
        put("Period", "2025/26")
        put("Date", 45975.0)   # 2025-1114 as a date serial, as typing 14/11/2025 stores it
        put("Facilitator", "Sam Okafor")
        title = next(r for r in range(0, 20) if sheet.getCellByPosition(0, r).getString() == "Question id")
        last = title + 1
        while sheet.getCellByPosition(0, last).getString():
            last += 1
        ids = [sheet.getCellByPosition(0, r).getString() for r in range(title + 1, last)]
        # Rows moved: sort the questions by id, descending.
        block = sheet.getCellRangeByPosition(0, title + 1, 5, last - 1)
        field = uno.createUnoStruct("com.sun.star.table.TableSortField")
        field.Field, field.IsAscending = 0, False
        block.sort((prop("SortFields", uno.Any("[]com.sun.star.table.TableSortField", (field,))),
                    prop("ContainsHeader", False)))
        expected = {}
        for offset, qid in enumerate(sorted(ids, reverse=True)):
            row = title + 1 + offset
            assert sheet.getCellByPosition(0, row).getString() == qid
            rating = sheet.getCellByPosition(3, row)
            value = (offset * 3) % 5
            if offset == 1:
                rating.setString("3")   # a value typed as text
                expected[qid] = 3
            elif offset % 7 == 6:
                expected[qid] = None    # left blank
            else:
                rating.setValue(value)
                expected[qid] = value
            if offset % 4 == 0:
                sheet.getCellByPosition(4, row).setString("Typed in LibreOffice; \"quoted\" & <angled>")
        bad = {}
        if mode == "invalid":
            bad["5"] = "D%d" % (title + 1 + 4 + 1)
            sheet.getCellByPosition(3, title + 1 + 4).setValue(5)
            bad["three"] = "D%d" % (title + 1 + 9 + 1)
            sheet.getCellByPosition(3, title + 1 + 9).setString("three")
        sheet.protect("")
        document.Sheets.insertNewByName("Notes", 2)
        document.Sheets.getByName("Notes").getCellByPosition(0, 0).setString("Added in LibreOffice")
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop("FilterName", "Calc Office Open XML"),))
        document.close(True)
        if mode == "valid":
            with open(sys.argv[4], "w") as handle:
                json.dump(expected, handle, indent=1, sort_keys=True)
        else:
            print(json.dumps(bad))
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)


if __name__ == "__main__":
    main()
