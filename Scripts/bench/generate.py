#!/usr/bin/env python3
"""Writes N POTS responses for the benchmark, deterministically (fixed seed).

Every question is answered but 5%; about 60% of answers are workshop ratings (3-8 values)
with an evidence note of 5-25 words; periods spread over ten years; one area per file.
Question ids and the version are taken from `workbook new pots` so they always match the bundled
workbook (a stale version made every file a warning, and the benchmark timed rendering it).
Usage: generate.py WORKBOOK_BINARY N FOLDER
"""
import os
import random
import subprocess
import sys

WORDS = ("audit data practice clinic outreach equity review partners plan budget pathway "
         "uptake screening deprived ward survey board team cohort prevalence gap health "
         "council voluntary sector register housing smoking diabetes access evening digital").split()


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
    rng = random.Random(20261123)
    os.makedirs(folder, exist_ok=True)
    for n in range(count):
        year = 2016 + n % 10
        lines = [
            "workbook: pots",
            f"version: {version}",
            f"area: Area {n:06d}",
            f"period: {year}/{(year + 1) % 100:02d}",
            f"date: {year}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            f"facilitator: Facilitator {n % 97}",
            f"participants: {8 + n % 23}",
            "answers:",
        ]
        level = rng.uniform(0.5, 3.5)
        for qid in ids:
            roll = rng.random()
            if roll < 0.05:
                continue
            if roll < 0.65:
                ratings = [max(0, min(4, round(rng.gauss(level, 0.9)))) for _ in range(rng.randint(3, 8))]
                note = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 25)))
                lines += [f"  {qid}:", f"    ratings: [{', '.join(map(str, ratings))}]", f"    evidence: {note.capitalize()}."]
            else:
                lines.append(f"  {qid}: {max(0, min(4, round(rng.gauss(level, 0.9))))}")
        with open(os.path.join(folder, f"area-{n:06d}.yaml"), "w") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
