#!/usr/bin/env python3
"""Writes N tables' response files for one area and round, for timing `workbook merge`.

Deterministic (fixed seed): each file names its rater ("Table 1", ...), rates every question
of the bundled POTS (ids and version from `workbook new pots`), one in five with an evidence
note. Usage: tables.py WORKBOOK_BINARY N FOLDER
"""
import os
import random
import subprocess
import sys


def main():
    binary, count, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    skeleton = subprocess.run([binary, "new", "pots", "--area", "x", "--period", "x"],
                              check=True, capture_output=True, text=True).stdout
    ids, in_answers, version = [], False, None
    for line in skeleton.splitlines():
        if line.startswith("version:"):
            version = line.split(":", 1)[1].strip()
        elif line.startswith("answers:"):
            in_answers = True
        elif in_answers and line.startswith("  ") and not line.strip().startswith("#") and line.rstrip().endswith(":"):
            ids.append(line.strip()[:-1])
    rng = random.Random(20261203)
    os.makedirs(folder, exist_ok=True)
    for n in range(1, count + 1):
        lines = ["workbook: pots", f"version: {version}", "area: Benchmouth", "period: 2025/26",
                 "date: 2025-11-20", f"rater: Table {n}", "answers:"]
        for qid in ids:
            rating = rng.randint(0, 4)
            if rng.random() < 0.2:
                lines += [f"  {qid}:", f"    score: {rating}", f"    evidence: Table {n} noted the audit and the pathway."]
            else:
                lines.append(f"  {qid}: {rating}")
        with open(os.path.join(folder, f"table-{n:02d}.yaml"), "w") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
