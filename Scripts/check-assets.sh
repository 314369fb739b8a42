#!/usr/bin/env bash
# The pages' scripts parse: `node --check` on every .js file the targets embed (the form's
# script, Sources/WorkbookForms/Assets/form.js). Cheap; needs Node.js, and says SKIPPED
# without it. The browser checks (Scripts/check-form.sh) run the script for real.
set -euo pipefail

cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: check-assets (no node)"
  exit 0
fi
scripts=()
while IFS= read -r file; do scripts+=("$file"); done < <(find Sources -type f -name '*.js' | sort)
if [ "${#scripts[@]}" -eq 0 ]; then
  echo "check-assets: no .js file under Sources/" >&2
  exit 1
fi
failed=0
for file in "${scripts[@]}"; do
  if ! node --check "$file"; then
    echo "check-assets: $file does not parse" >&2
    failed=1
  fi
done
[ "$failed" -eq 0 ] && echo "check-assets: ${#scripts[@]} script(s) parse"
exit "$failed"
