#!/usr/bin/env bash
# The benchmark: every figure of docs/performance.md in one run.
#
#   Scripts/bench.sh            # N = 1,000 3,000 10,000 30,000 100,000 (about 10 minutes the first time)
#   Scripts/bench.sh --quick    # N = 300 1,000 3,000 (a minute), for a check that it runs
#
# For each N: `workbook compare DIR --format json` over N generated POTS responses against a C
# program that pulls every libyaml event from the same files on one thread (the physical limit
# of any libyaml loader with glibc's malloc; release build, page cache warm; the two run in turn,
# five times, and the best of each is kept, so that a busy spell of the machine falls on both),
# the same pull with mimalloc preloaded (the allocator the release build links: how much of the
# lead is the allocator's), and compare's peak memory (median of 3).
# Then `merge` of 30 tables' files, the import of 1,000 filled spreadsheets against openpyxl
# (Scripts/bench-xlsx.sh, when openpyxl is installed), a cold `report`, and the kernel form's
# budgets (Scripts/bench/form.py: each bundled workbook's form size against 2 MB, and in
# headless Chromium the re-score against 16 ms and the time to usable against 1 s; with
# .build/wasm/workbook-kernel.wasm from Scripts/build-wasm.sh, or forms/*.html). Writes the rows to
# .build-bench/scaling.tsv and the plot of time and memory against N to docs/performance-scaling.svg.
# Needs cc, python3, bc, pkg-config with libyaml, libmimalloc-dev (the release build links it),
# and GNU time (apt-get install -y time).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=(1000 3000 10000 30000 100000)
QUICK=0
case "${1:-}" in
    --quick) SIZES=(300 1000 3000); QUICK=1 ;;
    "") ;;
    *) echo "usage: Scripts/bench.sh [--quick]" >&2; exit 64 ;;
esac
WORK=.build-bench
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null 2>&1 || { echo "bench: needs $1 ($2)" >&2; exit 1; }; }
need cc "apt-get install -y gcc"
need python3 "apt-get install -y python3"
need bc "apt-get install -y bc"
need pkg-config "apt-get install -y pkg-config libyaml-dev"
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install -y time)" >&2; exit 1; }

echo "building (release)..." >&2
swift build -c release --static-swift-stdlib >/dev/null
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/workbook
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
wall() { # command... -> wall seconds (standard output and error dropped)
    local start end
    start=$(now); "$@" >/dev/null 2>&1; end=$(now)
    echo "$end - $start" | bc -l
}
least() { printf "%s\n" "$@" | sort -g | head -n 1 | xargs printf "%.3f"; }
best_of_3() { # command... -> best wall seconds
    least "$(wall "$@")" "$(wall "$@")" "$(wall "$@")"
}
peak_mb() { # command... -> peak resident MB, the median of 3 runs (one run's peak moves by up
    # to 1 MB with when the output's pieces are written), to one decimal place
    for _ in 1 2 3; do /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1; done \
        | sort -n | sed -n 2p | awk '{ printf "%.1f", $1 / 1024 }'
}
raw() { find "$1" -name '*.yaml' | sort | "$WORK/raw-libyaml" >/dev/null; }
MIMALLOC=$(ldconfig -p 2>/dev/null | awk '/libmimalloc\.so\.2 / { print $NF; exit }')
raw_mimalloc() { find "$1" -name '*.yaml' | sort | LD_PRELOAD="$MIMALLOC" "$WORK/raw-libyaml" >/dev/null; }
in_turn() { # folder -> the best wall seconds of the raw pull, the pull with mimalloc ("-" without
    # it) and compare, over five rounds of the three in turn
    local dir=$1 raws=() mims=() cmps=()
    for _ in 1 2 3 4 5; do
        raws+=("$(wall raw "$dir")")
        if [ -n "$MIMALLOC" ]; then mims+=("$(wall raw_mimalloc "$dir")"); fi
        cmps+=("$(wall "$BIN" compare "$dir" --format json)")
    done
    echo "$(least "${raws[@]}") $([ -n "$MIMALLOC" ] && least "${mims[@]}" || echo -) $(least "${cmps[@]}")"
}
ratio() { printf "%.2f" "$(echo "$1 / $2" | bc -l)"; }

TSV="$WORK/scaling.tsv"
printf "files\tMB\traw_s\tcompare_s\tpeak_MB\traw_mimalloc_s\n" > "$TSV"
declare -a ROWS
declare -A PEAK RATIO RATIO_MI
for n in "${SIZES[@]}"; do
    AVAIL_MB=$(df -Pm "$WORK" | awk 'NR==2 {print $4}')
    if [ ! -f "$WORK/data-$n/.complete" ] && [ "$AVAIL_MB" -lt $(( n * 7 / 1000 + 500 )) ]; then
        echo "skipping $n files: not enough free disk" >&2
        continue
    fi
    dir=$(dataset "$n")
    bytes=$(du -sb "$dir" | cut -f1)
    find "$dir" -name "*.yaml" -print0 | xargs -0 cat >/dev/null   # warm the page cache for both
    read -r raw_t mi_t cmp_t <<< "$(in_turn "$dir")"
    mem=$(peak_mb "$BIN" compare "$dir" --format json)
    mb=$(printf %.1f "$(echo "$bytes/1048576" | bc -l)")
    PEAK[$n]=$mem
    RATIO[$n]=$(ratio "$raw_t" "$cmp_t")
    RATIO_MI[$n]=$([ "$mi_t" = - ] && echo - || ratio "$mi_t" "$cmp_t")
    printf "%s\t%s\t%s\t%s\t%s\t%s\n" "$n" "$mb" "$raw_t" "$cmp_t" "$mem" "$mi_t" >> "$TSV"
    ROWS+=("$(printf "%8s %8s %9.0f %12s %12s %10s %8s %12s %12s" "$n" "$mb" "$(echo "$n / $cmp_t" | bc -l)" "$raw_t" "$mi_t" "$cmp_t" "$mem" "${RATIO[$n]}" "${RATIO_MI[$n]}")")
