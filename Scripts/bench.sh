#!/usr/bin/env bash
# The benchmark: compare over N generated POTS responses against the physical limit of a
# libyaml loader, peak memory, cold single reports, and scaling at N/10 and 10×N.
# Usage: Scripts/bench.sh [N]   (default 10000). Needs cc, python3 and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
WORK=.build-bench
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null 2>&1 || { echo "bench: needs $1 ($2)" >&2; exit 1; }; }
need cc "apt-get install -y gcc"
need python3 "apt-get install -y python3"
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install -y time)" >&2; exit 1; }

echo "building (release)..." >&2
swift build -c release >/dev/null
BIN=$(swift build -c release --show-bin-path)/workbook
cc -O2 -o "$WORK/raw-libyaml" Scripts/bench/raw-libyaml.c $(pkg-config --cflags --libs yaml-0.1)

dataset() { # N -> folder, generated once per N (the generator is deterministic)
    local n=$1 dir="$WORK/data-$1"
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        echo "generating $n responses..." >&2
        python3 Scripts/bench/generate.py "$BIN" "$n" "$dir"
        touch "$dir/.complete"
    fi
    echo "$dir"
}

now() { date +%s.%N; }
best_of_3() { # command... -> best wall seconds
    local best="" start end t
    for _ in 1 2 3; do
        start=$(now); "$@" >/dev/null; end=$(now)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
    done
    printf "%.3f" "$best"
}
peak_mb() { # command... -> peak resident MB
    /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }'
}
raw() { find "$1" -name '*.yaml' | sort | "$WORK/raw-libyaml" >/dev/null; }

need bc "apt-get install -y bc"
declare -a ROWS
measure() { # label n
    local n=$1 dir bytes raw_t cmp_t mem
    dir=$(dataset "$n")
    bytes=$(du -sb "$dir" | cut -f1)
    find "$dir" -name "*.yaml" -print0 | xargs -0 cat >/dev/null   # warm the page cache for both
    raw_t=$(best_of_3 raw "$dir")
    cmp_t=$(best_of_3 "$BIN" compare "$dir" --format json)
    mem=$(peak_mb "$BIN" compare "$dir" --format json)
    ROWS+=("$(printf "%-8s %8s %9.1f %10s %11s %8s %14s" "$n" "$(printf %.1f "$(echo "$bytes/1048576" | bc -l)")" \
        "$(echo "$n / $cmp_t" | bc -l)" "$raw_t" "$cmp_t" "$mem" "$(printf %.2f "$(echo "$raw_t / $cmp_t" | bc -l)")")")
}

measure "$N"
SMALL=$(( N / 10 )); LARGE=$(( N * 10 ))
[ "$SMALL" -ge 10 ] && measure "$SMALL"
AVAIL_MB=$(df -Pm "$WORK" | awk 'NR==2 {print $4}')
if [ "$LARGE" -le 100000 ] && [ "$AVAIL_MB" -gt $(( LARGE * 12 / 1000 + 500 )) ]; then
    measure "$LARGE"
else
    echo "skipping 10×N = $LARGE (over the 100,000-file limit or the free disk)" >&2
fi

# Cold single reports: a new process each time, median of 7.
times=()
for _ in 1 2 3 4 5 6 7; do
    start=$(now); "$BIN" report examples/pots-northmoor.yaml --format text >/dev/null; end=$(now)
    times+=("$(echo "($end - $start) * 1000" | bc -l)")
done
COLD=$(printf "%s\n" "${times[@]}" | sort -n | sed -n 4p)

echo
echo "workbook benchmark · $(nproc) cores · $(free -g | awk '/Mem:/ {print $2}') GiB · $(git rev-parse --short HEAD 2>/dev/null || echo unknown) · $(date -u +%Y-%m-%d)"
printf "%-8s %8s %9s %10s %11s %8s %14s\n" "files" "MB" "files/s" "raw libyaml" "compare s" "peak MB" "raw÷compare"
for row in "${ROWS[@]}"; do echo "$row"; done
printf "cold 'workbook report' (text, median of 7): %.1f ms\n" "$COLD"
echo "(raw libyaml: one thread pulling every event; compare: every core, best of 3, page cache warm)"
