#!/usr/bin/env bash
# Real-browser test of `workbook form`: builds, writes the form and the workshop pack for each
# bundled workbook, fills the form in headless Chromium (Scripts/check-form.py), then checks and
# reports on every response it produced, and compares what the report read with what was typed.
#
#   Scripts/check-form.sh                  # uses .build
#   SCRATCH_PATH=.build-form Scripts/check-form.sh
#
# Needs chromium, chromium-driver and selenium; without them it prints SKIPPED and exits 0:
#   apt-get install -y chromium chromium-driver && pip install selenium
set -euo pipefail

cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
skip="SKIPPED: check-form (chromium not installed; apt-get install -y chromium chromium-driver && pip install selenium)"

if ! command -v python3 >/dev/null 2>&1; then
  echo "$skip"
  exit 0
fi
probe=0
python3 Scripts/check-form.py probe || probe=$?
if [ "$probe" -eq 3 ]; then exit 0; fi   # the script printed SKIPPED
if [ "$probe" -ne 0 ]; then echo "check-form: the probe failed ($probe)" >&2; exit 1; fi

swift build --scratch-path "$scratch" >/dev/null
bin="$scratch/debug/workbook"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

has_report=1
if ! "$bin" report --help >/dev/null 2>&1; then
  has_report=0
  echo "note: 'workbook report' is not available in this build: the report step is skipped"
fi

tested=0
responses=0
for id in pots christmas-tree place-based-planning inclusion-health community-engagement delivery-plan; do
  workbook="workbooks/$id.yaml"
  if [ ! -f "$workbook" ]; then
    echo "note: $workbook not found: not tested"
    continue
  fi
  "$bin" form "$workbook" -o "$work/$id.html" 2>/dev/null
  "$bin" form "$workbook" --print -o "$work/$id-pack.html" 2>/dev/null
  python3 Scripts/check-form.py fill "$work/$id.html" "$work"
  python3 Scripts/check-form.py pack "$work/$id-pack.html"
  if [ "$tested" -eq 0 ]; then python3 Scripts/check-form.py quoting "$work/$id.html" "$bin" "$workbook"; fi
  for response in "$work/$id"-*.yaml; do
    name="$(basename "$response" .yaml)"
    if ! "$bin" check --workbook "$workbook" "$response" 2>"$work/check.txt"; then
      cat "$work/check.txt" >&2
      echo "FAIL: workbook check refused $name.yaml (above); the file:" >&2
      cat -A "$response" | head -40 >&2
      exit 1
    fi
    if [ "$has_report" -eq 1 ]; then
      "$bin" report --workbook "$workbook" "$response" >/dev/null
      "$bin" report --workbook "$workbook" "$response" --format json -o "$work/$name.json" 2>/dev/null
      python3 Scripts/check-form.py verify "$work/$name.expect.json" "$work/$name.json"
    fi
    responses=$((responses + 1))
  done
  tested=$((tested + 1))
done

# The plan for the next round, in a form started from last round's file (Scripts/check-form-plan.py).
"$bin" form workbooks/pots.yaml --from examples/rounds/harrowgate-moor-2025.yaml -o "$work/plan.html" 2>/dev/null
python3 Scripts/check-form-plan.py "$work/plan.html" "$work/plan.yaml"
"$bin" check --workbook workbooks/pots.yaml "$work/plan.yaml" >/dev/null
"$bin" report --workbook workbooks/pots.yaml "$work/plan.yaml" --format json -o "$work/plan.json" 2>/dev/null
python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); assert r["weakestLinksWithoutAction"] == [], r["weakestLinksWithoutAction"]; assert "service-volumes-2026-27" in [a["id"] for a in r["actions"]]' "$work/plan.json"
responses=$((responses + 1))
# Who is rating: three raters' copies merged, and several tables typed up in one copy.
if [ "$has_report" -eq 1 ] && [ -f "$work/pots.html" ]; then
  python3 Scripts/check-form-raters.py "$work/pots.html" "$bin" "$work"
fi

# The form with the wasm kernel (`workbook form --kernel`): its live score and its HTML report
# against `workbook report`. The kernel is built when missing and wasi-libc is installed.
kernel="${KERNEL:-.build/wasm/workbook-kernel.wasm}"
if [ ! -f "$kernel" ] && [ -e /usr/lib/wasm32-wasi/libc.a ]; then Scripts/build-wasm.sh -o "$kernel" >/dev/null; fi
if [ -f "$kernel" ]; then
  kernel_forms=()
  for id in pots christmas-tree place-based-planning inclusion-health community-engagement delivery-plan; do
    "$bin" form "workbooks/$id.yaml" --kernel "$kernel" -o "$work/$id-kernel.html" 2>/dev/null
    kernel_forms+=("$work/$id-kernel.html")
  done
  for id in pots christmas-tree; do
    python3 Scripts/check-form-kernel.py "$work/$id-kernel.html" "$bin" "workbooks/$id.yaml" "$work"
  done
  # Everything the form writes (several tables, the plan, --from's carried actions) in the live report.
  "$bin" form workbooks/pots.yaml --from examples/rounds/harrowgate-moor-2025.yaml --kernel "$kernel" \
    -o "$work/pots-from-kernel.html" 2>/dev/null
  python3 Scripts/check-form-kernel-live.py "$work/pots-kernel.html" "$work/pots-from-kernel.html" "$bin" \
    workbooks/pots.yaml "$work"
  # The differential inside the real form: every example and 200 generated responses per
  # bundled workbook (check-wasm.mjs's seeded generator) through each workbook's kernel form,
  # JSON and HTML reports byte-identical to `workbook report`'s. The native side (two
  # processes per response) is most of the time: Scripts/check-wasm.sh writes it to
  # $differential with this same binary, and it is reused while the binary, the generator and
  # the examples are the same (in CI, always); otherwise it is written here.
  if command -v node >/dev/null 2>&1; then
    differential="$scratch/wasm/differential"
    native="$bin"
    started=$(date +%s)
    echo "check-form: the native reports for the differential from $native"
    node Scripts/check-wasm.mjs --workbook "$native" --write "$differential" --native-only --reuse --count 200
    python3 Scripts/check-form-differential.py "$differential" "$work" "${kernel_forms[@]}"
    echo "check-form: the differential inside the form took $(( $(date +%s) - started )) s (native reports included unless reused)"
  else
    echo "note: no node (20 or later): the differential inside the kernel form is not run"
  fi
else
  echo "note: no wasm kernel ($kernel; Scripts/build-wasm.sh needs wasi-libc): the kernel form is not tested"
fi

if [ "$tested" -eq 0 ]; then
  echo "FAIL: no bundled workbook found under workbooks/" >&2
  exit 1
fi
what="checked"
if [ "$has_report" -eq 1 ]; then what="checked and reported, every answer read back"; fi
echo "check-form: passed: $tested workbooks, $responses responses from the browser $what"
