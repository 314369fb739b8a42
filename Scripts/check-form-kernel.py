#!/usr/bin/env python3
"""The form with the wasm kernel (`workbook form --kernel`), in headless Chromium.

    python3 Scripts/check-form-kernel.py FORM.html WORKBOOK-BINARY WORKBOOK.yaml WORKDIR

Opens the form from disk, checks that the kernel loads (no console errors, the strict CSP
with only 'wasm-unsafe-eval' added), rates a few questions (a choice, typed ratings, N/A,
evidence), and checks that the live overall score equals `workbook report --format json`'s
for the response file the form downloads, and that the Report view's HTML equals
`workbook report --format html` byte for byte. Prints the re-score time measured in the page
(performance.now around wb_report). Run by Scripts/check-form.sh.
"""
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("check_form", os.path.join(here, "check-form.py"))
check_form = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_form)
expect = check_form.expect


def wait(driver, script, what, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if driver.execute_script(script):
            return
        time.sleep(0.05)
    raise check_form.Failure(f"timed out waiting for {what}")


def main():
    form, binary, workbook, workdir = sys.argv[1:5]
    from selenium.webdriver.common.by import By

    downloads = os.path.join(workdir, "kernel-downloads")
    os.makedirs(downloads, exist_ok=True)
    driver = check_form.start_browser(downloads)
    try:
        driver.get("file://" + os.path.abspath(form))
        wait(driver, "return document.getElementById('live-report').dataset.ready === 'true'", "the kernel")
        policy = driver.execute_script(
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
        expect("'wasm-unsafe-eval'" in policy and "'unsafe-eval' " not in policy, f"unexpected CSP: {policy}")
        driver.find_element(By.ID, "field_area").send_keys("Kernel Vale")
        driver.find_element(By.ID, "field_period").send_keys("2026/27")
        fieldsets = driver.find_elements(By.CSS_SELECTOR, "fieldset.question")
        expect(len(fieldsets) >= 4, "too few questions to rate")
        radios = fieldsets[0].find_elements(By.CSS_SELECTOR, "input[type=radio]")
        driver.execute_script("arguments[0].click()", radios[-1 if radios[-1].get_attribute("value") != "na" else -2])
        radios = fieldsets[1].find_elements(By.CSS_SELECTOR, "input[type=radio]")
        driver.execute_script("arguments[0].click()", radios[0])
        question = fieldsets[2].get_attribute("id")[2:]
        scale = [r.get_attribute("value") for r in fieldsets[2].find_elements(By.CSS_SELECTOR, "input[type=radio]")
                 if r.get_attribute("value") != "na"]
        typed = driver.find_element(By.ID, f"q_{question}_ratings")
        driver.execute_script("arguments[0].closest('details') && (arguments[0].closest('details').open = true)", typed)
        typed.send_keys(f"{scale[0]} {scale[-1]} {scale[1]}")
        evidence = driver.find_element(By.ID, f"q_{fieldsets[3].get_attribute('id')[2:]}_evidence")
        driver.execute_script("arguments[0].closest('details') && (arguments[0].closest('details').open = true)", evidence)
        evidence.send_keys("Minutes <of> the board & \"partners\"")
        radios = fieldsets[3].find_elements(By.CSS_SELECTOR, "input[type=radio]")
        driver.execute_script("arguments[0].click()", radios[1])
        time.sleep(0.3)
        driver.execute_script("window.workbookLive.rescore()")
        live = driver.execute_script("return document.getElementById('live-summary').dataset.overall")
        summary = driver.find_element(By.ID, "live-summary").text
        expect(live not in (None, ""), f"no live overall score: {summary}")

        for old in os.listdir(downloads):
            os.remove(os.path.join(downloads, old))
        driver.find_element(By.ID, "download").click()
        name = driver.execute_script("return document.getElementById('download-name').textContent")
        path = os.path.join(downloads, name)
        deadline = time.time() + 10
        while not os.path.exists(path) and time.time() < deadline:
            time.sleep(0.1)
        expect(os.path.exists(path), f"download did not produce {name}")
        # Run in the downloads folder with the bare name: the report cites the file as the page does.
        binary = os.path.abspath(binary)
        workbook = os.path.abspath(workbook)
        report = json.loads(subprocess.run([binary, "report", "--workbook", workbook, name, "--format", "json"],
                                           check=True, capture_output=True, cwd=downloads).stdout)
        native = report["overall"]["score"]
        expect(native is not None and float(live) == float(native),
               f"live overall score {live} differs from workbook report's {native}")

        driver.find_element(By.ID, "live-report-open").click()
        wait(driver, "return document.getElementById('live-report-frame').srcdoc.length > 0", "the report")
        html = driver.execute_script("return document.getElementById('live-report-frame').srcdoc")
        native_html = subprocess.run([binary, "report", "--workbook", workbook, name, "--format", "html"],
                                     check=True, capture_output=True, cwd=downloads).stdout.decode("utf-8")
        same_html = html == native_html
        if not same_html:
            with open(os.path.join(workdir, "kernel-report.html"), "w", encoding="utf-8") as handle:
                handle.write(html)
            with open(os.path.join(workdir, "native-report.html"), "w", encoding="utf-8") as handle:
                handle.write(native_html)

        times = driver.execute_script(
            "const t = window.workbookLive.timings; t.length = 0;"
            "for (let i = 0; i < 30; i++) window.workbookLive.rescore(); return t.slice();")
        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        expect(not errors, f"console errors: {errors}")
        expect(same_html, "the Report view's HTML differs from workbook report --format html "
               f"(kept as {workdir}/kernel-report.html and native-report.html)")
        print(f"ok: kernel form {os.path.basename(form)} ({os.path.getsize(form)} bytes): live overall {live} "
              f"= workbook report; HTML report identical ({len(native_html)} bytes); re-score median "
              f"{statistics.median(times):.2f} ms, max {max(times):.2f} ms over {len(times)} (performance.now "
              "around wb_report)")
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        main()
    except check_form.Failure as failure:
        print(f"FAIL: check-form-kernel: {failure}", file=sys.stderr)
        sys.exit(1)
