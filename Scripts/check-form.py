#!/usr/bin/env python3
"""Real-browser test of the workshop form (`workbook form`), with headless Chromium.

Two modes, driven by Scripts/check-form.sh:

  check-form.py fill FORM.html OUTDIR
      Opens the form, fills in every question (radio ratings, N/A, typed ratings lists with
      bad entries, evidence with tricky text, areas named `Yes` and `#1: x`), checks the live
      YAML, progress, validation messages, keyboard use, labels, the download and copy buttons,
      that a reload restores everything from localStorage, and that Clear asks first. Writes
      OUTDIR/<form>-<case>.yaml (the response, as shown in #response-yaml) and
      OUTDIR/<form>-<case>.expect.json (what each answer must read back as). Fails on any
      SEVERE browser console entry.

  check-form.py quoting FORM.html WORKBOOK-BINARY WORKBOOK.yaml
      Types texts into an evidence note and compares how the form quotes them with how
      YAMLQuoting.swift does (the `area:` line of `workbook new --area TEXT`).

  check-form.py pack PACK.html
      Opens the printable pack (`workbook form --print`): no script, no console errors, a grid
      per question, and printed to PDF it is A4 with the cover on a page of its own.

  check-form.py verify EXPECT.json REPORT.json
      Compares what `workbook report --format json` read from the response with what was typed:
      every question scored or N/A, nothing missing, and every text (area, evidence) back exactly.

When Chromium, chromedriver or selenium is missing it prints a SKIPPED line and exits 0.
"""

import json
import os
import shutil
import sys
import time

SKIP = ("SKIPPED: check-form (chromium not installed; "
        "apt-get install -y chromium chromium-driver && pip install selenium)")

# Texts that break naive YAML writers. Each must come back exactly (after trimming).
TRICKY = [
    'He said "yes": #1 \\ back\\slash',
    "Line one\nLine two: with a colon\n- and a dash line",
    "- starts with a dash",
    "Yes",
    "1e3",
    "#hashtag first",
    "ends with a colon:",
    "Côte-d’Or ✓ and an emoji 🙂 (via script)",
    "</script><script>alert(1)</script> & 'single'",
    "null",
    "@at, `tick`, %percent, {brace} [bracket] *star &amp !bang |pipe >gt",
    "0x1F",
    # No NEL (U+0085) here: it is a C1 control, which a response may not hold (docs/limits.md);
    # the form still quotes it (FORM_ONLY below), and `check` says where it is.
    "Odd characters: LS\u2028PS\u2029 BOM\ufeff tab\tend",
]

# Texts for comparing the form's quoting with YAMLQuoting.swift (through `workbook new --area`).
# Leading and trailing spaces are left out: the form trims what is typed.
QUOTING = [
    "Northmoor", "normal text", "Yes", "yes", "NO", "on", "Off", "y", "null", "Null", "~", "na", "N/A",
    "true", "1e3", "0x1F", "0o17", "2025", "2025/26", "2025-11-14", "12:30", "3.0", "+1", "-1", ".5",
    ".inf", "-.inf", ".nan", "1_000", "deadbeef", "Dec", "#1: x", ": x", "a: b", "a #b", "a#b", "a:b",
    "-x", "- x", "?", "?x", "x:", "'q'", '"q"', "@x", "`x`", "%x", "!x", "&x", "*x", "|x", ">x",
    "[x]", "{x}", ",x", "x, y", "Côte-d’Or", "tab\there", "line\nbreak", "back\\slash", "🙂 smile",
    "</script>", "--- x", "... x", "=", "<<",
]
# Where the form quotes and YAMLQuoting does not: characters libyaml refuses or reads as breaks.
FORM_ONLY = ["LS\u2028x", "BOM\ufeffx", "NEL\u0085x", "C1\u0090x"]

CASES = [
    {"name": "yes", "area": "Yes", "period": "2025/26", "date": "2025-11-14",
     "facilitator": "Sam O'Neill: lead # 1", "participants": "18",
     "notes": "Half-day workshop.\nTables: 1 to 6 \"as usual\"."},
    {"name": "hash", "area": "#1: x", "period": "2026", "date": None,
     "facilitator": None, "participants": None, "notes": None, "bad_participants": "12.5"},
]


