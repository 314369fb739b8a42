#!/usr/bin/env python3
"""Real-browser test of who is rating in the workshop form, with headless Chromium.

  check-form-raters.py FORM.html WORKBOOK-BINARY OUTDIR

Fills three copies of the form as three raters with awkward names (non-Latin letters, a comma,
a colon) and their stakeholder groups, and one copy with several tables' sheets typed up (a
box per table, one rating off the scale). Checks the download name is area-period-rater, the
live YAML names the rater (or declares the tables), a reload keeps the tables' boxes, and no
console error; then that `workbook check` accepts every file, that `workbook merge` of the
three gives every rater's rating, and that the report reads the tables' ratings back by table.
Called by Scripts/check-form.sh; prints SKIPPED and exits 0 without chromium/selenium.
"""

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib

form_check = importlib.import_module("check-form")

RATERS = [("Ngozi Ọkafor", "community"), ("Zoë Müller, NHS", "nhs"), ("表 3: council", "council")]
TABLES = [("Ōkawa table", "community"), ("Smith, J", "council"), ("Table 🙂 2", "nhs")]


def fail(message):
    print("FAIL: check-form-raters: " + message, file=sys.stderr)
    sys.exit(1)


def run(binary, *arguments):
    return subprocess.run([binary, *arguments], capture_output=True, text=True, timeout=120)


def fill_copy(driver, url, rater, group, tables, values):
    from selenium.webdriver.common.by import By

    driver.get(url)
    driver.execute_script("window.localStorage.clear()")
    driver.get(url)

    def type_into(element_id, text):
        element = driver.find_element(By.ID, element_id)
        element.clear()
        element.send_keys(text)

    type_into("field_area", "Kelda Vale")
    type_into("field_period", "2026/27")
    data = json.loads(driver.find_element(By.ID, "workbook-data").get_attribute("textContent"))
    ids = [q for element in data["elements"] for q in element["questions"]]
    if tables:
        type_into("field_tables", "\n".join(name + ": " + grp for name, grp in tables))
        for index, question in enumerate(ids[:5]):
            for column in range(len(tables)):
                text = "9" if (index, column) == (2, 1) else str((index + column) % 5)
                driver.find_element(By.ID, "q_%s_table_%d" % (question, column)).send_keys(text)
    else:
        type_into("field_rater", rater)
        type_into("field_rater_group", group)
        for question, value in zip(ids, values):
            driver.find_element(By.CSS_SELECTOR, 'input[name="%s"][value="%s"]' % (question, value)).click()
    time.sleep(0.2)
    yaml = driver.find_element(By.ID, "response-yaml").text
    name = driver.find_element(By.ID, "download-name").text
    severe = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
    if severe:
        fail("console errors: %s" % severe)
    return yaml, name, ids


def main(arguments):
    if len(arguments) != 3:
        print(__doc__, file=sys.stderr)
        return 64
    form_path, binary, outdir = arguments
    if form_check.browser_paths() is None:
        print(form_check.SKIP)
        return 0
    downloads = os.path.join(outdir, "raters-downloads")
    os.makedirs(downloads, exist_ok=True)
    driver = form_check.start_browser(downloads)
    url = "file://" + os.path.abspath(form_path)
    try:
        files = []
        for number, (rater, group) in enumerate(RATERS):
            values = [str((number + index) % 5) for index in range(6)]
            yaml, name, ids = fill_copy(driver, url, rater, group, None, values)
            if not name.startswith("kelda-vale-2026-27-"):
                fail("the download is named %r, not after area, period and rater" % name)
            if "rater: " not in yaml or "rater_group: " + group not in yaml:
                fail("the file does not name its rater:\n" + yaml[:400])
            path = os.path.join(outdir, "raters-" + name)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(yaml + "\n")
            files.append(path)
        yaml, name, ids = fill_copy(driver, url, None, None, TABLES, None)
        if name != "kelda-vale-2026-27.yaml":
            fail("a copy with several tables is named %r" % name)
        if "raters:" not in yaml or "rater:" in yaml:
            fail("a copy with several tables does not declare them:\n" + yaml[:400])
        driver.refresh()
        time.sleep(0.5)
        restored = driver.find_element("id", "response-yaml").text
        if "Left out, not on the scale" not in driver.find_element("id", "q_%s_tables_error" % ids[2]).text:
            fail("a table's rating off the scale is not pointed out")
        if restored != yaml:
            fail("reloading lost the tables' boxes")
        tables_path = os.path.join(outdir, "raters-tables.yaml")
        with open(tables_path, "w", encoding="utf-8") as handle:
            handle.write(yaml + "\n")
    finally:
        driver.quit()

    for path in files + [tables_path]:
        checked = run(binary, "check", path)
        if checked.returncode != 0:
            fail("workbook check refused %s:\n%s" % (path, checked.stderr))
    merged_path = os.path.join(outdir, "raters-merged.yaml")
    if os.path.exists(merged_path):
        os.remove(merged_path)  # merge never replaces a file, and OUTDIR may hold an earlier run's
    merged = run(binary, "merge", *files, "-o", merged_path)
    if merged.returncode != 0:
        fail("workbook merge failed:\n" + merged.stderr)
    report = json.loads(run(binary, "report", merged_path, "--format", "json").stdout)
    names = sorted(rater["name"] for rater in report["consensus"]["raters"])
    if names != sorted(rater for rater, _ in RATERS):
        fail("the merged raters are %r" % names)
    first = report["elements"][0]["questions"][0]
    if len(first["ratings"]) != 3:
        fail("the merged first question has ratings %r, not one per rater" % first["ratings"])
    tables = json.loads(run(binary, "report", tables_path, "--format", "json").stdout)
    groups = tables["consensus"]["stakeholderGroups"]
    if groups != ["community", "council", "nhs"]:
        fail("the tables' groups read back as %r" % groups)
    third = tables["elements"][0]["questions"][2]
    if len(third["ratings"]) != 2:
        fail("the rating off the scale was not left out: %r" % third["ratings"])
    print("check-form-raters: passed: 3 raters' copies merged, a copy with %d tables read back by table" % len(TABLES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
