#!/usr/bin/env bash
# Writes a target's style sheets and scripts as Swift string constants (`EmbeddedAssets`), as
# the EmbedAssets plugin does for `swift build`, for builds that call swiftc themselves
# (Scripts/fuzz.sh; a WebAssembly build of the report). The output is plain Swift: no
# Foundation, no Bundle, no resources.
#
#   Scripts/embed-assets.sh OUTPUT.swift TARGET_FOLDER...
#   Scripts/embed-assets.sh /tmp/EmbeddedAssets.swift Sources/WorkbookReporting
#
# Every .css and .js file under each TARGET_FOLDER is embedded, as the plugin embeds every one
# among a target's files; several folders give one `EmbeddedAssets` (for a build that compiles
# their targets as one module). The tool is built once with swiftc into .build/scripts/, and the
# output is rewritten only when it changes.
set -euo pipefail

cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: Scripts/embed-assets.sh OUTPUT.swift TARGET_FOLDER..." >&2
  exit 64
fi
output=$1
shift
for folder in "$@"; do
  if [ ! -d "$folder" ]; then echo "embed-assets.sh: $folder is not a folder" >&2; exit 64; fi
done

tool=.build/scripts/embed-assets
if [ ! -x "$tool" ] || [ Sources/embed-assets/main.swift -nt "$tool" ]; then
  mkdir -p .build/scripts
  swiftc -O -module-cache-path .build/scripts/module-cache Sources/embed-assets/main.swift -o "$tool.tmp"
  mv "$tool.tmp" "$tool"
fi
assets=()
while IFS= read -r file; do assets+=("$file"); done < <(find "$@" -type f \( -name '*.css' -o -name '*.js' \) | sort)
"$tool" --output "$output" "${assets[@]}"
