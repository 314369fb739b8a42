#!/usr/bin/env python3
"""The wasm kernel inside the real form, against the native build, in headless Chromium.

    python3 Scripts/check-form-differential.py DIFFERENTIAL-DIR WORKDIR FORM.html...

DIFFERENTIAL-DIR is what `node Scripts/check-wasm.mjs --write DIR` wrote: per workbook, each
response's request (its model JSON) and `workbook report --format json|html`'s bytes for it,
over every example and the seeded generated responses. Each FORM is a kernel form
(`workbook form --kernel`), opened from disk; every request of the form's workbook goes through
the page's own kernel, `window.workbookLive.report(json, "json"|"html")`, a chunk of requests
per script call, and the page answers with the SHA-256 of each report's UTF-8 bytes (the
reports themselves would be 150 MB through WebDriver). A differing hash fails with the file
it came from and the first differing lines; both reports are kept in DIFFERENTIAL-DIR/differences/.
WORKDIR holds the browsers' download folders.

Every workbook in DIFFERENTIAL-DIR needs a form and every form a workbook there, so that none is
skipped unseen. Two browsers share the forms (the machine has two cores). Run by
Scripts/check-form.sh.
"""
import concurrent.futures
import difflib
import hashlib
import importlib.util
import json
import os
import pathlib
import sys
import threading
import time

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("check_form", os.path.join(here, "check-form.py"))
check_form = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_form)
expect = check_form.expect
Failure = check_form.Failure

CHUNK = 40  # requests per script call: about 300 KB in, a few seconds of kernel time
BROWSERS = 2

# In the page: each request through window.workbookLive.report in both formats, hashed there.
REPORT_HASHES = """
const [requests, done] = [arguments[0], arguments[arguments.length - 1]];
const encoder = new TextEncoder();
const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
(async () => {
  const answers = [];
  for (const request of requests) {
    const answer = {};
    for (const format of ["json", "html"]) {
      try {
        const bytes = encoder.encode(window.workbookLive.report(request, format));
        answer[format] = [hex(await crypto.subtle.digest("SHA-256", bytes)), bytes.length];
      } catch (error) {
        answer[format] = ["error: " + error.message, 0];
      }
    }
    answers.push(answer);
  }
  return answers;
})().then(done, (error) => done({ error: String(error) }));
"""


def form_workbook(driver):
    return driver.execute_script("return JSON.parse(document.getElementById('workbook-data').textContent).workbook")


def open_form(driver, form):
    driver.get("file://" + os.path.abspath(form))
    deadline = time.time() + 30
    while time.time() < deadline:
        state = driver.execute_script(
            "const p = document.getElementById('live-report');"
            "return p ? [p.dataset.ready === 'true', document.getElementById('live-summary').textContent] : [false, 'no live panel'];")
        if state[0]:
            expect(driver.execute_script("return typeof (window.workbookLive || {}).report === 'function'"),
                   f"{form}: window.workbookLive.report is missing")
            return
        time.sleep(0.05)
    raise Failure(f"{form}: the kernel did not load in 30 s ({state[1]})")


def first_difference(mine, theirs, context=3):
    """The first differing line of two texts with a few lines around it, as a unified diff."""
    a, b = mine.split("\n"), theirs.split("\n")
    index = next((i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]), None)
    if index is None:
        return "    the same lines, different bytes"
    low = max(0, index - context)
    lines = difflib.unified_diff(b[low:index + context + 1], a[low:index + context + 1],
                                 fromfile="native", tofile="kernel in the form", lineterm="", n=context)
    return f"    first difference at line {index + 1}:\n" + "\n".join("    " + line[:300] for line in lines if not line.startswith("@@"))