done

# merge: 30 tables' files for one area and round into one response.
TABLES="$WORK/tables-30"
if [ ! -f "$TABLES/.complete" ]; then
    rm -rf "$TABLES"
    python3 Scripts/bench/tables.py "$BIN" 30 "$TABLES"
    touch "$TABLES/.complete"
fi
MERGE=$(best_of_3 "$BIN" merge "$TABLES"/table-*.yaml)

# import: 1,000 filled spreadsheets against openpyxl (300 with --quick).
XLSX="openpyxl not installed (pip install openpyxl): not measured"
if python3 -c "import openpyxl" 2>/dev/null; then
    XLSX_N=$([ "$QUICK" = 1 ] && echo 300 || echo 1000)
    XLSX_OUT=$(Scripts/bench-xlsx.sh "$XLSX_N")
    ours=$(echo "$XLSX_OUT" | awk '/^workbook check/ {print $(NF-3)}')
    theirs=$(echo "$XLSX_OUT" | awk '/^openpyxl read_only/ {print $(NF-3)}')
    XLSX="$XLSX_N sheets: workbook ${ours} s, openpyxl ${theirs} s ($(printf %.1f "$(echo "$theirs / $ours" | bc -l)")× faster)"
fi

# Cold single reports: a new process each time, median of 7.
times=()
for _ in 1 2 3 4 5 6 7; do
    times+=("$(echo "$(wall "$BIN" report examples/pots-northmoor.yaml --format text) * 1000" | bc -l)")
done
COLD=$(printf "%s\n" "${times[@]}" | sort -n | sed -n 4p)

# The kernel form's budgets; each of its lines says "not measured: why" when it cannot measure.
echo "measuring the kernel form..." >&2
FORM=$(python3 Scripts/bench/form.py "$BIN" .build/wasm/workbook-kernel.wasm "$WORK/form") \
    || FORM="kernel form: not measured: Scripts/bench/form.py failed (above)"

python3 Scripts/bench/plot.py "$TSV" docs/performance-scaling.svg

verdict() { [ "$1" = 1 ] && echo "met" || echo "NOT met"; }
largest=${SIZES[-1]}; middle=10000; [ "$QUICK" = 1 ] && middle=1000
echo
echo "workbook benchmark · $(nproc) cores · load $(cut -d' ' -f1-3 /proc/loadavg) · $(free -g | awk '/Mem:/ {print $2}') GiB · $(git rev-parse --short HEAD 2>/dev/null || echo unknown) · $(date -u '+%Y-%m-%d %H:%M') UTC"
printf "%8s %8s %9s %12s %12s %10s %8s %12s %12s\n" "files" "MB" "files/s" "raw libyaml" "raw+mimalloc" "compare s" "peak MB" "raw÷compare" "raw+mi÷cmp"
for row in "${ROWS[@]}"; do echo "$row"; done
echo "(raw libyaml: one thread pulling every event, glibc's malloc; raw+mimalloc: the same with mimalloc preloaded;"
echo " compare --format json: every core, mimalloc linked; the three in turn, best of 5, page cache warm)"
for n in 10000 100000; do
    [ -n "${RATIO[$n]:-}" ] && echo "compare ÷ raw pull at $n files: ${RATIO[$n]}× (goal ≥ 1.2×): $(verdict "$(echo "${RATIO[$n]} >= 1.2" | bc)"); against the pull with mimalloc: ${RATIO_MI[$n]}×"
done
if [ -n "${PEAK[$largest]:-}" ] && [ -n "${PEAK[$middle]:-}" ]; then
    echo "peak memory at $largest files: ${PEAK[$largest]} MB, $(ratio "${PEAK[$largest]}" "${PEAK[$middle]}")× the $middle-file peak (goal < 100 MB and ≤ 1.5×): $(verdict "$(echo "${PEAK[$largest]} < 100 && ${PEAK[$largest]} <= 1.5 * ${PEAK[$middle]}" | bc)")"
fi
echo "merge of 30 tables' files: $(printf %.0f "$(echo "$MERGE * 1000" | bc -l)") ms (best of 3)"
echo "import of filled spreadsheets (check, one core): $XLSX"
printf "cold 'workbook report' (text, median of 7): %.1f ms (budget 20 ms): %s\n" "$COLD" "$(verdict "$(echo "$COLD < 20" | bc)")"
echo "$FORM"
echo "plot: docs/performance-scaling.svg (rows in $TSV)"
