#!/usr/bin/env python3
"""Opens each Word document the tool writes as Word's readers do, and says what it found.

    check-docx.py OUTDIR FILE.docx...

For each file: python-docx opens it (a package or part Word would repair fails here); its
headings use Word's heading styles, starting with "At a glance" for a report; every table has
a header row that repeats and a title (caption); every shaded cell has words in it, so a band
is never shown by colour alone. Then LibreOffice converts it to PDF (`soffice --headless
--convert-to pdf`) into OUTDIR, which must give at least one A4 page (pdfinfo).

Exit status: 0 all good; 1 a problem (listed); 3 SKIPPED (no python-docx or no soffice).
"""

import os
import re
import shutil
import subprocess
import sys

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check(path):
    import docx

    problems = []
    document = docx.Document(path)
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    if not headings:
        problems.append("no heading in a Heading style")
    name = os.path.basename(path)
    if name.startswith("report") and headings and headings[0][1] != "At a glance":
        problems.append(f"the first heading is '{headings[0][1]}', not 'At a glance'")
    for index, table in enumerate(document.tables, start=1):
        properties = table._tbl.tblPr
        if properties.find(W + "tblCaption") is None:
            problems.append(f"table {index} has no title (caption)")
        first = table._tbl.tr_lst[0]
        if first.trPr is None or first.trPr.find(W + "tblHeader") is None:
            problems.append(f"table {index} has no repeating header row")
        for row in table.rows:
            for cell in row.cells:
                shading = cell._tc.tcPr.find(W + "shd") if cell._tc.tcPr is not None else None
                if shading is not None and not cell.text.strip():
                    problems.append(f"table {index} has a shaded cell with no words")
    return problems, len(headings), len(document.tables)


def main(arguments):
    try:
        import docx  # noqa: F401
    except ImportError:
        print("SKIPPED: check-docx (pip install python-docx)")
        return 3
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("SKIPPED: check-docx (apt-get install libreoffice-writer-nogui)")
        return 3
    outdir, files = arguments[0], arguments[1:]
    os.makedirs(outdir, exist_ok=True)
    failed = False
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", outdir] + files,
                   check=True, capture_output=True, timeout=300)
    for path in files:
        problems, headings, tables = check(path)
        pdf = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        pages = 0
        if os.path.exists(pdf):
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
            if "A4" not in info:
                problems.append("LibreOffice's PDF is not A4")
        if pages == 0:
            problems.append("LibreOffice made no page of it")
        status = "FAIL" if problems else "ok  "
        print(f"{status} {os.path.basename(path)}: {headings} headings, {tables} tables, {pages} pages in LibreOffice")
        for problem in problems:
            print(f"       {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
