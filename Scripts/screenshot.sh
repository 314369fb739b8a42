#!/usr/bin/env bash
# Screenshots for docs/form.md, with headless Chromium: the workshop form (the top of the page)
# and one element page of the printable workshop pack, both for the bundled POTS workbook.
#
#   Scripts/screenshot.sh                  # writes docs/images/form.png and docs/images/workshop-pack.png
#   SCRATCH_PATH=.build-form Scripts/screenshot.sh
set -euo pipefail

cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
chromium="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$chromium" ]; then
  echo "SKIPPED: screenshots (chromium not installed; apt-get install -y chromium)"
  exit 0
fi

swift build --scratch-path "$scratch" >/dev/null
bin="$scratch/debug/workbook"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" form workbooks/pots.yaml -o "$work/form.html" 2>/dev/null
"$bin" form workbooks/pots.yaml --print -o "$work/pack.html" 2>/dev/null

# The pack shows only the page named in the address (#element_<id>), so a screenshot is one page.
first="$(grep -o '<section class="sheet element" id="[^"]*"' "$work/pack.html" | head -n 1 | sed 's/.*id="//; s/"$//')"

shoot() { # OUT.png WIDTH,HEIGHT URL
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 --lang=en-GB \
    --screenshot="$1" --window-size="$2" "$3" >/dev/null 2>&1
  [ -s "$1" ] || { echo "screenshot failed: $1" >&2; exit 1; }
  echo "wrote $1"
}

mkdir -p docs/images
shoot docs/images/form.png 1200,1600 "file://$work/form.html"
shoot docs/images/workshop-pack.png 900,1250 "file://$work/pack.html#$first"
