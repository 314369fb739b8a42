#!/usr/bin/env bash
# Builds the wasm kernel: the scoring side of workbook (the modules Wasm/modules.txt lists),
# compiled with Embedded Swift for wasm32-unknown-none-wasm by the Swift toolchain itself, and
# linked with wasi-libc (Debian's wasi-libc package: malloc, strtod, fmod, round) and the
# small C file Wasm/shim.c. The result imports nothing from its host.
#
#   Scripts/build-wasm.sh                  # writes .build/wasm/workbook-kernel.wasm
#   Scripts/build-wasm.sh -o FILE.wasm
#
# Needs: the Swift toolchain (swiftc, clang and wasm-ld from the same folder; SWIFT_BIN says
# where, default the folder of `swiftc` on PATH, else /opt/swift/usr/bin), and wasi-libc
# (apt-get install wasi-libc). docs/wasm.md says how the kernel is built and why.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build/wasm/workbook-kernel.wasm
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift 2 ;;
    *) echo "usage: $0 [-o FILE.wasm]" >&2; exit 64 ;;
  esac
done

if [ -z "${SWIFT_BIN:-}" ]; then
  if command -v swiftc >/dev/null 2>&1; then SWIFT_BIN="$(dirname "$(readlink -f "$(command -v swiftc)")")"; else SWIFT_BIN=/opt/swift/usr/bin; fi
fi
swiftc="$SWIFT_BIN/swiftc"
clang="$SWIFT_BIN/clang"
wasm_ld="$SWIFT_BIN/wasm-ld"
unicode_tables="$SWIFT_BIN/../lib/swift/embedded/wasm32-unknown-none-wasm/libswiftUnicodeDataTables.a"
wasi_sysroot_lib=/usr/lib/wasm32-wasi
wasi_include=/usr/include/wasm32-wasi
for tool in "$swiftc" "$clang" "$wasm_ld" "$unicode_tables"; do
  [ -e "$tool" ] || { echo "error: $tool is missing (set SWIFT_BIN to the toolchain's bin folder)" >&2; exit 1; }
done
[ -e "$wasi_sysroot_lib/libc.a" ] || { echo "error: wasi-libc is missing: apt-get install wasi-libc" >&2; exit 1; }

modules_file="${WASM_MODULES:-Wasm/modules.txt}"
mapfile -t native_only < <(grep -v '^\s*\(#\|$\)' Wasm/native-only.txt)
work=.build/wasm/modules
mkdir -p "$work" "$(dirname "$out")"

# The same language settings as Package.swift gives every target, so that the kernel's
# modules compile as the native ones do.
flags=(
  -target wasm32-unknown-none-wasm -enable-experimental-feature Embedded -wmo -Osize
  -Xfrontend -disable-stack-protector -parse-as-library -package-name workbook -I "$work"
  -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault
  -enable-upcoming-feature MemberImportVisibility
)

objects=()
# A module is built again when one of its files, this script or the lists are newer than its
# object, or when a module it may import was built again.
rebuilt=0
while read -r module folders; do
  case "$module" in ''|'#'*) continue ;; esac
  files=()
  # shellcheck disable=SC2086
  while IFS= read -r file; do
    skip=0
    for pattern in "${native_only[@]}"; do
      # shellcheck disable=SC2053
      [[ "$file" == $pattern ]] && skip=1
    done
    [ "$skip" = 1 ] || files+=("$file")
  done < <(find $folders -name '*.swift' | LC_ALL=C sort)
  # A target's style sheets and scripts are Swift constants (EmbeddedAssets), written as the
  # EmbedAssets plugin writes them for swift build (rewritten only when they change).
  asset_folders=()
  # shellcheck disable=SC2086
  for folder in $folders; do
    if [ -d "$folder" ] && [ -n "$(find "$folder" -type f \( -name '*.css' -o -name '*.js' \) | head -1)" ]; then
      asset_folders+=("$folder")
    fi
  done
  if [ "${#asset_folders[@]}" -gt 0 ]; then
    Scripts/embed-assets.sh "$work/$module-EmbeddedAssets.swift" "${asset_folders[@]}"
    files+=("$work/$module-EmbeddedAssets.swift")
  fi
  [ "${#files[@]}" -gt 0 ] || { echo "error: no Swift file for $module in: $folders" >&2; exit 1; }
  objects+=("$work/$module.o")
  if [ "$rebuilt" = 0 ] && [ -e "$work/$module.o" ] \
    && [ -z "$(find "${files[@]}" "$0" Wasm/native-only.txt "$modules_file" -newer "$work/$module.o" 2>/dev/null)" ]; then
    echo "  $module is up to date" >&2
    continue
  fi
  rebuilt=1
  echo "  swiftc $module (${#files[@]} files)" >&2
  "$swiftc" "${flags[@]}" -module-name "$module" -emit-module -emit-module-path "$work/$module.swiftmodule" \
    -c "${files[@]}" -o "$work/$module.o.partial"
  mv "$work/$module.o.partial" "$work/$module.o"
done < "$modules_file"

echo "  clang Wasm/shim.c" >&2
"$clang" --target=wasm32-wasi -isystem "$wasi_include" -Os -c Wasm/shim.c -o "$work/shim.o"

echo "  wasm-ld $out" >&2
"$wasm_ld" --no-entry --strip-all --gc-sections "${objects[@]}" "$work/shim.o" "$unicode_tables" \
  "$wasi_sysroot_lib/libc.a" -o "$out"

# The kernel must need nothing from its host: a WASI import would mean a C function pulled in
# something that reaches for files or the clock.
if command -v node >/dev/null 2>&1; then
  node -e '
    const m = new WebAssembly.Module(require("fs").readFileSync(process.argv[1]));
    const imports = WebAssembly.Module.imports(m);
    if (imports.length) { console.error("error: the kernel imports", imports); process.exit(1); }
  ' "$out"
fi
echo "$out: $(wc -c < "$out") bytes" >&2
