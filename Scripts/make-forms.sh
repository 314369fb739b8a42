#!/usr/bin/env bash
# forms/: the ready forms a facilitator downloads, one per bundled workbook, each carrying the
# wasm kernel so it scores and reports in the browser with nothing installed. Writes each with
# `workbook form workbooks/ID.yaml --kernel KERNEL -o forms/ID.html`.
#
#   Scripts/make-forms.sh            # rewrite forms/ (review `git diff --stat forms/`)
#   Scripts/make-forms.sh --check    # fail if forms/ is not what the sources make (CI)
#
# The kernel is .build/wasm/workbook-kernel.wasm, built first when missing (Scripts/build-wasm.sh,
# needs wasi-libc); KERNEL=FILE uses another. `swift test` (ReadyFormsTests) keeps the rest of each
# form current without building the kernel; this script is what checks the kernel too.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="write"
if [ "${1:-}" = "--check" ]; then mode="check"; fi

swift build --product workbook >/dev/null
bin="$(swift build --show-bin-path)/workbook"
kernel="${KERNEL:-.build/wasm/workbook-kernel.wasm}"
if [ ! -f "$kernel" ]; then Scripts/build-wasm.sh -o "$kernel" >/dev/null; fi

out="forms"
if [ "$mode" = "check" ]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
ids=$(sed -n 's/^workbooks\/\([a-z0-9-]*\)\.yaml$/\1/p' <(ls workbooks/*.yaml))
stale=0
for id in $ids; do
  "$bin" form "workbooks/$id.yaml" --kernel "$kernel" -o "$out/$id.html" 2>/dev/null
  if [ "$mode" = "check" ] && ! cmp -s "$out/$id.html" "forms/$id.html"; then
    echo "forms/$id.html is not what the sources make: run Scripts/make-forms.sh and commit forms/" >&2
    stale=1
  fi
done
if [ "$mode" = "check" ]; then
  [ "$stale" -eq 0 ] || exit 1
  echo "make-forms: forms/ is current ($(echo $ids | wc -w) forms)"
else
  for id in $ids; do printf '%s\t%s bytes\n' "forms/$id.html" "$(wc -c < "forms/$id.html")"; done
fi