def browser_paths():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver = shutil.which("chromedriver")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return None
    if not chromium or not driver:
        return None
    return chromium, driver


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def start_browser(downloads):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, driver_path = browser_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1800", "--lang=en-GB"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    try:
        driver.execute_cdp_cmd("Browser.grantPermissions", {
            "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    except Exception:  # older Chromium: the copy button then uses its fallback
        pass
    return driver


class Form:
    """The page under test, with helpers that act like a facilitator would."""

    def __init__(self, driver, url):
        self.driver = driver
        self.url = url
        self.console = []

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def collect_console(self):
        self.console.extend(self.driver.get_log("browser"))

    def yaml(self):
        return self.js("return document.getElementById('response-yaml').textContent")

    def data(self):
        return self.js("return JSON.parse(document.getElementById('workbook-data').textContent)")

    def by_name(self, name, tag="*"):
        from selenium.webdriver.common.by import By
        return self.driver.find_element(By.CSS_SELECTOR, f'{tag}[name="{name}"]')

    def type(self, element, text):
        element.clear()
        if all(ord(c) < 0x10000 and c not in "\t\u0085\u2028\u2029\ufeff" and not 0x80 <= ord(c) < 0xa0 for c in text):
            element.send_keys(text)
        else:  # chromedriver cannot type characters outside the BMP
            self.js("arguments[0].value = arguments[1];"
                    "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, text)

    def choose(self, question, value):
        from selenium.webdriver.common.by import By
        radio = self.driver.find_element(
            By.CSS_SELECTOR, f'input[type=radio][name="{question}"][value="{value}"]')
        self.js("arguments[0].scrollIntoView({block: 'center'});", radio)
        radio.click()
        expect(radio.is_selected(), f"clicking {question}={value} did not select it")

    def values(self):
        """Every control's value, for comparing before and after a reload."""
        return self.js("""
            const out = {};
            for (const el of document.querySelectorAll('input, textarea')) {
              if (el.type === 'radio') { if (el.checked) out[el.name] = el.value; }
              else out[el.name] = el.value;
            }
            return out;""")


def plan_answers(data, case_index):
    """What to do with each question, and what it must read back as."""
    values = [level["value"] for level in data["scale"]]
    questions = [q for element in data["elements"] for q in element["questions"]]
    plans = []
    for index, question in enumerate(questions):
        pattern = (index + case_index) % 7
        value = values[(index * 3 + case_index) % len(values)]
        ratings = [values[(index + k) % len(values)] for k in range(4)]
        evidence = TRICKY[(index + case_index) % len(TRICKY)] if pattern in (2, 4, 6) or index % 5 == 0 else None
        step = {"id": question, "evidence": evidence}
        if pattern in (0, 5):
            step.update(choose=value, expect={"score": value})
        elif pattern == 1:
            step.update(ratings=" ".join(ratings), expect={"ratings": ratings})
        elif pattern == 2:
            step.update(choose=value, expect={"score": value})
        elif pattern == 3 and data["notApplicable"]:
            step.update(choose="na", expect={"na": True})
        elif pattern == 3:
            step.update(choose=value, expect={"score": value})
        elif pattern == 4:
            step.update(ratings=", ".join(ratings[:2]), expect={"ratings": ratings[:2]})
        else:  # a choice, overridden by ratings, one of them off the scale and one not a number
            step.update(choose=value, ratings=f"{ratings[0]}  99 x {ratings[1]}",
                        bad=["99", "x"], expect={"ratings": ratings[:2]})
        plans.append(step)
    return plans


def answer_block(text, question):
    """The lines of one answer in the response YAML."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith((f"  {question}:", f'  "{question}":')):
            block = [line]
            for following in lines[index + 1:]:
                if not following.startswith("    "):
                    break
                block.append(following)
            return "\n".join(block)
    raise Failure(f"{question} is not in the response YAML")


def fill_case(form, case, case_index, outdir, stem, downloads):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = form.driver
    driver.get(form.url)
    driver.execute_script("localStorage.clear()")
    driver.get(form.url)
    data = form.data()
    questions = [q for element in data["elements"] for q in element["questions"]]
    total = len(questions)
    expect(form.js("return performance.getEntriesByType('resource').length") == 0, "the page fetched something")
    expect(f"0 of {total} questions answered" in form.js("return document.getElementById('progress-text').textContent"),
           "progress does not start at 0")

    # Labels: every input has one, every question is a fieldset with a legend.
    unlabelled = form.js("return Array.from(document.querySelectorAll('input, textarea'))"
                         ".filter(el => el.labels.length === 0).map(el => el.name)")
    expect(unlabelled == [], f"inputs without a label: {unlabelled[:5]}")
    expect(form.js("return document.querySelectorAll('fieldset.question > legend').length") == total,
           "every question needs a fieldset with a legend")

    # Workshop details.
    for name in ["area", "period", "facilitator", "participants", "notes"]:
        if case.get(name):
            form.type(form.by_name(name), case[name])
    if case.get("date"):
        form.js("const d = document.getElementById('field_date'); d.value = arguments[0];"
                "d.dispatchEvent(new Event('input', {bubbles: true}));", case["date"])

    # A head count that is not a whole number is shown as a mistake and left out.
    if case.get("bad_participants"):
        field = form.by_name("participants")
        form.type(field, case["bad_participants"])
        message = form.js("const e = document.getElementById('field_participants_error'); return e.hidden ? '' : e.textContent")
        expect("whole number" in message, f"no message for participants {case['bad_participants']!r}: {message!r}")
        expect("\nparticipants:" not in form.yaml(), "a bad head count reached the YAML")
        field.clear()
        form.js("arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", field)

    # Keyboard: arrow keys move through a question's radios, with a visible focus ring.
    first = questions[0]
    form.choose(first, data["scale"][0]["value"])
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    checked = form.js(f"return document.querySelector('input[name=\"{first}\"]:checked').value")
    expect(checked == data["scale"][1]["value"], f"arrow key did not move the rating (got {checked})")
    ring = form.js("return getComputedStyle(document.activeElement).outlineStyle")
    expect(ring not in ("none", ""), f"no visible focus ring on a focused radio ({ring})")

    plans = plan_answers(data, case_index)
    for step in plans:
        question = step["id"]
        if "choose" in step:
            form.choose(question, step["choose"])
        if "ratings" in step:
            form.type(driver.find_element(By.ID, f"q_{question}_ratings"), step["ratings"])
        if step["evidence"] is not None:
            form.type(driver.find_element(By.ID, f"q_{question}_evidence"), step["evidence"])
        if "bad" in step:
            message = form.js(f"const e = document.getElementById('q_{question}_ratings_error');"
                              "return e.hidden ? '' : e.textContent")
            for token in step["bad"]:
                expect(f"\u201c{token}\u201d" in message, f"{question}: no message for the bad rating {token!r}: {message!r}")

    yaml_text = form.yaml()
    expect(f"{total} of {total} questions answered" in form.js("return document.getElementById('progress-text').textContent"),
           "progress does not reach every question")
    incomplete = form.js("return Array.from(document.querySelectorAll('.nav-count')).filter(n => !n.classList.contains('complete')).length")
    expect(incomplete == 0, f"{incomplete} elements not shown complete")
    for step in plans:
        if "bad" in step:
            block = answer_block(yaml_text, step["id"])
            wanted = "ratings: [" + ", ".join(step["expect"]["ratings"]) + "]"
            expect(wanted in block, f"{step['id']}: expected {wanted!r} in {block!r}")

    # Reload: everything typed comes back from localStorage, and so does the YAML.
    before = form.values()
    driver.refresh()
    after = form.values()
    expect(before == after, "a reload lost values: " + str({k: (before.get(k), after.get(k))
                                                             for k in set(before) | set(after) if before.get(k) != after.get(k)}))
    expect(form.yaml() == yaml_text, "the YAML differs after a reload")

    # Download: the file is the YAML shown, named from the area and period.
    for old in os.listdir(downloads):
        os.remove(os.path.join(downloads, old))
    driver.find_element(By.ID, "download").click()
    name = form.js("return document.getElementById('download-name').textContent")
    path = os.path.join(downloads, name)
    for _ in range(100):
        if os.path.exists(path):
            break
        time.sleep(0.1)
    expect(os.path.exists(path), f"download did not produce {name}")
    with open(path, encoding="utf-8") as handle:
        expect(handle.read() == yaml_text, "the downloaded file differs from the YAML shown")

    # Copy: through the clipboard API, or the fallback that says what to do.
    driver.find_element(By.ID, "copy").click()
    time.sleep(0.3)
    status = form.js("return document.getElementById('status').textContent")
    expect(status.startswith("Copied") or "would not copy" in status, f"copy said: {status!r}")
    copied = "the select-and-copy fallback"
    if status.startswith("Copied"):
        copied = "the clipboard (not readable back here)"
        clip = driver.execute_async_script(
            "const done = arguments[0]; navigator.clipboard.readText().then(done, () => done(null));")
        if clip is not None:
            expect(clip == yaml_text, "the clipboard differs from the YAML shown")
            copied = "the clipboard, read back identical"

    stem_case = f"{stem}-{case['name']}"
    with open(os.path.join(outdir, stem_case + ".yaml"), "w", encoding="utf-8") as handle:
        handle.write(yaml_text)
    expectation = {"area": case["area"], "period": case["period"], "total": total, "answers": {
        step["id"]: dict(step["expect"], evidence=step["evidence"].strip() if step["evidence"] else None)
        for step in plans}, "file": name}
    with open(os.path.join(outdir, stem_case + ".expect.json"), "w", encoding="utf-8") as handle:
        json.dump(expectation, handle, ensure_ascii=False, indent=1)
    check_with_pyyaml(yaml_text, expectation)

    # Clear asks first: dismissing keeps everything, accepting wipes the form and the storage.
    driver.find_element(By.ID, "clear").click()
    driver.switch_to.alert.dismiss()
    expect(form.yaml() == yaml_text, "dismissing Clear changed the form")
    driver.find_element(By.ID, "clear").click()
    driver.switch_to.alert.accept()
    expect(form.js(f"return localStorage.getItem({json.dumps(data['storageKey'])})") is None, "Clear left the storage")
    driver.refresh()
    expect(all(v == "" for v in form.values().values()), "values came back after Clear and a reload")
    form.collect_console()
    return name, copied


def check_with_pyyaml(text, expectation):
    """Reads the YAML as a YAML 1.1 reader would (PyYAML), when it is installed."""
    try:
        import yaml
    except ImportError:
        return
    document = yaml.safe_load(text)
    expect(document["area"] == expectation["area"], f"PyYAML reads the area as {document['area']!r}")
    expect(str(document["period"]) == expectation["period"] or document["period"] == expectation["period"],
           f"PyYAML reads the period as {document['period']!r}")
    for question, wanted in expectation["answers"].items():
        answer = document["answers"][question]
        evidence = answer.get("evidence") if isinstance(answer, dict) else None
        expect(evidence == wanted["evidence"], f"PyYAML reads {question}'s evidence as {evidence!r}")


def fill(form_path, outdir):
    paths = browser_paths()
    if paths is None:
        print(SKIP)
        return 0
    downloads = os.path.join(outdir, "downloads")
    os.makedirs(downloads, exist_ok=True)
    stem = os.path.splitext(os.path.basename(form_path))[0]
    driver = start_browser(downloads)
    form = Form(driver, "file://" + os.path.abspath(form_path))
    try:
        results = [fill_case(form, case, index, outdir, stem, downloads) for index, case in enumerate(CASES)]
    finally:
        try:
            form.collect_console()
        finally:
            driver.quit()
    severe = [entry for entry in form.console if entry.get("level") == "SEVERE"]
    expect(not severe, f"browser console errors: {severe}")
    names = ", ".join(name for name, _ in results)
    print(f"ok: {stem}: {len(CASES)} workshops filled, reloaded, downloaded ({names}), "
          f"copied via {results[0][1]}, cleared; {len(form.console)} console entries, none severe")
    return 0


def quoting(form_path, binary, workbook):
    """The form's YAML quoting against YAMLQuoting.swift: the same text for every string in
    QUOTING (as `workbook new --area` writes it), and double quotes for FORM_ONLY."""
    import subprocess

    if browser_paths() is None:
        print(SKIP)
        return 0
    driver = start_browser(os.path.dirname(os.path.abspath(form_path)))
    form = Form(driver, "file://" + os.path.abspath(form_path))
    try:
        driver.get(form.url)
        driver.execute_script("localStorage.clear()")
        driver.get(form.url)
        question = form.data()["elements"][0]["questions"][0]
        from selenium.webdriver.common.by import By
        evidence = driver.find_element(By.ID, f"q_{question}_evidence")
        for text in QUOTING + FORM_ONLY:
            form.type(evidence, text)
            written = answer_block(form.yaml(), question).split("evidence: ", 1)[1]
            if text in FORM_ONLY:
                expect(written.startswith('"') and written.endswith('"'), f"the form writes {text!r} unquoted")
                continue
            new = subprocess.run([binary, "new", workbook, "--area=" + text, "--period=p"],
                                 capture_output=True, text=True, check=True).stdout
            swift = next(line for line in new.split("\n") if line.startswith("area: "))[len("area: "):]
            expect(written == swift, f"{text!r}: the form writes {written}, YAMLQuoting writes {swift}")
        driver.execute_script("localStorage.clear()")
        form.collect_console()
    finally:
        driver.quit()
    severe = [entry for entry in form.console if entry.get("level") == "SEVERE"]
    expect(not severe, f"browser console errors: {severe}")
    print(f"ok: quoting: {len(QUOTING)} texts written exactly as YAMLQuoting.swift writes them, "
          f"{len(FORM_ONLY)} more quoted by the form only")
    return 0


def pack(pack_path):
    """Opens the printable pack: no console errors, a grid per question, and printed on A4 the
    cover has a page of its own (the elements then follow one another; Scripts/check-print.py
    checks that no heading is left at a page foot)."""
    import base64

    if browser_paths() is None:
        print(SKIP)
        return 0
    driver = start_browser(os.path.dirname(os.path.abspath(pack_path)))
    try:
        driver.get("file://" + os.path.abspath(pack_path))
        sheets = driver.execute_script("return document.querySelectorAll('section.sheet.element').length")
        grids = driver.execute_script("return document.querySelectorAll('table.grid').length")
        scripts = driver.execute_script("return document.scripts.length")
        expect(sheets > 0 and grids >= sheets, f"{sheets} element pages, {grids} grids")
        expect(scripts == 0, "the pack should have no script")
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})
        data = base64.b64decode(pdf["data"])
        pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        expect(pages >= 2, f"{pages} printed pages for a cover and {sheets} elements")
        expect(b"/MediaBox [0 0 595" in data or b"/MediaBox [0 0 594" in data, "the pack does not print on A4")
        severe = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        expect(not severe, f"browser console errors: {severe}")
    finally:
        driver.quit()
    print(f"ok: {os.path.basename(pack_path)}: cover + {sheets} elements, {grids} rating grids, "
          f"{pages} A4 pages printed")
    return 0


def verify(expect_path, report_path):
    with open(expect_path, encoding="utf-8") as handle:
        wanted = json.load(handle)
    with open(report_path, encoding="utf-8") as handle:
        report = json.load(handle)
    expect(report["area"] == wanted["area"], f"report area {report['area']!r} != {wanted['area']!r}")
    expect(report["period"] == wanted["period"], f"report period {report['period']!r} != {wanted['period']!r}")
    expect(report["missing"] == [], f"unanswered questions: {report['missing']}")
    seen = {q["id"]: q for element in report["elements"] for q in element["questions"]}
    expect(len(seen) == wanted["total"], f"{len(seen)} questions in the report, {wanted['total']} in the form")
    for question, answer in wanted["answers"].items():
        got = seen[question]
        if answer.get("na"):
            expect(got["notApplicable"], f"{question} should be N/A")
        elif "ratings" in answer:
            expect(got["ratings"] == [float(v) for v in answer["ratings"]], f"{question}: ratings {got['ratings']} != {answer['ratings']}")
        else:
            expect(got["score"] == float(answer["score"]), f"{question}: score {got['score']} != {answer['score']}")
        expect(got["evidence"] == answer["evidence"], f"{question}: evidence {got['evidence']!r} != {answer['evidence']!r}")
    print(f"ok: {os.path.basename(report_path)}: {wanted['total']} questions scored or N/A, texts read back exactly")
    return 0


def main(arguments):
    try:
        if len(arguments) == 3 and arguments[0] == "fill":
            return fill(arguments[1], arguments[2])
        if len(arguments) == 4 and arguments[0] == "quoting":
            return quoting(arguments[1], arguments[2], arguments[3])
        if len(arguments) == 2 and arguments[0] == "pack":
            return pack(arguments[1])
        if len(arguments) == 3 and arguments[0] == "verify":
            return verify(arguments[1], arguments[2])
        if arguments == ["probe"]:
            if browser_paths() is None:
                print(SKIP)
                return 3
            return 0
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
