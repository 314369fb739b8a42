#!/usr/bin/env bash
# The Word documents (`--format docx`) of every bundled example's report, compare and trend,
# opened with python-docx and converted by LibreOffice (Scripts/check-docx.py).
#
#   Scripts/check-docx.sh
#   OUT_DIR=/tmp/docx Scripts/check-docx.sh      # keep the .docx files and LibreOffice's PDFs
#
# Needs python-docx and LibreOffice Writer (libreoffice-writer-nogui); without them: SKIPPED.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" >/dev/null
bin="$scratch/debug/workbook"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="${OUT_DIR:-$work}"
mkdir -p "$out"
"$bin" report examples/pots-northmoor.yaml --previous examples/pots-northmoor-2024.yaml -o "$out/report-pots-northmoor.docx"
"$bin" report examples/christmas-tree-eastbridge.yaml -o "$out/report-christmas-tree-eastbridge.docx"
"$bin" report examples/place-based-planning-riverside.yaml -o "$out/report-place-based-planning-riverside.docx"
"$bin" compare examples/areas -o "$out/compare-areas.docx"
"$bin" trend examples/rounds --area "Harrowgate Moor" -o "$out/trend-harrowgate-moor.docx"
status=0
python3 Scripts/check-docx.py "$out/pdf" "$out"/*.docx || status=$?
if [ "$status" -eq 3 ]; then exit 0; fi
exit "$status"
