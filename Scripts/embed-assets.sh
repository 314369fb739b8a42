#!/usr/bin/env bash
# Writes a target's style sheets and scripts as Swift string constants (`EmbeddedAssets`), as
# the EmbedAssets plugin does for `swift build`, for builds that call swiftc themselves
# (Scripts/fuzz.sh; a WebAssembly build of the report). The output is plain Swift: no
# Foundation, no Bundle, no resources.
#
#   Scripts/embed-assets.sh TARGET_FOLDER OUTPUT.swift
#   Scripts/embed-assets.sh Sources/WorkbookCore /tmp/EmbeddedAssets.swift
#
# Every .css and .js file under TARGET_FOLDER is embedded, as the plugin embeds every one among
# the target's files. The tool is built once with swiftc into .build/scripts/, and the output is
# rewritten only when it changes.
set -euo pipefail

cd "$(dirname "$0")/.."
if [ $# -ne 2 ] || [ ! -d "$1" ]; then
  echo "usage: Scripts/embed-assets.sh TARGET_FOLDER OUTPUT.swift" >&2
  exit 64
fi
folder=${1%/}
output=$2

tool=.build/scripts/embed-assets
if [ ! -x "$tool" ] || [ Sources/embed-assets/main.swift -nt "$tool" ]; then
  mkdir -p .build/scripts
  swiftc -O -module-cache-path .build/scripts/module-cache Sources/embed-assets/main.swift -o "$tool.tmp"
  mv "$tool.tmp" "$tool"
fi
assets=()
while IFS= read -r file; do assets+=("$file"); done < <(find "$folder" -type f \( -name '*.css' -o -name '*.js' \) | sort)
"$tool" --root "$folder" --output "$output" "${assets[@]}"
