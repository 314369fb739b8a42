#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer and AddressSanitizer and runs it.
#
#   Scripts/fuzz.sh TARGET [libFuzzer flags...]
#   Scripts/fuzz.sh yaml -max_total_time=60
#   Scripts/fuzz.sh rules -runs=0 .build-fuzz/artifacts-rules/crash-…   # replay one input
#
# TARGET is one of
#   yaml      bytes → YAMLParser.parse, general and strict policies
#   workbook  bytes → WorkbookPipeline.loadWorkbook; a valid workbook is scored and reported
#   rules     text  → the `when:` and `{...}` templates of a rule, compiled and evaluated
#   response  bytes → WorkbookPipeline.loadResponse against the bundled workbooks, then reported
#   xlsx      bytes → a response spreadsheet (zip, XML, sheet, import: WorkbookOffice), then reported
#   escapers  text  → every escaper (CSV, YAML quoting, HTML, Markdown, terminal), read back
#                     by a real parser (libyaml; an RFC 4180 reader) and compared
#   output    bytes → the command line's -o writer (FileAccess), against files, links, pipes
#                     and folders made under /tmp
#
# The target's entry is Fuzz/TARGET.swift (outside every SwiftPM target, because SwiftPM renames
# `main`); it is compiled with every file of the core's layers (Sources/Workbook*, each layer's
# `import Workbook…` lines blanked) and the pages' CSS and JavaScript as Swift
# (Scripts/embed-assets.sh) into one module (for xlsx, with Sources/WorkbookOffice too,
# and zlib). Everything goes
# to .build-fuzz/: the binary fuzz-TARGET, the corpus corpus-TARGET/ (seeded from the repository's
# YAML files and ../shared/yaml-test-suite), and any crash, leak, timeout or out-of-memory input in
# artifacts-TARGET/. The script exits non-zero when libFuzzer finds one, and prints its path.
# See docs/fuzzing.md.
set -euo pipefail

cd "$(dirname "$0")/.."
targets="yaml workbook rules response xlsx escapers output"
target="${1:-}"
if [ -z "$target" ] || [[ " $targets " != *" $target "* ]]; then
  echo "usage: Scripts/fuzz.sh TARGET [libFuzzer flags...]   (TARGET: ${targets// /, })" >&2
  exit 64
fi
shift

out=.build-fuzz
binary="$out/fuzz-$target"
corpus="$out/corpus-$target"
artifacts="$out/artifacts-$target"
suite=../shared/yaml-test-suite
mkdir -p "$out" "$corpus" "$artifacts"

# Build when the binary is missing or older than any source it is made from.
sources=()
while IFS= read -r file; do sources+=("$file"); done < <(find Sources -path 'Sources/Workbook*' -not -path 'Sources/WorkbookOffice/*' -name '*.swift' | sort)
# The pages' CSS and JavaScript as Swift constants, which the EmbedAssets plugin makes for
# `swift build` (rewritten only when an asset changed, so it does not force a rebuild).
Scripts/embed-assets.sh "$out/EmbeddedAssets.swift" Sources/WorkbookForms Sources/WorkbookReporting
sources+=("$out/EmbeddedAssets.swift")
office=()
extra_flags=()
if [ "$target" = xlsx ]; then
  while IFS= read -r file; do office+=("$file"); done < <(find Sources/WorkbookOffice -name '*.swift' | sort)
  extra_flags=(-I Sources/CZlib -lz)
fi
entry=(Fuzz/FuzzSupport.swift "Fuzz/$target.swift")
cli=()
if [ "$target" = output ]; then
  # The CLI's file writing, compiled into the same module: its `import WorkbookCore` goes.
  mkdir -p "$out/cli"
  for file in Sources/workbook/FileAccess.swift Sources/workbook/FileAccess+Write.swift; do
    copy="$out/cli/$(basename "$file")"
    if [ ! -e "$copy" ] || [ "$file" -nt "$copy" ]; then grep -v '^import WorkbookCore$' "$file" > "$copy"; fi
    cli+=("$copy")
  done
  entry+=("${cli[@]}")
fi
stale=0
if [ ! -x "$binary" ]; then
  stale=1
