#!/usr/bin/env bash
# Round trips of the response spreadsheet through openpyxl and LibreOffice, and the xlsx
# reports through LibreOffice to PDF (Scripts/check-xlsx.py says what is checked).
#
#   Scripts/check-xlsx.sh                  # uses .build
#   Scripts/check-xlsx.sh --pictures       # also saves docs/images/xlsx-*.png
#
# Needs python3 with openpyxl and PyYAML, LibreOffice (soffice) and python3-uno; without them it
# prints SKIPPED and exits 0:
#   apt-get install -y libreoffice-calc-nogui python3-uno poppler-utils && pip install openpyxl pyyaml
set -euo pipefail

cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
pictures=""
if [ "${1:-}" = "--pictures" ]; then pictures="docs/images"; fi
skip() { echo "SKIPPED: check-xlsx ($1; apt-get install -y libreoffice-calc-nogui python3-uno poppler-utils && pip install openpyxl pyyaml)"; exit 0; }
command -v python3 >/dev/null 2>&1 || skip "no python3"
python3 -c "import openpyxl, yaml" 2>/dev/null || skip "no openpyxl or PyYAML"
command -v soffice >/dev/null 2>&1 || skip "no LibreOffice"
/usr/bin/python3 -c "import uno" 2>/dev/null || skip "no python3-uno"

swift build --scratch-path "$scratch" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Scripts/check-xlsx.py "$PWD/$scratch/debug/workbook" "$work" $pictures
