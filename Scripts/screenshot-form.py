#!/usr/bin/env python3
"""The kernel form's screenshots, offline: run by Scripts/screenshot-form.sh, which says what they show.

    python3 Scripts/screenshot-form.py FORM.html OUT-DIR WORKDIR
"""
import importlib.util
import json
import os
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


def main():
    form, out, workdir = sys.argv[1:4]
    from selenium.webdriver.common.by import By

    if check_form.browser_paths() is None:
        raise check_form.Failure("needs chromium, chromium-driver and selenium "
                                 "(apt-get install -y chromium chromium-driver && pip install selenium)")
    driver = check_form.start_browser(os.path.join(workdir, "downloads"))
    try:
        driver.set_window_size(1200, 1600)
        # The network off before the page loads: the form must need nothing but itself.
        driver.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
        expect(driver.get_network_conditions().get("offline") is True, "the network could not be switched off")
        driver.get("file://" + os.path.abspath(form))
        wait(driver, "return document.getElementById('live-report').dataset.ready === 'true'", "the kernel (offline)")
        expect(driver.execute_script("return navigator.onLine") is False, "the page still sees a network")
        fetched = driver.execute_script(
            "return performance.getEntriesByType('resource').map((entry) => entry.name)"
            ".filter((name) => !name.startsWith('file:') && !name.startsWith('data:') && !name.startsWith('blob:'))")
        expect(fetched == [], f"the form asked the network for {fetched}")

        data = json.loads(driver.execute_script("return document.getElementById('workbook-data').textContent"))
        levels = [level["value"] for level in data["scale"]]
        driver.find_element(By.ID, "field_area").send_keys("Northmoor")
        driver.find_element(By.ID, "field_period").send_keys("2026/27")
        # POTS elements rated so that they land in all three bands and the workbook's rules
        # raise findings: well evidenced and run services that do not reach the most
        # disadvantaged (quality-without-reach), several weak links at once, and a weak
        # balancing element. The other elements stay blank.
        plan = {"evidence": -1, "effectiveness": -2, "cost-effectiveness": 2, "accessibility": 1,
                "equity-targeting": 0, "leadership": 1}
        elements = {element["id"]: element for element in data["elements"]}
        expect(set(plan) <= set(elements), f"not the POTS workbook: {sorted(elements)}")
        for id, level in plan.items():
            for question in elements[id]["questions"]:
                label = driver.find_element(By.CSS_SELECTOR, f"label[for='q_{question}_{levels[level]}']")
                driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
                label.click()
        # One question rated by three tables that disagree (typed), and some evidence.
        question = elements["engagement"]["questions"][0]
        typed = driver.find_element(By.ID, f"q_{question}_ratings")
        driver.execute_script("const d = arguments[0].closest('details'); if (d) d.open = true;", typed)
        typed.send_keys(f"{levels[0]} {levels[-1]} {levels[1]}")
        evidence = driver.find_element(By.ID, f"q_{elements['evidence']['questions'][0]}_evidence")
        driver.execute_script("const d = arguments[0].closest('details'); if (d) d.open = true;", evidence)
        evidence.send_keys("Board minutes, March 2026")
        time.sleep(0.5)

        live = json.loads(driver.execute_script(
            "return window.workbookLive.report(JSON.stringify(window.workbookLive.responseJSON()), 'json')"))
        bands = {element["band"] for element in live["elements"] if element["id"] in plan}
        expect(len(bands) == 3, f"the rated elements do not land in three bands: {bands}")
        expect(live["findings"], "no finding to show")
        panel = driver.find_element(By.ID, "live-report")
        # Tall enough for the whole panel: an element's screenshot stops at the window's foot.
        driver.set_window_size(1280, int(driver.execute_script("return arguments[0].offsetHeight", panel)) + 300)
        time.sleep(0.3)
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", panel)
        summary = driver.find_element(By.ID, "live-summary").text
        expect("Overall score:" in summary and "not scored" not in summary.split(".")[0], f"no live score: {summary}")
        panel.screenshot(os.path.join(out, "form-live.png"))
        print(f"wrote {out}/form-live.png (offline; {summary})")

        driver.find_element(By.ID, "live-report-open").click()
        wait(driver, "return document.getElementById('live-report-frame').srcdoc.length > 0", "the report")
        frame = driver.find_element(By.ID, "live-report-frame")
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", frame)
        time.sleep(0.5)
        frame.screenshot(os.path.join(out, "form-report.png"))
        print(f"wrote {out}/form-report.png (the Report view, offline)")
        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        expect(not errors, f"console errors: {errors}")
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        main()
    except check_form.Failure as failure:
        print(f"FAIL: screenshot-form: {failure}", file=sys.stderr)
        sys.exit(1)