else
  for file in "${sources[@]}" "${office[@]}" "${entry[@]}" Scripts/fuzz.sh Sources/workbook/FileAccess*.swift; do
    if [ "$file" -nt "$binary" ]; then stale=1; break; fi
  done
  # A source deleted since the last build also means a rebuild.
  if [ "$stale" -eq 0 ] && [ "$(printf '%s\n' "${sources[@]}" | cksum)" != "$(cat "$binary.sources" 2>/dev/null)" ]; then
    stale=1
  fi
fi
if [ "$stale" -eq 1 ]; then
  echo "fuzz.sh: building $binary (libFuzzer + AddressSanitizer, -O) …" >&2
  start=$SECONDS
  build_log="$out/build-$target.log"
  # One module: the layers' imports of each other would import modules that are not built
  # here. Blanked, not deleted, so that a crash's line numbers match the sources.
  copies=()
  mkdir -p "$out/sources"
  rm -f "$out/sources/"*.swift
  for file in "${sources[@]}" "${office[@]}"; do
    copy="$out/sources/$(echo "$file" | tr / _)"
    sed -E 's/^(@_exported )?(public |package |internal )?import Workbook[A-Za-z]*$//' "$file" > "$copy"
    copies+=("$copy")
  done
  for attempt in 1 2 3; do
    if swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
      -swift-version 6 -module-name WorkbookCore -package-name workbook \
      -enable-upcoming-feature ExistentialAny \
      -enable-upcoming-feature InternalImportsByDefault \
      -enable-upcoming-feature MemberImportVisibility \
      -I Sources/CLibYAML -lyaml \
      -module-cache-path "$out/module-cache" \
      "${extra_flags[@]}" "${copies[@]}" "${entry[@]}" -o "$binary.tmp" > "$build_log" 2>&1; then
      break
    fi
    # Someone saved a source mid-build: build again; any other error is final.
    if [ "$attempt" -lt 3 ] && grep -q "was modified during the build" "$build_log"; then
      echo "fuzz.sh: a source changed during the build; building again" >&2
      continue
    fi
    # gold warns about every sanitizer helper symbol; those lines are noise.
    grep -v "ld.gold: warning: Cannot export local symbol" "$build_log" >&2
    echo "fuzz.sh: the build failed (full log: $build_log)" >&2
    exit 2
  done
  mv "$binary.tmp" "$binary"
  printf '%s\n' "${sources[@]}" | cksum > "$binary.sources"
  echo "fuzz.sh: built in $((SECONDS - start))s" >&2
fi

# Seed the corpus (only files not there yet; libFuzzer names its own finds by hash).
seed() {
  local name="$1" file="$2"
  [ -e "$corpus/seed-$name" ] || cp "$file" "$corpus/seed-$name"
}
if [ "$target" = output ]; then
  # What is there (first byte), permissions, flags, the name's length, the name, the contents.
  printf '\x00\x00\x00\x08report.txtsome text' > "$corpus/seed-new" 2>/dev/null || true
  printf '\x01\xa4\x00\x08report.txtsome text' > "$corpus/seed-file"
  printf '\x03\xa4\x00\x08report.txtsome text' > "$corpus/seed-link"
  printf '\x04\xa4\x00\x08report.txtsome text' > "$corpus/seed-pipe"
  printf '\x00\x00\x00\xffaaaa' > "$corpus/seed-long-name"
