#!/usr/bin/env python3
"""WCAG 2.2 A and AA check of every HTML page the tool writes, with axe-core in headless Chromium.

    check-accessibility.py PAGE.html [form:FORM.html ...]
    check-accessibility.py probe          exit 0 when everything needed is installed, else 3

Each page is opened in headless Chromium through selenium. The pages forbid every script
with a Content-Security-Policy, so the DevTools protocol's `Page.setBypassCSP` is turned on
first; then axe-core (the `axe.min.js` the PyPI package axe-playwright-python ships, 4.x) is
injected and run with the WCAG tags wcag2a, wcag2aa, wcag21a, wcag21aa and wcag22aa. A page
given as `form:FILE` is the workshop form: it is checked empty, then again after every question
has been rated, a table's ratings typed and the details filled in (the form's own script runs).
Each page is checked at 1280 px and at 400 px wide.

Exit status: 0 no violation; 1 a violation (each is listed: rule, impact, the elements);
3 SKIPPED (no chromium, chromedriver, selenium or axe-playwright-python).
"""

import json
import os
import shutil
import sys

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = [1280, 400]
SKIP = ("SKIPPED: check-accessibility (needs chromium chromium-driver, pip install selenium, "
        "and pip install --no-deps axe-playwright-python)")


def axe_source():
    """axe.min.js from the axe-playwright-python package, or None when it is not installed."""
    try:
        import axe_playwright_python
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    # On Debian /usr/bin/chromium is a wrapper script; selenium wants the real binary.
    real = "/usr/lib/chromium/chromium"
    options.binary_location = real if os.path.exists(real) else chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1800", "--lang=en-GB"):
        options.add_argument(flag)
    # An explicit driver path, so Selenium never tries to download one.
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


FILL_FORM = """
const set = (id, value) => {
  const field = document.getElementById(id);
  if (!field) return;
  field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true}));
  field.dispatchEvent(new Event('change', {bubbles: true}));
};
set('field_area', 'Northmoor');
set('field_period', '2025/26');
set('field_date', '2025-11-14');
set('field_facilitator', 'Sam Lee');
set('field_participants', '18');
set('field_notes', 'Half-day workshop.');
const groups = new Map();
for (const radio of document.querySelectorAll('input[type=radio]')) {
  if (!groups.has(radio.name)) groups.set(radio.name, []);
  groups.get(radio.name).push(radio);
}
let index = 0;
for (const radios of groups.values()) {
  const scored = radios.filter(r => r.value !== 'na');
  const pick = index % 7 === 6 && radios.length > scored.length ? radios[radios.length - 1] : scored[index % scored.length];
  pick.click();
  index += 1;
}
const typed = document.querySelector('input.ratings');
if (typed) { typed.value = '2, 3, 9'; typed.dispatchEvent(new Event('input', {bubbles: true})); }
const note = document.querySelector('textarea.evidence');
if (note) { note.value = 'Minutes of the June board.'; note.dispatchEvent(new Event('input', {bubbles: true})); }
return groups.size;
"""

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
  .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))})),
      passes: r.passes.length, incomplete: r.incomplete.map(v => v.id),
      review: r.incomplete.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' ') + ': ' +
          (n.any.concat(n.all).map(c => c.message).join('; ')))}))}))
  .catch(e => done({error: String(e)}));
""" % json.dumps(TAGS)


def check(driver, source, url, fill):
    """Runs axe on the page at each width; returns a list of (label, violations, passes, incomplete)."""
    results = []
    for width in WIDTHS:
        driver.set_window_size(width, 1800)
        driver.get(url)
        label = f"{width}px"
        if fill:
            driver.execute_script("localStorage.clear()")
            driver.get(url)
            count = driver.execute_script(FILL_FORM)
            label += f", filled ({count} questions)"
        driver.execute_script(source)
        outcome = driver.execute_async_script(RUN_AXE)
        if "error" in outcome:
            raise RuntimeError(f"axe failed on {url}: {outcome['error']}")
        results.append((label, outcome["violations"], outcome["passes"], outcome["incomplete"]))
        if os.environ.get("AXE_DETAILS"):
            for item in outcome["review"]:
                for node in item["nodes"][:8]:
                    print(f"  review {item['id']}: {node}")
    return results


def main(arguments):
    source = axe_source()
    try:
        import selenium  # noqa: F401
    except ImportError:
        source = None
    if source is None or not shutil.which("chromedriver") or not (shutil.which("chromium") or shutil.which("google-chrome")):
        print(SKIP)
        return 3
    if arguments == ["probe"]:
        return 0
    version = source[source.find("axe v"):][:12].split("\n")[0] if "axe v" in source else "axe-core"
    pages = []
    for argument in arguments:
        if argument.startswith("form:"):
            pages.append((argument[5:], False))
            pages.append((argument[5:], True))
        else:
            pages.append((argument, False))
    driver = start_browser()
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})
    failed = 0
    try:
        for path, fill in pages:
            url = "file://" + os.path.abspath(path)
            for label, violations, passes, incomplete in check(driver, source, url, fill):
                name = f"{os.path.basename(path)} ({label})"
                if violations:
                    failed += 1
                    print(f"FAIL {name}: {len(violations)} rule(s) violated")
                    for violation in violations:
                        print(f"  {violation['id']} [{violation['impact']}]: {violation['help']}")
                        for node in violation["nodes"][:5]:
                            print(f"    {node['target']}")
                            first = (node["summary"] or "").splitlines()[1:2]
                            if first:
                                print(f"      {first[0].strip()}")
                        if len(violation["nodes"]) > 5:
                            print(f"    ... and {len(violation['nodes']) - 5} more")
                else:
                    review = f"; needs review: {', '.join(incomplete)}" if incomplete else ""
                    print(f"ok   {name}: 0 violations, {passes} rules passed{review}")
    finally:
        driver.quit()
    checked = len(pages) * len(WIDTHS)
    print(f"check-accessibility: {version}, tags {', '.join(TAGS)}: {checked - failed} of {checked} page views clean")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
