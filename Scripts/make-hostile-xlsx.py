#!/usr/bin/env python3
"""Writes the spreadsheets the import tests read: hostile files (zip bombs, escaping names,
encryption, macros, DTDs, over-large sheets) and response sheets with one mistake each, every
one beside a `.expected` file of the diagnostics it must give (`PLACE severity code message`,
one a line; PLACE is `Sheet!CELL`, or `-` for the file as a whole). The Swift tests
(Tests/WorkbookOfficeTests/HostileFileTests.swift) check each file against its sidecar.

    Scripts/make-hostile-xlsx.py [OUTDIR]    # default Tests/WorkbookOfficeTests/Fixtures/hostile

Only the standard library: the files are built part by part with zipfile, then patched where
a hostile file lies about itself. Run it again after changing a message, and review the diff.
"""
import io
import os
import struct
import sys
import zipfile

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Tests", "WorkbookOfficeTests", "Fixtures", "hostile")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MiB = 1024 * 1024


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def parts(cells, sheet_xml=None, content_extra="", workbook_pr="", extra_sheets=()):
    """The parts of an xlsx whose Responses sheet holds `cells` ({"A1": value}); texts are
    shared strings, except values given as ("inline", text)."""
    strings, rows = [], {}
    for ref, value in cells.items():
        col = "".join(ch for ch in ref if ch.isalpha())
        row = int("".join(ch for ch in ref if ch.isdigit()))
        if isinstance(value, tuple) and value[0] == "inline":
            xml = f'<c r="{ref}" t="inlineStr"><is><t>{esc(value[1])}</t></is></c>'
        elif isinstance(value, tuple) and value[0] == "raw":
            xml = value[1].replace("REF", ref)
        elif isinstance(value, bool):
            xml = f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        elif isinstance(value, (int, float)):
            xml = f'<c r="{ref}"><v>{value}</v></c>'
        else:
            strings.append(value)
            xml = f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'
        rows.setdefault(row, []).append((len(col), col, xml))
    data = "".join(f'<row r="{r}">' + "".join(x for _, _, x in sorted(rows[r])) + "</row>" for r in sorted(rows))
    sheet = sheet_xml or f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{data}</sheetData></worksheet>'
    sheets = ["Responses", *extra_sheets]
    result = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>' + content_extra + "</Types>",
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">{workbook_pr}<sheets>'
        + "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheets)) + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
        + f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst xmlns="{MAIN}">' + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": sheet,
    }
    for i in range(1, len(sheets)):
        result[f"xl/worksheets/sheet{i + 1}.xml"] = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>notes</t></is></c></row></sheetData></worksheet>'
    return result


def response(changes=None, drop=(), rows=None):
    """A filled POTS response sheet laid out as `workbook form` writes it, with changes."""
    cells = {
        "A3": "Area", "B3": "Northmoor", "A4": "Period", "B4": "2025/26", "A5": "Date", "B5": 45975,
        "A6": "Facilitator", "B6": "Sam Okafor", "E3": "Workbook", "F3": "pots", "E4": "Version", "F4": "2021.2",
        "A8": "Question id", "B8": "Element", "C8": "Question", "D8": "Rating", "E8": "Evidence", "F8": "Guidance",
    }
    for index, (qid, rating) in enumerate(rows or [("evidence-nice", 3), ("evidence-equity", 2), ("evidence-scale", "na")]):
        cells[f"A{9 + index}"] = qid
        if rating is not None:
            cells[f"D{9 + index}"] = rating
    for ref in drop:
        cells.pop(ref, None)
    cells.update(changes or {})
    return cells


def write_zip(name, entries, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for entry, data in entries.items():
            info = zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data if isinstance(data, bytes) else data.encode())
    return buffer.getvalue()


def save(name, data, expected):
    with open(os.path.join(OUT, name + ".xlsx"), "wb") as handle:
        handle.write(data)
    with open(os.path.join(OUT, name + ".expected"), "w") as handle:
        handle.write("".join(line + "\n" for line in expected))


def patch_central(data, name, offset, fmt, value):
    """Overwrites a field of `name`'s central directory record (offset from the record's start)."""
    at = data.index(b"PK\x01\x02")
    encoded = name.encode()
    while True:
        at = data.index(b"PK\x01\x02", at)
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + length] == encoded:
            break
        at += 4
    data = bytearray(data)
    struct.pack_into(fmt, data, at + offset, value)
    return bytes(data)


