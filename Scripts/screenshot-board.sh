#!/usr/bin/env bash
# Pictures of the board-ready outputs for the README and docs/: each report's printed first
# page ("At a glance"), the Word report, compare and trend as LibreOffice renders them, the
# compare heat map printed on A4 landscape, and the report, compare, trend and form 400 px wide.
#
#   Scripts/screenshot-board.sh          # writes docs/images/{first-page,word,print,narrow}-*.png
#
# Needs: swift, chromium, chromium-driver, selenium, poppler-utils, LibreOffice Writer.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" >/dev/null
bin="$scratch/debug/workbook"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
images=docs/images
mkdir -p "$images" "$work/pdf" "$work/word"
Scripts/render-html-outputs.sh "$bin" "$work" >/dev/null 2>&1

python3 - "$work" <<'PY'
import base64, os, shutil, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

work = sys.argv[1]
options = webdriver.ChromeOptions()
real = "/usr/lib/chromium/chromium"
options.binary_location = real if os.path.exists(real) else shutil.which("chromium")
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=en-GB",
             "--force-device-scale-factor=1"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
try:
    for name in ("report-pots-northmoor", "report-christmas-tree-eastbridge",
                 "report-place-based-planning-riverside", "compare-areas", "trend-harrowgate-moor", "form-pots"):
        url = "file://" + os.path.join(work, name + ".html")
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver.get(url)
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
        with open(os.path.join(work, "pdf", name + ".pdf"), "wb") as handle:
            handle.write(base64.b64decode(pdf["data"]))
        # 400 px wide, the top of the page as a phone shows it.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 400, "height": 1100, "deviceScaleFactor": 1, "mobile": False})
        driver.get(url)
        if name == "form-pots":  # the details and the first question, where the Period field is
            driver.execute_script("document.getElementById('main').scrollIntoView()")
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
        with open(os.path.join(work, "narrow-" + name + ".png"), "wb") as handle:
            handle.write(base64.b64decode(shot["data"]))
finally:
    driver.quit()
PY

page() { # PDF PAGE OUT.png
  pdftoppm -png -r 70 -f "$2" -l "$2" -singlefile "$1" "${3%.png}"
  echo "screenshot: $3"
}
for name in pots-northmoor christmas-tree-eastbridge place-based-planning-riverside; do
  page "$work/pdf/report-$name.pdf" 1 "$images/first-page-$name.png"
done
page "$work/pdf/compare-areas.pdf" 1 "$images/print-compare.png"
for name in report-pots-northmoor compare-areas trend-harrowgate-moor form-pots; do
  cp "$work/narrow-$name.png" "$images/narrow-${name%%-*}.png"
  echo "screenshot: $images/narrow-${name%%-*}.png"
done

"$bin" report examples/pots-northmoor.yaml --previous examples/pots-northmoor-2024.yaml -o "$work/word/report.docx"
"$bin" compare examples/areas -o "$work/word/compare.docx"
"$bin" trend examples/rounds --area "Harrowgate Moor" -o "$work/word/trend.docx"
soffice --headless --convert-to pdf --outdir "$work/word" "$work/word/"*.docx >/dev/null 2>&1
page "$work/word/report.pdf" 1 "$images/word-report.png"
page "$work/word/report.pdf" 2 "$images/word-framework.png"
page "$work/word/compare.pdf" 1 "$images/word-compare.png"
page "$work/word/trend.pdf" 1 "$images/word-trend.png"
