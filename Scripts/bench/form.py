#!/usr/bin/env python3
"""The kernel form's budgets, for Scripts/bench.sh: printed, never asserted.

    python3 Scripts/bench/form.py WORKBOOK-BINARY KERNEL.wasm WORKDIR

- size: each bundled workbook's kernel form in bytes, against 2 MB (2,000,000 bytes). The
  ready forms in forms/ID.html are measured where they exist (they are what is handed out);
  the others are written with `workbook form ID --kernel KERNEL.wasm`.
- re-score: in headless Chromium, on the form of the bundled workbook with the most questions,
  RATING_CHANGES real rating changes made the way a facilitator makes them (clicking a level's
  label, typing a table's ratings), each left to its own re-score; the figures are the page's
  own window.workbookLive.timings (performance.now around the kernel's report), against 16 ms
  (one frame at 60 Hz).
- time to usable: data-ready-ms of #live-report (performance.now when the kernel has loaded the
  workbook and the controls answer), median of LOADS fresh loads, each in a new browser, against 1 s.

A line says "not measured: why" when the kernel or Chromium is missing.
"""
import importlib.util
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time

WORKBOOKS = ["pots", "christmas-tree", "place-based-planning", "inclusion-health", "community-engagement", "delivery-plan"]
SIZE_BUDGET = 2_000_000
RESCORE_BUDGET_MS = 16
READY_BUDGET_MS = 1000
RATING_CHANGES = 40
LOADS = 5

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
spec = importlib.util.spec_from_file_location("check_form", os.path.join(root, "Scripts", "check-form.py"))
check_form = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_form)


def verdict(met):
    return "met" if met else "NOT met"


