#!/usr/bin/env bash
# Pictures of every other report kind for docs/: the text summary as a terminal shows it,
# Markdown as a wiki renders it, CSV as a spreadsheet shows it, and the compare and trend
# pages. (Scripts/screenshot-reports.sh takes the HTML reports; Scripts/screenshot.sh the form.)
#
#   Scripts/screenshot-docs.sh
#
# Needs: swift, chromium, python3; Markdown is rendered with python-markdown when installed
# (pip install markdown), otherwise shown as its source.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$(mktemp -d "${TMPDIR:-/tmp}/workbook-docs.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
CHROMIUM=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$CHROMIUM" ] || { echo "error: no chromium found (apt-get install chromium)" >&2; exit 1; }

swift build >/dev/null
BIN="$ROOT/.build/debug/workbook"

shot() { # html-file png-name width height
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --screenshot="$ROOT/docs/images/$2" --window-size="$3,$4" "file://$1" >/dev/null 2>&1
    echo "screenshot: docs/images/$2"
}

"$BIN" report examples/pots-northmoor.yaml --previous examples/pots-northmoor-2024.yaml --format text > "$OUT/report.txt"
"$BIN" report examples/place-based-planning-riverside.yaml --format markdown > "$OUT/report.md"
"$BIN" report examples/pots-northmoor.yaml --format csv > "$OUT/report.csv"
"$BIN" compare examples/areas --format html -o "$OUT/compare.html"
"$BIN" compare examples/areas --format text > "$OUT/compare.txt"
"$BIN" trend examples/rounds --area "Harrowgate Moor" --format html -o "$OUT/trend.html"

python3 - "$OUT" <<'PY'
import csv, html, sys, os
out = sys.argv[1]
def page(name, body, style):
    with open(os.path.join(out, name), "w") as f:
        f.write(f"<!DOCTYPE html><meta charset=utf-8><style>{style}</style>{body}")
terminal = ("body{margin:0;background:#1e1e1e;} pre{margin:0;padding:18px 22px;color:#e6e6e6;"
            "font:14px/1.35 'DejaVu Sans Mono',monospace;white-space:pre;}")
for name in ("report", "compare"):
    page(f"{name}-text.html", "<pre>" + html.escape(open(os.path.join(out, f"{name}.txt")).read()) + "</pre>", terminal)
source = open(os.path.join(out, "report.md")).read()
try:
    import markdown
    body = markdown.markdown(source, extensions=["tables"])
except ImportError:
    body = "<pre>" + html.escape(source) + "</pre>"
page("report-md.html", f"<article>{body}</article>",
     "body{font:15px/1.5 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2328;max-width:900px;margin:24px auto;padding:0 24px}"
     "table{border-collapse:collapse}th,td{border:1px solid #d1d9e0;padding:4px 10px}tr:nth-child(2n){background:#f6f8fa}")
rows = list(csv.reader(open(os.path.join(out, "report.csv"), newline="")))
cells = "".join("<tr><th>%d</th>%s</tr>" % (i + 1, "".join("<td>%s</td>" % html.escape(c[:60]) for c in r)) for i, r in enumerate(rows[:28]))
header = "<tr><th></th>" + "".join("<th>%s</th>" % chr(65 + i) for i in range(len(rows[0]))) + "</tr>"
page("report-csv.html", f"<table>{header}{cells}</table>",
     "body{margin:0;font:13px Arial,sans-serif}table{border-collapse:collapse}td,th{border:1px solid #d0d0d0;padding:2px 6px;white-space:nowrap}"
     "th{background:#f1f3f4;color:#444;font-weight:normal}")
PY
shot "$OUT/report-text.html" report-text.png 900 1500
shot "$OUT/compare-text.html" compare-text.png 1100 1000
shot "$OUT/report-md.html" report-markdown.png 1000 1500
shot "$OUT/report-csv.html" report-csv.png 1400 700
shot "$OUT/compare.html" compare.png 1400 1300
shot "$OUT/trend.html" trend.png 1280 1500
