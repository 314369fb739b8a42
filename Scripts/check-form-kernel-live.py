#!/usr/bin/env python3
"""The kernel form's live report against `workbook report`, with everything the form can write.

    python3 Scripts/check-form-kernel-live.py FORM.html FROM-FORM.html WORKBOOK-BINARY WORKBOOK.yaml WORKDIR

FORM.html is `workbook form WORKBOOK --kernel K`; FROM-FORM.html the same with `--from LAST.yaml`.
In each, headless Chromium types what a workshop types: the details (a date, a head count, notes
over two lines), several tables with their groups and each table's ratings (one off the scale),
typed rating lists, N/A, evidence with markup, a target and a new action in the plan, and in
the `--from` form a carried action's new status. After each step the page's YAML is written to
a file and `workbook report --format json` and `--format html` on that file must equal, byte for
byte, what the page's kernel gives for the response the live report shows; the live summary's
overall score must be the report's. Then Report shows, and Download saves, exactly
`workbook report --format html`'s page, and Print prints that page. Run by Scripts/check-form.sh.
"""
import importlib.util
import json
import os
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("check_form", os.path.join(here, "check-form.py"))
check_form = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_form)
expect = check_form.expect
spec = importlib.util.spec_from_file_location("check_form_kernel", os.path.join(here, "check-form-kernel.py"))
check_form_kernel = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_form_kernel)
wait = check_form_kernel.wait

TABLES = [("Ōkawa table", "community"), ("Smith, J", "council"), ("Table 🙂 2", "nhs")]