def check_form_against(driver, form, folder, workdir):
    open_form(driver, form)
    workbook = form_workbook(driver)
    manifest_path = os.path.join(folder, workbook, "manifest.json")
    expect(os.path.isfile(manifest_path), f"{form}: no requests for its workbook {workbook} in {folder}")
    manifest = json.loads(pathlib.Path(manifest_path).read_text(encoding="utf-8"))
    entries = manifest["responses"]
    driver.set_script_timeout(300)
    checked = 0
    for start in range(0, len(entries), CHUNK):
        chunk = entries[start:start + CHUNK]
        base = [os.path.join(folder, workbook, entry["name"]) for entry in chunk]
        requests = [pathlib.Path(path + ".request.json").read_text(encoding="utf-8") for path in base]
        answers = driver.execute_async_script(REPORT_HASHES, requests)
        expect(isinstance(answers, list), f"{form}: the page failed: {answers}")
        for entry, path, request, answer in zip(chunk, base, requests, answers):
            for format in ["json", "html"]:
                native = pathlib.Path(f"{path}.{format}").read_bytes()
                digest, length = answer[format]
                if digest == hashlib.sha256(native).hexdigest() and length == len(native):
                    checked += 1
                    continue
                if digest.startswith("error: "):
                    raise Failure(f"{entry['source']} ({format}): the form's kernel failed: {digest[7:]}")
                mine = driver.execute_script("return window.workbookLive.report(arguments[0], arguments[1])",
                                             request, format)
                # Beside the requests, which outlive check-form.sh's temporary folder.
                os.makedirs(os.path.join(folder, "differences"), exist_ok=True)
                kept = os.path.join(folder, "differences", f"{workbook}-{entry['name']}")
                with open(f"{kept}.kernel.{format}", "w", encoding="utf-8") as handle:
                    handle.write(mine)
                with open(f"{kept}.native.{format}", "wb") as handle:
                    handle.write(native)
                raise Failure(f"{entry['source']} ({format}, request {path}.request.json): the form's kernel "
                              f"wrote {length} bytes, workbook report {len(native)}\n"
                              f"{first_difference(mine, native.decode('utf-8', 'replace'))}\n"
                              f"    both kept as {kept}.kernel.{format} and .native.{format}")
    errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
    expect(not errors, f"{form}: console errors: {errors}")
    examples = sum(1 for entry in entries if not entry["generated"])
    return workbook, len(entries), examples, checked


def main():
    folder, workdir, forms = sys.argv[1], sys.argv[2], sys.argv[3:]
    expect(forms, "no forms given")
    started = time.time()
    workbooks = sorted(name for name in os.listdir(folder) if os.path.isfile(os.path.join(folder, name, "manifest.json")))
    expect(workbooks, f"{folder} has no manifest.json: was it written by check-wasm.mjs --write?")

    # One browser per worker thread; each takes the next form when it is free.
    local = threading.local()
    drivers = []
    lock = threading.Lock()

    def driver():
        if not hasattr(local, "driver"):
            downloads = os.path.join(workdir, f"differential-downloads-{threading.get_ident()}")
            os.makedirs(downloads, exist_ok=True)
            local.driver = check_form.start_browser(downloads)
            with lock:
                drivers.append(local.driver)
        return local.driver

    results = []
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=min(BROWSERS, len(forms))) as pool:
            futures = [pool.submit(lambda form=form: check_form_against(driver(), form, folder, workdir)) for form in forms]
            for future in futures:
                results.append(future.result())
    finally:
        for each in drivers:
            each.quit()

    seen = [workbook for workbook, *_ in results]
    expect(sorted(seen) == sorted(set(seen)), f"two forms for one workbook: {seen}")
    missing = sorted(set(workbooks) - set(seen))
    expect(not missing, f"no form given for {', '.join(missing)}, whose requests are in {folder}")
    extra = sorted(set(seen) - set(workbooks))
    expect(not extra, f"no requests in {folder} for the form(s) of {', '.join(extra)}")
    for workbook, total, examples, checked in sorted(results):
        expect(checked == 2 * total, f"{workbook}: {checked} of {2 * total} reports checked")
    reports = sum(checked for *_, checked in results)
    responses = sum(total for _, total, *_ in results)
    examples = sum(examples for _, _, examples, _ in results)
    print(f"ok: the kernel inside the form: {reports} reports ({responses} responses: {examples} examples, "
          f"{responses - examples} generated) byte-identical to workbook report --format json|html, over "
          f"{len(results)} workbooks (" + ", ".join(f"{w} {t}" for w, t, *_ in sorted(results)) +
          f") in {time.time() - started:.1f} s")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print(f"FAIL: check-form-differential: {failure}", file=sys.stderr)
        sys.exit(1)
