#!/usr/bin/env bash
# Renders the HTML report of each example, checks it in headless Chromium, and takes the
# screenshots the docs show (docs/images/report-<name>.png).
#
#   Scripts/screenshot-reports.sh            build, render, check, screenshot, print check
#   SCRATCH_PATH=.build-x Scripts/screenshot-reports.sh   build in another scratch path
#
# The checks: the browser console logs no error or warning (a blocked fetch or script would
# log a Content-Security-Policy violation) and the page makes no network request other than
# loading itself. They use Python Selenium with chromedriver when both are installed
# (Debian: chromium chromium-driver; pip install selenium), and otherwise fall back to
# Chromium's own log. The print check prints each report to an A4 PDF and, with pdftoppm
# (poppler-utils), renders its pages to PNGs under $OUT_DIR/print to look at.
#
# Needs: swift, chromium (or chromium-browser / google-chrome). Exit status 1 if a check fails.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCRATCH_PATH=${SCRATCH_PATH:-.build}
OUT_DIR=${OUT_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/workbook-reports.XXXXXX")}
IMAGES="$ROOT/docs/images"
mkdir -p "$IMAGES" "$OUT_DIR/print"

CHROMIUM=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then CHROMIUM=$candidate; break; fi
done
if [ -z "$CHROMIUM" ]; then
    echo "error: no chromium found (apt-get install chromium)" >&2
    exit 1
fi

echo "building (scratch path $SCRATCH_PATH)..."
swift build --scratch-path "$SCRATCH_PATH" >/dev/null
BIN="$ROOT/$SCRATCH_PATH/debug/workbook"

# name | response | previous (optional)
EXAMPLES=(
    "pots-northmoor|examples/pots-northmoor.yaml|examples/pots-northmoor-2024.yaml"
    "christmas-tree-eastbridge|examples/christmas-tree-eastbridge.yaml|"
    "place-based-planning-riverside|examples/place-based-planning-riverside.yaml|"
    "inclusion-health-harbourside|examples/inclusion-health-harbourside.yaml|"
    "community-engagement-calderbrook|examples/community-engagement-calderbrook.yaml|"
    "delivery-plan-eastbridge-alcohol|examples/delivery-plan-eastbridge-alcohol.yaml|"
)

status=0
pages=()
for entry in "${EXAMPLES[@]}"; do
    IFS='|' read -r name response previous <<<"$entry"
    html="$OUT_DIR/$name.html"
    args=(report "$response" --format html -o "$html")
    if [ -n "$previous" ]; then args+=(--previous "$previous"); fi
    "$BIN" "${args[@]}"
    pages+=("$html")

    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --screenshot="$IMAGES/report-$name.png" --window-size=1280,2400 "file://$html" >/dev/null 2>&1
    echo "screenshot: docs/images/report-$name.png"

    "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$OUT_DIR/print/$name.pdf" "file://$html" >/dev/null 2>&1
    if command -v pdftoppm >/dev/null 2>&1; then
        pdftoppm -png -r 50 "$OUT_DIR/print/$name.pdf" "$OUT_DIR/print/$name"
        count=$(ls "$OUT_DIR/print/$name"-*.png | wc -l)
        echo "print: $OUT_DIR/print/$name.pdf, $count A4 pages as $OUT_DIR/print/$name-*.png"
    else
        echo "print: $OUT_DIR/print/$name.pdf (install poppler-utils to render its pages)"
    fi
done

# Console errors and network requests.
if python3 -c "import selenium" >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    CHROMIUM_PATH=$(command -v "$CHROMIUM") python3 - "${pages[@]}" <<'PY' || status=1
import json, os, shutil, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

options = webdriver.ChromeOptions()
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,2400"):
    options.add_argument(flag)
options.binary_location = os.path.realpath(os.environ["CHROMIUM_PATH"])
# On Debian /usr/bin/chromium is a wrapper script; use the real binary beside it if there is one.
real = "/usr/lib/chromium/chromium"
if os.path.exists(real):
    options.binary_location = real
options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
# An explicit driver path, so Selenium never tries to download one.
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
failed = False
try:
    for page in sys.argv[1:]:
        url = "file://" + page
        driver.get(url)
        problems = []
        for entry in driver.get_log("browser"):
            if entry.get("level") in ("SEVERE", "WARNING"):
                problems.append("console: " + entry.get("message", ""))
        requests = []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                requested = message["params"]["request"]["url"]
                if requested != url and not requested.startswith("data:"):
                    requests.append(requested)
        problems += ["request: " + r for r in requests]
        scripts = driver.execute_script(
            "return Array.from(document.scripts).filter(s => s.type !== 'application/json').length")
        if scripts:
            problems.append(f"{scripts} executable <script> element(s)")
        data = driver.execute_script("return JSON.parse(document.getElementById('report-data').textContent).schemaVersion")
        if data is None:
            problems.append("the embedded report JSON does not parse")
        name = os.path.basename(page)
        if problems:
            failed = True
            print(f"FAIL {name}:")
            for p in problems:
                print("  " + p)
        else:
            print(f"ok   {name}: no console errors, no network requests, no executable script, JSON parses")
finally:
    driver.quit()
sys.exit(1 if failed else 0)
PY
else
    echo "selenium or chromedriver missing: checking Chromium's log instead"
    for html in "${pages[@]}"; do
        log=$("$CHROMIUM" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
            --dump-dom "file://$html" 2>&1 >/dev/null || true)
        if grep -Eiq "Content Security Policy|Uncaught|net::ERR|console" <<<"$log"; then
            echo "FAIL $(basename "$html"):"
            grep -Ei "Content Security Policy|Uncaught|net::ERR|console" <<<"$log" | sed 's/^/  /'
            status=1
        else
            echo "ok   $(basename "$html"): nothing in Chromium's log"
        fi
    done
fi

echo "reports: $OUT_DIR"
exit $status
