#!/usr/bin/env bash
# Times importing N filled response spreadsheets against openpyxl reading the same files.
#
#   Scripts/bench-xlsx.sh [N]      # default N = 1000; needs python3 with openpyxl
#
# Makes one form (`workbook form pots --format xlsx`) and N filled copies of it, deterministic
# (fixed seed: every rating cell filled, one in five with evidence, a distinct area each), in
# .build-bench/xlsx-N/. Then, release build, page cache warm, best of 3, one process and one
# core each:
#   workbook check FILES...  every sheet unzipped, read, imported and checked against POTS
#   openpyxl                 load_workbook(read_only=True, data_only=True), every cell of the
#                            Responses sheet read (openpyxl's fastest way), nothing checked
# and, for scale, `workbook compare` of the folder (reads on every core, scores, ranks).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
python3 -c "import openpyxl" 2>/dev/null || { echo "bench-xlsx: needs python3 with openpyxl (pip install openpyxl)" >&2; exit 1; }
swift build -c release --static-swift-stdlib --product workbook >/dev/null
bin="$PWD/.build/release/workbook"
dir=".build-bench/xlsx-$n"
mkdir -p "$dir"
if [ ! -f "$dir/.done" ]; then
  rm -f "$dir"/*.xlsx
  "$bin" form pots --format xlsx -o "$dir/template.xlsx.form" 2>/dev/null
  python3 - "$dir" "$n" <<'PY'
import random, re, sys, zipfile
folder, n = sys.argv[1], int(sys.argv[2])
template = zipfile.ZipFile(f"{folder}/template.xlsx.form")
parts = {name: template.read(name) for name in template.namelist()}
sheet = parts["xl/worksheets/sheet1.xml"].decode()
random.seed(19)
questions = {int(r) for r in re.findall(r'<c r="A(\d+)"[^>]*t="s"', sheet) if int(r) > 8}
for index in range(n):
    def fill(match):
        column, row, style = match.group(1), int(match.group(2)), match.group(3)
        ref = f"{column}{row}"
        if column == "B" and row == 3:
            return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>Area {index:05d}</t></is></c>'
        if column == "B" and row == 4:
            return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>2025/26</t></is></c>'
        if column == "B" and row == 5:
            return f'<c r="{ref}" s="{style}"><v>{45900 + index % 300}</v></c>'
        if column == "D" and row in questions:
            return f'<c r="{ref}" s="{style}"><v>{random.choice([0, 1, 2, 3, 4, 2.0, 3.0])}</v></c>'
        if column == "E" and row in questions and random.random() < 0.2:
            return (f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>Evidence noted at table '
                    f'{random.randint(1, 6)}: audit of the pathway; partners agree.</t></is></c>')
        return match.group(0)
    filled = re.sub(r'<c r="([A-Z]+)(\d+)" s="(\d+)"/>', fill, sheet)
    with zipfile.ZipFile(f"{folder}/area-{index:05d}.xlsx", "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, filled if name == "xl/worksheets/sheet1.xml" else data)
PY
  touch "$dir/.done"
fi
files=("$dir"/area-*.xlsx)
"$bin" check "${files[0]}" >/dev/null 2>&1 || { "$bin" check "${files[0]}"; exit 1; }
best() {  # best of 3 wall-clock seconds of a command
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
    local t; t=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  printf '%.3f' "$best"
}
cat > "$dir/openpyxl-read.py" <<'PY'
import sys, openpyxl
cells = 0
for path in sys.argv[1:]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for row in book["Responses"].iter_rows(values_only=True):
        cells += sum(1 for value in row if value is not None)
    book.close()
print(cells)
PY
ours=$(best "$bin" check "${files[@]}")
theirs=$(best python3 "$dir/openpyxl-read.py" "${files[@]}")
compare=$(best "$bin" compare "$dir")
size=$(du -sm "$dir" | cut -f1)
echo "files: ${#files[@]} (${size} MB)"
echo "workbook check (import + check, 1 core):  ${ours} s   $(echo "scale=0; ${#files[@]} / $ours" | bc) files/s"
echo "openpyxl read_only, every cell (1 core):  ${theirs} s   $(echo "scale=0; ${#files[@]} / $theirs" | bc) files/s"
echo "openpyxl ÷ workbook:                       $(echo "scale=1; $theirs / $ours" | bc)×"
echo "workbook compare of the folder (2 cores): ${compare} s"