elif [ "$target" = escapers ]; then
  # Awkward texts, one per file, and every line of the bundled workbooks' values.
  n=0
  for text in '"' '=1+1' 'a,b' $'a\r\nb' $'a"\xcc\x81b' $': \xcc\x81x' $'a #\xcc\x81' $'\e[2J' $'\xe2\x80\xae' 'Yes' '1e3' '- x'; do
    n=$((n + 1))
    [ -e "$corpus/seed-text-$n" ] || printf '%s' "$text" > "$corpus/seed-text-$n"
  done
  while IFS= read -r line; do
    n=$((n + 1))
    [ -e "$corpus/seed-text-$n" ] || printf '%s' "$line" > "$corpus/seed-text-$n"
  done < <(grep -hE '^\s*[a-z_]+: ' workbooks/*.yaml examples/*.yaml 2>/dev/null | sed -E 's/^\s*[a-z_]+: //' | sort -u | head -400)
elif [ "$target" = rules ]; then
  # The conditions and message templates of the bundled workbooks, one per file. The first
  # byte picks the subject (see Fuzz/rules.swift): 'e' (101) is an element rule.
  n=0
  while IFS= read -r line; do
    n=$((n + 1))
    [ -e "$corpus/seed-rule-$n" ] || printf 'e%s' "$line" > "$corpus/seed-rule-$n"
  done < <(grep -hE '^\s*(when|message|recommendation):' workbooks/*.yaml examples/*.yaml 2>/dev/null \
             | sed -E 's/^\s*(when|message|recommendation):\s*//; s/^"(.*)"$/\1/' | sort -u)
elif [ "$target" = xlsx ]; then
  # The hostile files and the forms (mode 0: a whole file), and their sheets' XML (mode 1).
  if python3 - "$corpus" <<'PY'
import os, sys, zipfile, glob
corpus = sys.argv[1]
for path in sorted(glob.glob("Tests/WorkbookOfficeTests/Fixtures/hostile/*.xlsx")):
    name = os.path.basename(path)
    data = open(path, "rb").read()
    if len(data) > 60000:
        continue
    open(f"{corpus}/seed-{name}", "wb").write(b"\0" + data)
    try:
        sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
        if len(sheet) < 60000:
            open(f"{corpus}/seed-sheet-{name}", "wb").write(b"\1" + sheet)
    except Exception:
        pass
PY
  then :; else echo "fuzz.sh: could not seed the xlsx corpus (needs python3); libFuzzer starts from nothing" >&2; fi
else
  for file in workbooks/*.yaml examples/*.yaml; do
    [ -f "$file" ] && seed "$(basename "$file")" "$file"
  done
  while IFS= read -r file; do
    seed "fixture-$(echo "$file" | sed 's|^Tests/WorkbookCoreTests/Fixtures/||; s|/|-|g')" "$file"
  done < <(find Tests/WorkbookCoreTests/Fixtures -name '*.yaml' | sort)
  if [ -d "$suite" ]; then
    while IFS= read -r file; do
      id="${file#"$suite"/}"
      id="${id%/in.yaml}"
      seed "suite-${id//\//-}" "$file"
    done < <(find "$suite" -name in.yaml | sort)
  fi
fi

# Inputs named on the command line (a crash to replay, another corpus) replace the corpus.
inputs=("$corpus")
for arg in "$@"; do
  if [[ "$arg" != -* ]]; then inputs=(); break; fi
done
echo "fuzz.sh: running $binary${inputs[0]:+ on $corpus ($(ls "$corpus" | wc -l) inputs)}" >&2
log="$out/last-$target.log"
status=0
# A dictionary of the format's words helps the fuzzer past keywords (Fuzz/*.dict).
dict=Fuzz/yaml.dict
[ "$target" = xlsx ] && dict=Fuzz/xlsx.dict
extra=()
if [ "$target" = rules ]; then
  dict=Fuzz/rules.dict
  # The seeds are one-line rules; without this libFuzzer takes many minutes to try inputs
  # long enough to reach the expression limits (2,000 characters, 500 tokens).
  extra=(-len_control=0)
fi
"$binary" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/" \
  -dict="$dict" "${extra[@]}" -print_final_stats=1 "$@" "${inputs[@]}" 2>&1 | tee "$log" || status=${PIPESTATUS[0]}

if [ "$status" -ne 0 ]; then
  found=$(grep -oE "(Test unit written to|artifact_prefix='[^']*'; Test unit written to) [^ ]+" "$log" \
            | sed -E 's/.*written to //' | tail -1 || true)
  echo >&2
  echo "fuzz.sh: $target failed (libFuzzer exit $status); log in $log" >&2
  if [ -n "$found" ]; then
    echo "fuzz.sh: the input is $found" >&2
    echo "fuzz.sh: replay it with: Scripts/fuzz.sh $target -runs=0 $found" >&2
  fi
  exit "$status"
fi