def is_kernel_form(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        return 'id="live-report"' in handle.read()


def question_count(path):
    with open(path, encoding="utf-8") as handle:
        page = handle.read()
    match = re.search(r'<script type="application/json" id="workbook-data">(.*?)</script>', page, re.S)
    data = json.loads(match.group(1))
    return sum(len(element["questions"]) for element in data["elements"])


def forms(binary, kernel, workdir):
    """ID -> (path, where it came from), or a reason nothing can be measured."""
    found = {}
    for id in WORKBOOKS:
        ready = os.path.join(root, "forms", f"{id}.html")
        if os.path.isfile(ready) and is_kernel_form(ready):
            found[id] = (ready, "forms/")
    missing = [id for id in WORKBOOKS if id not in found]
    if missing and not os.path.isfile(kernel):
        shown = os.path.relpath(kernel, root) if kernel.startswith(root + os.sep) else kernel
        return None, f"no kernel at {shown} (Scripts/build-wasm.sh builds it) and no forms/ID.html for {', '.join(missing)}"
    os.makedirs(workdir, exist_ok=True)
    for id in missing:
        path = os.path.join(workdir, f"{id}-kernel.html")
        # From the root with the relative path, as the checks write them (the page cites it).
        subprocess.run([binary, "form", f"workbooks/{id}.yaml", "--kernel", kernel, "-o", path],
                       check=True, capture_output=True, cwd=root)
        found[id] = (path, "written with --kernel")
    return found, None


def percentile(values, fraction):
    """Nearest rank: the smallest value with at least that fraction of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * fraction) - 1)]


def wait_ready(driver, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        ready = driver.execute_script("const p = document.getElementById('live-report');"
                                      "return p && p.dataset.ready === 'true' ? Number(p.dataset.readyMs) : null;")
        if ready is not None:
            return ready
        time.sleep(0.02)
    raise check_form.Failure("the kernel did not load in 30 s")


def rescore_times(form, workdir):
    """The page's timings for RATING_CHANGES real changes, and how many re-scores they made."""
    from selenium.webdriver.common.by import By

    driver = check_form.start_browser(os.path.join(workdir, "downloads"))
    try:
        driver.get("file://" + form)
        wait_ready(driver)
        fieldsets = driver.find_elements(By.CSS_SELECTOR, "fieldset.question")
        driver.execute_script("window.workbookLive.timings.length = 0")
        changes = 0
        for i in range(RATING_CHANGES):
            fieldset = fieldsets[(i * 7) % len(fieldsets)]  # spread over the elements
            question = fieldset.get_attribute("data-question")
            before = driver.execute_script("return window.workbookLive.timings.length")
            if i % 5 == 4:
                # A table's ratings, typed: every keystroke is an input event; the panel
                # re-scores at most once a frame.
                typed = driver.find_element(By.ID, f"q_{question}_ratings")
                driver.execute_script("const d = arguments[0].closest('details'); if (d) d.open = true;"
                                      "arguments[0].scrollIntoView({block: 'center'})", typed)
                typed.send_keys(" 1 3" if i % 2 else " 4 2")
            else:
                labels = [label for label in fieldset.find_elements(By.CSS_SELECTOR, "label.option")
                          if not label.find_element(By.TAG_NAME, "input").is_selected()
                          and label.find_element(By.TAG_NAME, "input").get_attribute("value") != "na"]
                label = labels[i % len(labels)]
                driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
                label.click()
            deadline = time.time() + 5
            while driver.execute_script("return window.workbookLive.timings.length") == before:
                if time.time() > deadline:
                    raise check_form.Failure(f"change {i + 1} ({question}) made no re-score")
                time.sleep(0.01)
            time.sleep(0.05)  # let the frame's re-score finish before the next change
            changes += 1
        return driver.execute_script("return window.workbookLive.timings.slice()"), changes
    finally:
        driver.quit()


def ready_times(form, workdir):
    times = []
    for load in range(LOADS):
        driver = check_form.start_browser(os.path.join(workdir, "downloads"))
        try:
            driver.get("file://" + form)
            times.append(wait_ready(driver))
        finally:
            driver.quit()
    return times


def main():
    binary, kernel, workdir = (os.path.abspath(path) for path in sys.argv[1:4])
    found, why = forms(binary, kernel, workdir)
    if found is None:
        print(f"kernel form size: not measured: {why}")
        print(f"form re-score in headless Chromium: not measured: {why}")
        print(f"form time to usable in headless Chromium: not measured: {why}")
        return
    sizes = {id: os.path.getsize(path) for id, (path, _) in found.items()}
    largest_size = max(sizes.values())
    print(f"kernel form size (budget 2 MB = 2,000,000 bytes): largest {largest_size:,} bytes: {verdict(largest_size <= SIZE_BUDGET)}")
    for id in WORKBOOKS:
        path, source = found[id]
        print(f"  {id:22} {sizes[id]:>10,} bytes  {verdict(sizes[id] <= SIZE_BUDGET):7}  ({source})")

    if check_form.browser_paths() is None:
        why = "no Chromium, chromedriver or selenium (apt-get install -y chromium chromium-driver && pip install selenium)"
        print(f"form re-score in headless Chromium: not measured: {why}")
        print(f"form time to usable in headless Chromium: not measured: {why}")
        return
    counts = {id: question_count(path) for id, (path, _) in found.items()}
    biggest = max(WORKBOOKS, key=lambda id: (counts[id], -WORKBOOKS.index(id)))
    form = os.path.abspath(found[biggest][0])
    times, changes = rescore_times(form, workdir)
    worst = max(times)
    print(f"form re-score in headless Chromium ({biggest}, {counts[biggest]} questions; {len(times)} re-scores from "
          f"{changes} rating changes, clicked and typed): median {statistics.median(times):.2f} ms, "
          f"p95 {percentile(times, 0.95):.2f} ms, max {worst:.2f} ms (budget {RESCORE_BUDGET_MS} ms): "
          f"{verdict(worst <= RESCORE_BUDGET_MS)}")
    loads = ready_times(form, workdir)
    median = statistics.median(loads)
    print(f"form time to usable in headless Chromium ({biggest}; data-ready-ms, median of {LOADS} fresh loads: "
          f"{', '.join(f'{t:.0f}' for t in loads)} ms): {median:.0f} ms (budget {READY_BUDGET_MS} ms): "
          f"{verdict(median <= READY_BUDGET_MS)}")


if __name__ == "__main__":
    try:
        main()
    except check_form.Failure as failure:
        print(f"form in headless Chromium: not measured: {failure}")
