#!/usr/bin/env python3
"""Prints HTML pages to PDF in headless Chromium and checks what came out on paper.

    check-print.py OUTDIR SPEC...      each SPEC is NAME=PAGE.html[,max=N][,landscape][,page1=TEXT|TEXT...]
                                       [,columns] [,wide=400]
    check-print.py probe               exit 0 when chromium, chromedriver, selenium and poppler are there

Each page is printed with the DevTools protocol's `Page.printToPDF` (through selenium's
`execute_cdp_cmd`, the page's own `@page` size and margins, backgrounds on) to OUTDIR/NAME.pdf,
then read back with `pdfinfo` and `pdftotext` (poppler-utils). Every SPEC is checked for:

- `max=N`: at most N pages;
- `landscape`: the pages are A4 landscape; otherwise A4 portrait;
- `page1=A|B`: each text is on page 1 (whitespace is ignored);
- `columns`: every column header of the page's first table (the compare heat map) is on page 1,
  so no column is cut off at the paper's edge;
- always: page 1 is not blank, and no page ends with a heading (h2 or h3) whose section starts
  on the next page, nor with a table's header row whose rows start on the next page.
- `wide=400`: at 400 px wide the page scrolls no wider than the window, other than inside a
  scrolling region, and every form field is inside the window; with `fit`, nothing is wider
  than the window even inside a scrolling region (every column on screen).

Prints one line per page (`print NAME: P pages ...`) and exits 1 on any failure, 3 SKIPPED.
"""

import base64
import os
import re
import shutil
import subprocess
import sys

SKIP = ("SKIPPED: check-print (needs chromium chromium-driver poppler-utils and pip install selenium)")


def available():
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return all(shutil.which(tool) for tool in ("chromedriver", "pdfinfo", "pdftotext")) and bool(
        shutil.which("chromium") or shutil.which("google-chrome"))


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    real = "/usr/lib/chromium/chromium"  # Debian's /usr/bin/chromium is a wrapper script
    options.binary_location = real if os.path.exists(real) else (shutil.which("chromium") or shutil.which("google-chrome"))
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1800", "--lang=en-GB", "--hide-scrollbars"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def squash(text):
    return re.sub(r"\s+", "", text)


def pages_text(pdf, count):
    texts = []
    for page in range(1, count + 1):
        texts.append(subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                                    capture_output=True, text=True, check=True).stdout)
    return texts


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    return count, float(size.group(1)), float(size.group(2))


def parse(spec):
    name, _, rest = spec.partition("=")
    parts = rest.split(",")
    options = {"path": parts[0]}
    for part in parts[1:]:
        key, _, value = part.partition("=")
        options[key] = value if value else True
    return name, options


NARROW = """
const strict = arguments[0];
const width = document.documentElement.clientWidth;
const problems = [];
{
  // Find the widest element that is not inside a scrolling region.
  let worst = null;
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.right <= width + 1 || box.width === 0) continue;
    let scrolled = false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (!strict && (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden')) { scrolled = true; break; }
    }
    if (!scrolled && (!worst || box.right > worst.right)) worst = {right: box.right, what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '')};
  }
  if (worst) problems.push('the page is ' + Math.round(worst.right) + ' px wide at ' + width + ' px (' + worst.what + ')');
}
for (const field of document.querySelectorAll('input:not([type=radio]):not([type=hidden]), textarea, select')) {
  const box = field.getBoundingClientRect();
  if (box.width > 0 && (box.left < 0 || box.right > width + 1)) problems.push((field.id || field.name) + ' is outside the window');
}
return problems;
"""


def check(driver, outdir, name, options):
    url = "file://" + os.path.abspath(options["path"])
    problems = []
    if "wide" in options:
        width = int(options["wide"])
        # The viewport exactly that wide, as a phone or a split screen gives it.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 1600, "deviceScaleFactor": 1, "mobile": False})
        driver.get(url)
        found = driver.execute_script(NARROW, "fit" in options)
        problems += [f"at {width} px: {p}" for p in found[:6]]
        if len(found) > 6:
            problems.append(f"at {width} px: ... and {len(found) - 6} more")
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.get(url)
    headings = [squash(h) for h in driver.execute_script(
        "return Array.from(document.querySelectorAll('h2, h3')).map(h => h.textContent)") if squash(h)]
    # What may follow a heading without being its content: table headers, an element's meta line.
    lead_ins = {squash(t).lower() for t in driver.execute_script(
        "return Array.from(document.querySelectorAll('thead, .element-meta, caption')).map(e => e.innerText)")}
    theads = {squash(t).lower() for t in driver.execute_script(
        "return Array.from(document.querySelectorAll('thead')).map(e => e.innerText)")}
    columns = driver.execute_script(
        "const t = document.querySelector('table'); return t ? Array.from(t.tHead.rows[0].cells).map(c => c.textContent) : []")
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
    path = os.path.join(outdir, name + ".pdf")
    with open(path, "wb") as handle:
        handle.write(base64.b64decode(pdf["data"]))
    count, width, height = pdf_pages(path)
    texts = pages_text(path, count)
    landscape = "landscape" in options
    if landscape != (width > height) or round(max(width, height)) != 842 or round(min(width, height)) != 595:
        problems.append(f"paper is {width:.0f} x {height:.0f} pt, not A4 {'landscape' if landscape else 'portrait'}")
    if "max" in options and count > int(options["max"]):
        problems.append(f"{count} pages, more than {options['max']}")
    if not squash(texts[0]):
        problems.append("page 1 is blank")
    first = squash(texts[0])
    if "page1" in options:
        for text in options["page1"].split("|"):
            if squash(text) not in first:
                problems.append(f"'{text}' is not on page 1")
    if "columns" in options:
        # Rotated headers come out of pdftotext in pieces: compare without spaces or breaks.
        # Wrapped headers come out of pdftotext in pieces, interleaved with their neighbours:
        # every word of every header must be on page 1, and the last column's cells too.
        words = set(re.findall(r"[\w&]+", subprocess.run(["pdftotext", "-raw", "-f", "1", "-l", "1", path, "-"],
                                                         capture_output=True, text=True, check=True).stdout))
        missing = [c.strip() for c in columns if not set(re.findall(r"[\w&]+", c)) <= words]
        if missing:
            problems.append("column(s) not on page 1: " + ", ".join(missing))
    for number, text in enumerate(texts[:-1], start=1):
        lines = [squash(line) for line in text.splitlines() if squash(line)]
        if lines and lines[-1].lower() in theads:
            problems.append(f"page {number} ends with a table's header row '{lines[-1]}'")
            continue
        for back in range(1, min(4, len(lines)) + 1):
            line = lines[-back]
            if line in headings and all(after.lower() in lead_ins for after in lines[len(lines) - back + 1:]):
                problems.append(f"page {number} ends with the heading '{line}'")
                break
    return count, problems


def main(arguments):
    if not available():
        print(SKIP)
        return 3
    if arguments == ["probe"]:
        return 0
    outdir, specs = arguments[0], arguments[1:]
    os.makedirs(outdir, exist_ok=True)
    driver = start_browser()
    failed = False
    try:
        for spec in specs:
            name, options = parse(spec)
            count, problems = check(driver, outdir, name, options)
            status = "FAIL" if problems else "ok  "
            print(f"{status} print {name}: {count} page{'s' if count != 1 else ''}")
            for problem in problems:
                print(f"       {problem}")
            failed = failed or bool(problems)
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