def refused(message):
    return [f"- error xlsx.refused {{file}} cannot be read: {message}"]


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    valid = parts(response())

    # --- Limits and hostile archives -------------------------------------------------------
    bomb = dict(valid, **{"xl/worksheets/sheet1.xml": b"<" + b" " * (40 * MiB)})
    save("zip-bomb-entry", write_zip("", bomb), refused("'xl/worksheets/sheet1.xml' would unpack to 40.0 MiB; the limit for one entry is 32.0 MiB"))
    ratio = dict(valid, **{"xl/worksheets/sheet1.xml": b" " * (4 * MiB)})
    data = write_zip("", ratio)
    compressed = zipfile.ZipFile(io.BytesIO(data)).getinfo("xl/worksheets/sheet1.xml").compress_size
    save("zip-bomb-ratio", data, refused(f"'xl/worksheets/sheet1.xml' is compressed {4 * MiB // compressed} to 1, more than the limit of 200 to 1: it looks like a zip bomb"))
    many = dict(valid, **{f"xl/media/image{i}.png": b"" for i in range(1001)})
    save("too-many-entries", write_zip("", many), refused(f"the archive has {len(many)} entries; the limit is 1000"))
    for label, entry in [("path-escape-dotdot", "../../evil.xml"), ("path-escape-absolute", "/etc/cron.d/evil"), ("path-escape-drive", "C:/evil.xml")]:
        save(label, write_zip("", dict(valid, **{entry: "x"})), refused(f"the archive has an entry named '{entry}', which points outside the archive"))
    backslash = write_zip("", dict(valid, **{"xl/../evil.xml": "x"}))
    save("path-escape-backslash", backslash.replace(b"xl/../evil.xml", b"xl\\..\\evil.xml"), refused("the archive has an entry named 'xl\\..\\evil.xml', which points outside the archive"))
    duplicate = write_zip("", dict(valid, **{"xl/worksheets/sheet2.xml": "<x/>"})).replace(b"xl/worksheets/sheet2.xml", b"xl/worksheets/sheet1.xml")
    save("duplicate-entry", duplicate, refused("the archive has two entries named 'xl/worksheets/sheet1.xml'"))
    data = patch_central(write_zip("", valid), "xl/sharedStrings.xml", 8, "<H", 1)
    save("encrypted-entry", data, refused("'xl/sharedStrings.xml' in the archive is encrypted"))
    data = patch_central(write_zip("", valid), "xl/worksheets/sheet1.xml", 10, "<H", 12)
    save("unsupported-method", data, refused("'xl/worksheets/sheet1.xml' is compressed with method 12, which is not supported (only stored and deflate are)"))
    real = len(valid["xl/worksheets/sheet1.xml"].encode())
    data = patch_central(write_zip("", valid), "xl/worksheets/sheet1.xml", 24, "<I", real - 10)
    save("size-lie", data, refused("the archive is damaged: 'xl/worksheets/sheet1.xml' unpacks to more than its declared size"))
    data = patch_central(write_zip("", valid), "xl/worksheets/sheet1.xml", 16, "<I", 0x12345678)
    save("checksum", data, refused("the archive is damaged: 'xl/worksheets/sheet1.xml' does not match its checksum"))
    data = write_zip("", valid)
    save("truncated", data[: len(data) // 2], refused("the archive is damaged: it has no end-of-archive record (it may be cut short)"))
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512
    save("encrypted-file", ole, refused("the file is protected with a password, so it cannot be read; save a copy without the password (File > Info > Protect Workbook in Excel)"))
    save("old-xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024, refused("it is an Excel 97-2003 (.xls) file; save it as an Excel Workbook (.xlsx)"))
    macros = refused("the file contains macros; they are never run here, and a file with macros is refused: save it as an Excel Workbook (.xlsx), without macros")
    save("macros-vba", write_zip("", dict(valid, **{"xl/vbaProject.bin": b"\0" * 64})), macros)
    save("macros-xlsm", write_zip("", parts(response(), content_extra='<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>')), macros)
    laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="' + MAIN + '"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'
    dtd = "'xl/worksheets/sheet1.xml' is refused: it declares a DTD (<!DOCTYPE>), which Office files never do; DTDs and entities are refused"
    save("dtd-billion-laughs", write_zip("", parts(response(), sheet_xml=laughs)), refused(dtd))
    external = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="' + MAIN + '"><si><t>&xxe;</t></si></sst>'
    save("dtd-external-entity", write_zip("", dict(valid, **{"xl/sharedStrings.xml": external})),
         refused("'xl/sharedStrings.xml' is refused: it declares a DTD (<!DOCTYPE>), which Office files never do; DTDs and entities are refused"))
    undeclared = valid["xl/sharedStrings.xml"].replace("<t>Area</t>", "<t>&xxe;</t>")
    save("undeclared-entity", write_zip("", dict(valid, **{"xl/sharedStrings.xml": undeclared})),
         refused("'xl/sharedStrings.xml' is refused: its XML is malformed: '&xxe;' is not one of XML's own entities (others need a DTD, which is refused)"))
    deep = f'<worksheet xmlns="{MAIN}">' + "<x>" * 300 + "</x>" * 300 + "</worksheet>"
    save("xml-too-deep", write_zip("", parts(response(), sheet_xml=deep)), refused("'xl/worksheets/sheet1.xml' is refused: its XML is nested more than 256 deep"))
    big = f'<worksheet xmlns="{MAIN}"><sheetData>' + "".join(f'<row r="{r}">' + "".join(f"<c r=\"{c}{r}\" s=\"1\"/>" for c in "ABCDEFGHIJ") + "</row>" for r in range(1, 20_002)) + "</sheetData></worksheet>"
    save("sheet-too-large", write_zip("", parts(response(), sheet_xml=big)), refused("the sheet 'Responses' has more than 200000 cells (the limit for one sheet)"))
    word = {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}
    save("word-document", write_zip("", word), refused("it is a Word document, not a spreadsheet"))

    # --- Response sheets with one mistake each (located by cell) ----------------------------
    cases = {
        "off-scale": (response({"D10": 5}), ["Responses!D10 error response.rating-out-of-scale 5 is not on the scale of 'pots'"]),
        "off-scale-decimal": (response({"D10": 2.5}), ["Responses!D10 error response.rating-out-of-scale 2.5 is not on the scale of 'pots'"]),
        "not-a-number": (response({"D10": "three"}), ["Responses!D10 error load.invalid-number the rating for 'evidence-equity' should be a number, but 'three' is not written as one"]),
        "boolean-rating": (response({"D10": True}), ["Responses!D10 error xlsx.cell-value a rating should be a number, but the cell holds TRUE"]),
        "error-rating": (response({"D10": ("raw", '<c r="REF" t="e"><v>#N/A</v></c>')}), ["Responses!D10 error xlsx.cell-value a rating should be a number, but the cell holds #N/A"]),
        "unknown-question": (response({"A10": "evidence-equitty"}), ["Responses!A10 error workbook.unknown-reference 'evidence-equitty' is not a question of 'pots'"]),
        "duplicate-question": (response({"A10": "evidence-nice"}), ["Responses!A10 error yaml.duplicate-key the key 'evidence-nice' is written twice in this mapping"]),
        "row-without-question": (response({"D13": 2}), ["Responses!D13 error xlsx.row-without-question row 13 has a rating or evidence but no question id in column A, so it would be lost"]),
        "date-as-text": (response({"B5": "14/11/2025"}), ["Responses!B5 error response.invalid-date '14/11/2025' is not a date written as YYYY-MM-DD"]),
        "date-serial-out-of-range": (response({"B5": 99999999}), ["Responses!B5 error xlsx.cell-value 99999999 is not a date Excel can show"]),
        "missing-area": (response(drop=["B3"]), ["Responses!B3 error load.missing-key 'area' in the response is empty"]),
        "unknown-workbook": (response({"F3": "potz"}), ["Responses!F3 error response.workbook-mismatch this response is for the workbook 'potz', which is not known here"]),
        "score-and-tables": (response({"G8": "Table 1", "G9": 2}), ["Responses!G9 error response.ambiguous-answer the answer to 'evidence-nice' gives both 'score' and 'ratings'"]),
        "na-in-a-table": (response({"G8": "Table 1", "G10": "na"}, drop=["D10"]), ["Responses!G10 error response.na-not-allowed 'na' cannot be one of several ratings"]),
        "all-collected": (response({"D9": 7, "D10": "x", "A11": "nope", "B4": True}), [
            "Responses!B4 error xlsx.cell-value the period should be text, but the cell holds TRUE",
            "Responses!D9 error response.rating-out-of-scale 7 is not on the scale of 'pots'",
            "Responses!D10 error load.invalid-number the rating for 'evidence-equity' should be a number, but 'x' is not written as one",
            "Responses!A11 error workbook.unknown-reference 'nope' is not a question of 'pots'",
        ]),
    }
    for name, (cells, expected) in cases.items():
        save("sheet-" + name, write_zip("", parts(cells)), expected)
    no_ids = {"A1": "Budget", "B1": 1200, "A2": "Rent", "B2": 800}
    save("sheet-not-a-response", write_zip("", parts(no_ids)),
         ["Responses!A1 error xlsx.not-a-response-sheet the sheet 'Responses' has no 'Question id' column: it is not a response sheet"])

    # --- What spreadsheet programs do, all accepted -----------------------------------------
    variants = response({"A10": ("inline", "evidence-equity"), "D9": ("raw", '<c r="REF"><v>3.0</v></c>'), "D10": ("inline", " 2 "),
                         "B5": 44513, "A30": "evidence-review", "D30": 1}, drop=[])
    # Without cell references on one row (allowed), 1904 dates, and an extra sheet.
    save("accepted-variants", write_zip("", parts(variants, workbook_pr='<workbookPr date1904="1"/>', extra_sheets=("Notes",))), [])


if __name__ == "__main__":
    main()
