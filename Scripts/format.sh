#!/usr/bin/env bash
# Formats the Swift sources with the checked-in .swift-format, then lints them.
#   Scripts/format.sh          format in place, then lint
#   Scripts/format.sh --lint   lint only (prints findings; exit status 1 if any)
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift Sources Tests Plugins Wasm Fuzz)
if [ "${1:-}" != "--lint" ]; then
    swift format format --in-place --recursive --parallel "${paths[@]}"
fi
swift format lint --strict --recursive --parallel "${paths[@]}"
