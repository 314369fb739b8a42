#!/usr/bin/env python3
"""Real-browser test of the form's plan for the next round, with headless Chromium.

  check-form-plan.py FORM.html OUT.yaml

FORM.html is `workbook form pots --from examples/rounds/harrowgate-moor-2025.yaml`. The script
checks that the form started from last round's file (its area and targets filled in, its open
actions listed with their status, its evidence beside the questions, and not one rating
chosen), rates every question so that service volumes is the one weakest link, checks that the
form marks it and says it has no action, sets a target and agrees an action (owner, date) for
it, marks a carried action done, and writes the response file the form shows to OUT.yaml
(Scripts/check-form.sh then runs `workbook check` and `workbook report` on it).
Uses the helpers of check-form.py; prints SKIPPED like it when Chromium is missing.
"""

import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location("check_form", os.path.join(os.path.dirname(__file__), "check-form.py"))
check_form = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_form)
expect = check_form.expect


def run(form_path, out_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = check_form.start_browser(os.path.dirname(os.path.abspath(out_path)))
    try:
        form = check_form.Form(driver, "file://" + os.path.abspath(form_path))
        driver.get(form.url)
        form.js("window.localStorage.clear();")
        driver.get(form.url)
        data = form.data()
        # Started from last round: area and targets in, nothing rated, evidence shown.
        expect(form.by_name("area").get_attribute("value") == "Harrowgate Moor", "the area is not carried over")
        expect(form.by_name("period").get_attribute("value") == "", "the period should be left for the new round")
        expect(form.by_name("plan--service-volumes--target").get_attribute("value") == "2", "the target is not carried over")
        checked = form.js("return document.querySelectorAll('input[type=radio]:checked').length")
        expect(checked == 0, f"{checked} ratings are chosen in a form started from last round: none should be")
        hints = form.js("return Array.from(document.querySelectorAll('.last-round')).map(p => p.textContent)")
        expect(any("Evening blood pressure clinics" in hint for hint in hints), "last round's evidence is not shown")
        statuses = form.js("return Array.from(document.querySelectorAll('.carried-action select')).map(s => s.name + '=' + s.value)")
        # Listed under the element each addresses, in workbook order.
        expect(statuses == ["plan-carried--champions-model=planned", "plan-carried--home-monitoring=in-progress",
                            "plan-carried--referral-route=in-progress"], f"carried actions: {statuses}")
        yaml = form.yaml()
        expect("\nanswers:" in yaml and "status: in-progress" in yaml, "the carried actions are not in the file")
        # Rate: service volumes 1 everywhere, everything else 3.
        form.type(form.by_name("period"), "2026/27")
        for element in data["elements"]:
            value = "1" if element["id"] == "service-volumes" else "3"
            for question in element["questions"]:
                form.choose(question, value)
        weak = form.js("return Array.from(document.querySelectorAll('.weak-badge')).filter(b => !b.hidden)"
                       ".map(b => b.id)")
        expect(weak == ["plan_service-volumes_weak"], f"the weakest links marked: {weak}")
        summary = driver.find_element(By.ID, "plan-summary").text
        expect("No action agreed yet for Service volumes" in summary, f"the plan summary says: {summary}")
        # Agree an action and a target for it; mark a carried action done.
        form.type(form.by_name("plan--service-volumes--target"), "2.5")
        form.type(form.by_name("plan--service-volumes--what"), "Open a Saturday follow-up clinic: #1 priority")
        form.type(form.by_name("plan--service-volumes--owner"), "ICB planned care lead")
        due = form.by_name("plan--service-volumes--due")
        form.js("arguments[0].value = '2027-03-31'; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", due)
        Select(form.by_name("plan-carried--referral-route", "select")).select_by_value("done")
        summary = driver.find_element(By.ID, "plan-summary").text
        expect("No action agreed" not in summary, f"the plan summary still says: {summary}")
        yaml = form.yaml()
        for line in ["  service-volumes: 2.5", "  - id: service-volumes-2026-27", "    element: service-volumes",
                     '    what: "Open a Saturday follow-up clinic: #1 priority"', "    owner: ICB planned care lead",
                     "    due: 2027-03-31", "  - id: referral-route"]:
            expect(line + "\n" in yaml, f"the response file lacks {line!r}:\n{yaml[:1500]}")
        expect(yaml.index("status: done") < yaml.index("id: home-monitoring"), "referral-route is not marked done")
        # A reload keeps the plan.
        driver.get(form.url)
        expect(form.by_name("plan--service-volumes--what").get_attribute("value").startswith("Open a Saturday"),
               "the plan is not restored after a reload")
        expect(form.yaml() == yaml, "the response file differs after a reload")
        form.collect_console()
        severe = [entry for entry in form.console if entry.get("level") == "SEVERE"]
        expect(not severe, f"browser console errors: {severe}")
        with open(out_path, "w", encoding="utf-8") as handle:
            handle.write(yaml)
    finally:
        driver.quit()
    return 0


def main(arguments):
    if check_form.browser_paths() is None:
        print(check_form.SKIP)
        return 0
    if len(arguments) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    try:
        return run(arguments[0], arguments[1])
    except check_form.Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
