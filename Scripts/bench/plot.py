#!/usr/bin/env python3
"""Plots the benchmark's time and memory against N as one SVG, with no packages.

Usage: plot.py SCALING.tsv OUT.svg   (columns: files, MB, raw_s, compare_s, peak_MB, and any after)
Left: seconds for `compare` and for the raw libyaml pull, both axes logarithmic, so linear
growth is a straight line of slope 1. Right: compare's peak memory in MB (N logarithmic).
"""
import math
import sys
from xml.sax.saxutils import escape

W, H, PAD_L, PAD_R, PAD_T, PAD_B = 360, 260, 56, 16, 40, 44
COMPARE, RAW = "#1b6ca8", "#b35806"


def read(path):
    rows = []
    with open(path) as source:
        next(source)
        for line in source:
            files, _mb, raw, compare, peak = line.rstrip("\n").split("\t")[:5]
            rows.append((int(files), float(raw), float(compare), float(peak)))
    return rows


def ticks_log(low, high):
    out, value = [], 10 ** math.floor(math.log10(low))
    while value <= high * 1.0001:
        for step in (1, 3):
            if low / 1.0001 <= value * step <= high * 1.0001:
                out.append(value * step)
        value *= 10
    return out


def label(value):
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"


def panel(x0, title, rows, series, log_y, y_label):
    xs = [r[0] for r in rows]
    ys = [v for _, column, _ in series for v in (r[column] for r in rows)]
    x_low, x_high = min(xs), max(xs)
    if log_y:
        y_low, y_high = min(ys) / 1.5, max(ys) * 1.5
    else:
        y_low, y_high = 0, max(ys) * 1.15
    fx = lambda x: x0 + PAD_L + (math.log10(x) - math.log10(x_low)) / max(1e-9, math.log10(x_high) - math.log10(x_low)) * (W - PAD_L - PAD_R)
    if log_y:
        fy = lambda y: PAD_T + (1 - (math.log10(y) - math.log10(y_low)) / (math.log10(y_high) - math.log10(y_low))) * (H - PAD_T - PAD_B)
    else:
        fy = lambda y: PAD_T + (1 - (y - y_low) / (y_high - y_low)) * (H - PAD_T - PAD_B)
    out = [f'<text x="{x0 + PAD_L}" y="20" class="title">{escape(title)}</text>']
    out.append(f'<line x1="{x0 + PAD_L}" y1="{H - PAD_B}" x2="{x0 + W - PAD_R}" y2="{H - PAD_B}" class="axis"/>')
    out.append(f'<line x1="{x0 + PAD_L}" y1="{PAD_T}" x2="{x0 + PAD_L}" y2="{H - PAD_B}" class="axis"/>')
    for x in xs:
        out.append(f'<text x="{fx(x):.1f}" y="{H - PAD_B + 16}" class="tick" text-anchor="middle">{label(x)}</text>')
    y_ticks = ticks_log(y_low, y_high) if log_y else [y_high / 1.15 * k / 4 for k in range(5)]
    for y in y_ticks:
        out.append(f'<line x1="{x0 + PAD_L}" y1="{fy(y):.1f}" x2="{x0 + W - PAD_R}" y2="{fy(y):.1f}" class="grid"/>')
        out.append(f'<text x="{x0 + PAD_L - 6}" y="{fy(y) + 4:.1f}" class="tick" text-anchor="end">{y:.3g}</text>')
    out.append(f'<text x="{x0 + (W + PAD_L) / 2}" y="{H - 8}" class="tick" text-anchor="middle">responses (N)</text>')
    out.append(f'<text transform="translate({x0 + 14},{(H + PAD_T - PAD_B) / 2}) rotate(-90)" class="tick" text-anchor="middle">{escape(y_label)}</text>')
    for index, (name, column, colour) in enumerate(series):
        points = " ".join(f"{fx(r[0]):.1f},{fy(r[column]):.1f}" for r in rows)
        out.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for r in rows:
            out.append(f'<circle cx="{fx(r[0]):.1f}" cy="{fy(r[column]):.1f}" r="3" fill="{colour}"><title>{escape(name)}: {r[column]:g} at {r[0]} files</title></circle>')
        out.append(f'<line x1="{x0 + PAD_L + 10}" y1="{PAD_T + 8 + 16 * index}" x2="{x0 + PAD_L + 28}" y2="{PAD_T + 8 + 16 * index}" stroke="{colour}" stroke-width="2"/>')
        out.append(f'<text x="{x0 + PAD_L + 34}" y="{PAD_T + 12 + 16 * index}" class="tick">{escape(name)}</text>')
    return out


def main():
    rows = read(sys.argv[1])
    if not rows:
        sys.exit("plot: no rows")
    body = panel(0, "Time against N (log-log)", rows,
                 [("compare --format json (2 cores)", 2, COMPARE), ("raw libyaml pull (1 core)", 1, RAW)], True, "seconds")
    body += panel(W, "compare's peak memory", rows, [("peak resident MB", 3, COMPARE)], False, "MB")
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * W}" height="{H}" viewBox="0 0 {2 * W} {H}" role="img" '
           f'aria-labelledby="t"><title id="t">workbook compare: time and peak memory against the number of responses</title>',
           "<style>.title{font:600 13px sans-serif}.tick{font:11px sans-serif;fill:#333}"
           ".axis{stroke:#333}.grid{stroke:#ddd}</style>",
           f'<rect width="{2 * W}" height="{H}" fill="#fff"/>'] + body + ["</svg>"]
    with open(sys.argv[2], "w") as out:
        out.write("\n".join(svg) + "\n")


if __name__ == "__main__":
    main()
