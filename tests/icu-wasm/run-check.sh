#!/usr/bin/env bash
# Checks that the web build's ICU (scripts/build-icu-wasm.sh) with its trimmed data
# (scripts/trim-icu-data.sh) formats, names, shapes, reorders and breaks text exactly
# like Debian's native ICU with its full data: check.cpp is built both ways, run (the
# wasm one under node) and the outputs diffed. Exits non-zero on any difference.
#
#   tests/icu-wasm/run-check.sh [LOCALE...]     default: nl en ar tr
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # emscripten 3.1.6 needs acorn
LOCALES=("$@")
[ ${#LOCALES[@]} -gt 0 ] || LOCALES=(nl en ar tr)
log() { printf '[icu-check] %s\n' "$*" >&2; }

T=$(mktemp -d "${TMPDIR:-/tmp}/wegwijs-icu-check.XXXXXX")
trap 'rm -rf "$T"' EXIT

ICU=$(scripts/build-icu-wasm.sh | tail -1)
scripts/trim-icu-data.sh "$T/data" "${LOCALES[@]}"

log "building natively (Debian libicu-dev)"
# shellcheck disable=SC2046  # pkg-config prints several flags
g++ -std=c++20 -O1 -o "$T/check-native" tests/icu-wasm/check.cpp \
  $(pkg-config --cflags --libs icu-i18n icu-uc)

log "building with em++ (ICU from $ICU)"
emcc -Oz -I"$ICU/include" -c "$T/data/icudata.c" -o "$T/icudata.o"
em++ -std=c++20 -Oz -DU_STATIC_IMPLEMENTATION -I"$ICU/include" -o "$T/check.js" \
  tests/icu-wasm/check.cpp "$T/icudata.o" "$ICU/lib/libicui18n.a" "$ICU/lib/libicuuc.a" \
  -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1
log "check.wasm: $(stat -c %s "$T/check.wasm") bytes, $(gzip -9c "$T/check.wasm" | wc -c) gzipped"

"$T/check-native" "${LOCALES[@]}" > "$T/native.txt"
node "$T/check.js" "${LOCALES[@]}" > "$T/wasm.txt"
if diff -u --label native "$T/native.txt" --label wasm "$T/wasm.txt"; then
  log "wasm ICU output identical to native for ${LOCALES[*]} ($(wc -l < "$T/native.txt") lines)"
  echo "icu-wasm: 1 passed, 0 failed"
else
  echo "icu-wasm: 0 passed, 1 failed"
  exit 1
fi
