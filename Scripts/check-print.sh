#!/usr/bin/env bash
# Print checks (docs/printing.md): Chromium prints every HTML page the tool writes to PDF
# (DevTools Page.printToPDF) and Scripts/check-print.py reads the PDFs back with poppler:
# page counts within the stated budget, A4 the right way round, page 1 not blank, the compare
# heat map with every column on page 1, no heading left at a page foot; and each page is
# usable 400 px wide.
#
#   Scripts/check-print.sh                 # PDFs in a temporary folder, removed afterwards
#   OUT_DIR=/tmp/prints Scripts/check-print.sh   # keep the PDFs
#
# Needs chromium, chromium-driver, poppler-utils and selenium; without them it prints SKIPPED.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"

probe=0
python3 Scripts/check-print.py probe || probe=$?
if [ "$probe" -eq 3 ]; then exit 0; fi   # the script printed SKIPPED
if [ "$probe" -ne 0 ]; then echo "check-print: the probe failed ($probe)" >&2; exit 1; fi

swift build --scratch-path "$scratch" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="${OUT_DIR:-$work/pdf}"
bin="$scratch/debug/workbook"
Scripts/render-html-outputs.sh "$bin" "$work" >/dev/null 2>&1
"$bin" form pots --print --tables 3 -o "$work/pack-pots-3.html" 2>/dev/null
h="$work"

# The budgets (pages), stated in docs/printing.md.
python3 Scripts/check-print.py "$out" \
  "report-pots-northmoor=$h/report-pots-northmoor.html,max=10,page1=At a glance|What matters most|Weakest links|Since 2024/25,wide=400,fit" \
  "report-christmas-tree-eastbridge=$h/report-christmas-tree-eastbridge.html,max=11,page1=At a glance|What matters most,wide=400,fit" \
  "report-place-based-planning-riverside=$h/report-place-based-planning-riverside.html,max=10,page1=At a glance|What matters most,wide=400,fit" \
  "compare-areas=$h/compare-areas.html,landscape,max=2,columns,wide=400" \
  "trend-harrowgate-moor=$h/trend-harrowgate-moor.html,landscape,max=5,wide=400,fit" \
  "form-pots=$h/form-pots.html,wide=400,fit" \
  "form-christmas-tree=$h/form-christmas-tree.html,wide=400,fit" \
  "form-place-based-planning=$h/form-place-based-planning.html,wide=400,fit" \
  "pack-pots=$h/pack-pots.html,max=35" \
  "pack-pots-3-tables=$h/pack-pots-3.html,max=28" \
  "pack-christmas-tree=$h/pack-christmas-tree.html,max=36" \
  "pack-place-based-planning=$h/pack-place-based-planning.html,max=32"