def settle(driver):
    """Waits for the animation frame the live report re-scores in."""
    driver.execute_script("return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def compare(driver, binary, workbook, workdir, step):
    settle(driver)
    yaml = driver.execute_script("return document.getElementById('response-yaml').textContent")
    path = os.path.join(workdir, f"live-{step}.yaml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(yaml)
    request = driver.execute_script("return JSON.stringify(window.workbookLive.responseJSON())")
    for fmt in ("json", "html"):
        native = subprocess.run([binary, "report", "--workbook", workbook, path, "--format", fmt],
                                capture_output=True, text=True, timeout=120)
        expect(native.returncode in (0, 1), f"{step}: workbook report failed: {native.stderr}")
        live = driver.execute_script("return window.workbookLive.report(arguments[0], arguments[1])", request, fmt)
        if live != native.stdout:
            at = next((i for i, (a, b) in enumerate(zip(live, native.stdout)) if a != b), min(len(live), len(native.stdout)))
            raise check_form.Failure(
                f"{step}: the live {fmt} report differs from workbook report at character {at}:\n"
                f"  live:   {live[max(0, at - 80):at + 80]!r}\n  native: {native.stdout[max(0, at - 80):at + 80]!r}\n"
                f"  the file: {path}")
        if fmt == "json":
            overall = (json.loads(native.stdout).get("overall") or {}).get("score")
            shown = driver.execute_script("return document.getElementById('live-summary').dataset.overall")
            expect(shown == ("" if overall is None else str(overall)) or (overall is not None and float(shown) == overall),
                   f"{step}: the live summary shows {shown!r}, the report {overall!r}")
    return yaml


def type_into(driver, element_id, text, clear=True):
    element = driver.find_element("id", element_id)
    if clear:
        element.clear()
    element.send_keys(text)


def fill(driver, binary, workbook, workdir, name, carried):
    data = json.loads(driver.find_element("id", "workbook-data").get_attribute("textContent"))
    ids = [q for element in data["elements"] for q in element["questions"]]
    elements = [element["id"] for element in data["elements"]]
    type_into(driver, "field_area", "Kelda Vale")
    type_into(driver, "field_period", "2026/27")
    type_into(driver, "field_date", "2026-11-14")
    type_into(driver, "field_participants", "18")
    type_into(driver, "field_notes", "Two rooms <b>&</b> one \"hall\"\nsecond line")
    compare(driver, binary, workbook, workdir, f"{name}-details")
    for index, question in enumerate(ids[:6]):
        values = [r.get_attribute("value") for r in driver.find_elements("css selector", f'input[name="{question}"]')]
        pick = values[index % len(values)]
        driver.execute_script("arguments[0].click()", driver.find_element("css selector", f'input[name="{question}"][value="{pick}"]'))
    type_into(driver, f"q_{ids[6]}_ratings", "1, 2 3;4")
    type_into(driver, f"q_{ids[1]}_evidence", "Audit <script> & \"quotes\" — done")
    compare(driver, binary, workbook, workdir, f"{name}-ratings")
    type_into(driver, "field_tables", "\n".join(n + ": " + g for n, g in TABLES))
    for index, question in enumerate(ids[8:14]):
        for column in range(len(TABLES)):
            text = "9" if (index, column) == (2, 1) else str((index + column) % 5)
            type_into(driver, f"q_{question}_table_{column}", text)
    compare(driver, binary, workbook, workdir, f"{name}-tables")
    type_into(driver, f"plan_{elements[0]}_target", "3")
    type_into(driver, f"plan_{elements[1]}_what", "Agree one referral route <fast> & simple")
    type_into(driver, f"plan_{elements[1]}_owner", "Public health lead")
    type_into(driver, f"plan_{elements[1]}_due", "2027-03-31")
    if carried:
        select = driver.find_element("css selector", "select[id^=plan_carried_]")
        driver.execute_script("arguments[0].value = 'dropped'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", select)
    yaml = compare(driver, binary, workbook, workdir, f"{name}-plan")
    expect("raters:" in yaml and "targets:" in yaml and "actions:" in yaml, f"{name}: the YAML lacks tables or the plan:\n{yaml[:600]}")
    if carried:
        expect("status: dropped" in yaml, f"{name}: the carried action's status is not in the YAML")
    report_view(driver, binary, workbook, workdir, name)
    frame = driver.execute_script("const f = document.getElementById('live-drawing'); return f && f.contentDocument && f.contentDocument.querySelectorAll('[data-element]').length")
    expect(frame and frame >= len(elements), f"{name}: the live drawing shows {frame} elements, not {len(elements)}")


def report_view(driver, binary, workbook, workdir, name):
    """Report, then Download and Print, as a facilitator at the end of the day."""
    path = os.path.join(workdir, f"live-{name}-plan.yaml")
    native = subprocess.run([binary, "report", "--workbook", workbook, path, "--format", "html"],
                            capture_output=True, text=True, timeout=120).stdout
    driver.execute_script("document.getElementById('live-report-open').click()")
    settle(driver)
    shown = driver.execute_script("return document.getElementById('live-report-frame').srcdoc")
    expect(shown == native, f"{name}: the Report view is not workbook report --format html")
    downloads = os.path.join(workdir, "live-downloads")
    target = os.path.join(downloads, "report.html")
    if os.path.exists(target):
        os.remove(target)
    driver.execute_script("document.getElementById('live-report-download').click()")
    deadline = time.time() + 20
    while time.time() < deadline and not os.path.exists(target):
        time.sleep(0.1)
    time.sleep(0.3)
    expect(os.path.exists(target), f"{name}: Download the report wrote no report.html")
    with open(target, encoding="utf-8") as handle:
        expect(handle.read() == native, f"{name}: the downloaded report is not workbook report --format html")
    printed = driver.execute_script(
        "const frame = document.getElementById('live-report-frame'); let asked = false;"
        "frame.contentWindow.print = () => { asked = true; };"
        "document.getElementById('live-report-print').click(); return asked;")
    expect(printed, f"{name}: Print the report does not print the report's frame")


def main():
    form, from_form, binary, workbook, workdir = sys.argv[1:6]
    downloads = os.path.join(workdir, "live-downloads")
    os.makedirs(downloads, exist_ok=True)
    driver = check_form.start_browser(downloads)
    try:
        for name, path, carried in (("plain", form, False), ("from", from_form, True)):
            driver.get("file://" + os.path.abspath(path))
            driver.execute_script("window.localStorage.clear()")
            driver.get("file://" + os.path.abspath(path))
            wait(driver, "return document.getElementById('live-report').dataset.ready === 'true'", "the kernel")
            fill(driver, binary, workbook, workdir, name, carried)
        severe = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        expect(not severe, f"console errors: {severe}")
    finally:
        driver.quit()
    print(f"ok: the live report equals workbook report (JSON and HTML) at 8 steps: details, ratings, "
          f"several tables, the plan, with and without --from; Report, Download and Print work "
          f"({os.path.basename(workbook)})")


if __name__ == "__main__":
    try:
        main()
    except check_form.Failure as failure:
        print(f"FAIL: check-form-kernel-live: {failure}", file=sys.stderr)
        sys.exit(1)
