#!/usr/bin/env bash
# Writes every HTML page the tool makes for the bundled examples into a folder, one line per
# page on stdout (`form:` before the workshop forms, whose script runs). Shared by
# Scripts/check-accessibility.sh and Scripts/check-print.sh.
#
#   Scripts/render-html-outputs.sh BINARY OUTDIR
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$1"
out="$2"
mkdir -p "$out"

# Each bundled workbook's example report (POTS with its previous round, as the docs show it).
"$bin" report examples/pots-northmoor.yaml --previous examples/pots-northmoor-2024.yaml --format html -o "$out/report-pots-northmoor.html"
"$bin" report examples/christmas-tree-eastbridge.yaml --format html -o "$out/report-christmas-tree-eastbridge.html"
"$bin" report examples/place-based-planning-riverside.yaml --format html -o "$out/report-place-based-planning-riverside.html"
"$bin" compare examples/areas --format html -o "$out/compare-areas.html"
"$bin" trend examples/rounds --area "Harrowgate Moor" --format html -o "$out/trend-harrowgate-moor.html"
for id in pots christmas-tree place-based-planning; do
  "$bin" form "$id" -o "$out/form-$id.html"
  "$bin" form "$id" --print -o "$out/pack-$id.html"
done

for name in report-pots-northmoor report-christmas-tree-eastbridge report-place-based-planning-riverside \
  compare-areas trend-harrowgate-moor; do
  echo "$out/$name.html"
done
for id in pots christmas-tree place-based-planning; do
  echo "form:$out/form-$id.html"
  echo "$out/pack-$id.html"
done
