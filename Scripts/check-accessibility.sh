#!/usr/bin/env bash
# WCAG 2.2 A/AA check (axe-core 4.x in headless Chromium) of every HTML page the tool writes:
# each bundled workbook's report, compare over examples/areas, trend over examples/rounds, the
# workshop form (empty and filled) and the paper pack of each workbook. See docs/accessibility.md.
#
#   Scripts/check-accessibility.sh
#   SCRATCH_PATH=.build-x Scripts/check-accessibility.sh
#
# Needs chromium, chromium-driver, selenium and axe-core from the PyPI package
# axe-playwright-python (pip install --no-deps axe-playwright-python: only its axe.min.js is
# used). Without them it prints SKIPPED and exits 0. Exit status 1 on any violation.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"

probe=0
python3 Scripts/check-accessibility.py probe || probe=$?
if [ "$probe" -eq 3 ]; then exit 0; fi   # the script printed SKIPPED
if [ "$probe" -ne 0 ]; then echo "check-accessibility: the probe failed ($probe)" >&2; exit 1; fi

swift build --scratch-path "$scratch" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mapfile -t pages < <(Scripts/render-html-outputs.sh "$scratch/debug/workbook" "$work")
# The form with the wasm kernel and its live report panel, when the kernel has been built.
kernel="${KERNEL:-.build/wasm/workbook-kernel.wasm}"
if [ -f "$kernel" ]; then
  "$scratch/debug/workbook" form pots --kernel "$kernel" -o "$work/pots-kernel-form.html" 2>/dev/null
  pages+=("form:$work/pots-kernel-form.html")
fi
python3 Scripts/check-accessibility.py "${pages[@]}"
