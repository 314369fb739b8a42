#!/usr/bin/env bash
# The wasm kernel in one command, as CI runs it: builds the native command line and the kernel
# (Scripts/build-wasm.sh), then requires the kernel's JSON and HTML reports to be byte-identical
# to `workbook report`'s over every example and COUNT generated responses per bundled workbook
# (Scripts/check-wasm.mjs, node 20).
#
#   Scripts/check-wasm.sh            # 200 generated responses per bundled workbook
#   Scripts/check-wasm.sh 20         # fewer, while working
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-200}"

command -v node >/dev/null 2>&1 || { echo "error: check-wasm needs node (20 or later)" >&2; exit 1; }
swift build --product workbook >/dev/null
Scripts/build-wasm.sh
# The requests and native reports are kept for the same differential inside the form
# (Scripts/check-form.sh reuses them with the same binary: .build/debug/workbook).
node Scripts/check-wasm.mjs --workbook .build/debug/workbook --kernel .build/wasm/workbook-kernel.wasm --count "$count" \
  --write .build/wasm/differential
