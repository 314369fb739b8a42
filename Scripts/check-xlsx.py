#!/usr/bin/env python3
"""Round trips of the response spreadsheet through real spreadsheet software (see check-xlsx.sh).

    check-xlsx.py BINARY WORKDIR [PICTURES]

For each bundled workbook: the form is filled with openpyxl and imported; for POTS it is also
edited and re-saved by LibreOffice, once validly (imported and compared) and once with a rating
off the scale and one typed as a word (the import must fail, naming both cells). The xlsx
reports are read with openpyxl (numbers are numbers, text is never a formula) and converted to
PDF by LibreOffice; with PICTURES, their first pages are saved there as PNG.
"""
import json
import os
import shutil
import subprocess
import sys

import openpyxl
import yaml

BIN, WORK = sys.argv[1], sys.argv[2]
PICTURES = sys.argv[3] if len(sys.argv) > 3 else None
HERE = os.path.dirname(os.path.abspath(__file__))
failures = []
checks = 0


def run(*args, ok=True):
    result = subprocess.run([BIN, *args], capture_output=True, text=True)
    if ok and result.returncode != 0:
        raise SystemExit(f"workbook {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


def expect(condition, what):
    global checks
    checks += 1
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def compare_answers(yaml_path, expected, label):
    with open(yaml_path) as handle:
        answers = yaml.safe_load(handle)["answers"]
    for qid, want in expected.items():
        got = answers.get(qid)
        score = got.get("score") if isinstance(got, dict) else got
        expect(score == want, f"{label}: {qid} imported as {score!r}, expected {want!r}")


def main():
    os.makedirs(WORK, exist_ok=True)
    for workbook in ["pots", "christmas-tree", "place-based-planning"]:
        template = f"{WORK}/{workbook}.xlsx"
        run("form", workbook, "--format", "xlsx", "-o", template)
        filled, expected = f"{WORK}/{workbook}-openpyxl.xlsx", f"{WORK}/{workbook}-openpyxl.json"
        subprocess.run([sys.executable, f"{HERE}/xlsx_fill_openpyxl.py", template, filled, expected], check=True)
        imported = f"{WORK}/{workbook}-openpyxl.yaml"
        run("import", filled, "-o", imported)
        run("check", imported)
        run("check", filled)
        with open(expected) as handle:
            compare_answers(imported, json.load(handle), f"{workbook} (openpyxl)")
        # A report straight from the spreadsheet is the report of the imported YAML.
        direct = run("report", filled, "--format", "json").stdout
        via = run("report", imported, "--format", "json").stdout
        expect(direct.replace(filled, "F").replace(imported, "F") == via.replace(filled, "F").replace(imported, "F"),
               f"{workbook}: report of the xlsx differs from the report of its import")
    libreoffice(f"{WORK}/pots.xlsx")
    reports()
    print(f"check-xlsx: {checks - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


def libreoffice(template):
    uno_python = "/usr/bin/python3"
    valid, expected = f"{WORK}/pots-libreoffice.xlsx", f"{WORK}/pots-libreoffice.json"
    subprocess.run([uno_python, f"{HERE}/xlsx_edit_libreoffice.py", "valid", template, valid, expected], check=True)
    imported = f"{WORK}/pots-libreoffice.yaml"
    run("import", valid, "-o", imported)
    with open(expected) as handle:
        compare_answers(imported, json.load(handle), "pots (LibreOffice)")
    with open(imported) as handle:
        response = yaml.safe_load(handle)
    expect(str(response["date"]) == "2025-11-14", f"LibreOffice: the date serial imported as {response['date']!r}")
    invalid = f"{WORK}/pots-libreoffice-invalid.xlsx"
    bad = json.loads(subprocess.run([uno_python, f"{HERE}/xlsx_edit_libreoffice.py", "invalid", template, invalid],
                                    check=True, capture_output=True, text=True).stdout)
    result = run("import", invalid, ok=False)
    print(result.stderr, end="")
    expect(result.returncode == 1, "LibreOffice invalid: the import did not fail")
    expect(f"{invalid}:Responses!{bad['5']}: error: 5 is not on the scale of 'pots'" in result.stderr,
           "LibreOffice invalid: the off-scale rating is not located at its cell")
    expect(f"{invalid}:Responses!{bad['three']}: error:" in result.stderr, "LibreOffice invalid: 'three' is not located at its cell")


def reports():
    outputs = {
        "report": ["report", "examples/pots-northmoor.yaml", "--format", "xlsx"],
        "compare": ["compare", "examples/areas", "--format", "xlsx"],
        "trend": ["trend", "examples/rounds", "--area", "Harrowgate Moor", "--format", "xlsx"],
    }
    for name, args in outputs.items():
        path = f"{WORK}/{name}.xlsx"
        run(*args, "-o", path)
        book = openpyxl.load_workbook(path)
        cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
        expect(not any(c.data_type == "f" for c in cells), f"{name}: a cell is a formula")
        expect(any(c.data_type == "n" for c in cells), f"{name}: no cell is a number")
        expect(all(not (isinstance(c.value, str) and c.value.replace(".", "", 1).isdigit()) for c in cells),
               f"{name}: a number is stored as text")
        pdf(path, name)
    pdf(f"{WORK}/pots.xlsx", "form-xlsx")


def pdf(path, name):
    outdir = f"{WORK}/pdf"
    os.makedirs(outdir, exist_ok=True)
    profile = f"file://{WORK}/lo-convert-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, path], check=True, capture_output=True)
    produced = f"{outdir}/{os.path.splitext(os.path.basename(path))[0]}.pdf"
    expect(os.path.getsize(produced) > 1000, f"{name}: LibreOffice made no PDF")
    if PICTURES and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", produced,
                        f"{PICTURES}/xlsx-{name}"], check=True)


if __name__ == "__main__":
    main()
