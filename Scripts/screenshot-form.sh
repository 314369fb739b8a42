#!/usr/bin/env bash
# Screenshots of the kernel form (the offline form with the live report, `workbook form --kernel`)
# for the docs, by script, in headless Chromium with the network switched off:
#
#   docs/screenshots/form-live.png     the live panel: overall score, the elements in their
#                                      bands, weakest links, findings, coverage
#   docs/screenshots/form-report.png   the Report view: the kernel's HTML report in the form
#
#   Scripts/screenshot-form.sh                     # forms/pots.html if it exists, else one written now
#   KERNEL=FILE.wasm Scripts/screenshot-form.sh    # the kernel to write the form with
#   SCRATCH_PATH=.build-form Scripts/screenshot-form.sh
#
# The form is opened from disk with the network off (ChromeDriver's network conditions:
# offline), and the script fails unless the kernel loads and the page asked for nothing beyond
# itself, so the pictures show what a workshop laptop without a connection shows. It rates
# six elements' questions so that they land in all three bands and the workbook's rules raise
# findings, and types three tables' ratings and some evidence (Scripts/screenshot-form.py). The kernel is built when missing
# (Scripts/build-wasm.sh, a few minutes; needs wasi-libc). Needs chromium, chromium-driver and
# selenium: apt-get install -y chromium chromium-driver && pip install selenium
set -euo pipefail

cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
kernel="${KERNEL:-.build/wasm/workbook-kernel.wasm}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -f forms/pots.html ] && grep -q 'id="live-report"' forms/pots.html; then
  form=forms/pots.html
else
  swift build --scratch-path "$scratch" --product workbook >/dev/null
  [ -f "$kernel" ] || Scripts/build-wasm.sh -o "$kernel" >/dev/null
  form="$work/pots.html"
  "$scratch/debug/workbook" form workbooks/pots.yaml --kernel "$kernel" -o "$form" 2>/dev/null
fi
mkdir -p docs/screenshots
python3 Scripts/screenshot-form.py "$form" docs/screenshots "$work"
