#!/usr/bin/env bash
# Builds libsodium for WebAssembly, once, into the cache (the hand-over code's
# sealed box, app/core/handover/).
#
#   scripts/build-sodium-wasm.sh     prints the result folder's path on its last line
#
# Natively the app links Debian's libsodium-dev; the page needs the same library
# as wasm, so we cross-compile the libsodium source Debian ships (the same version,
# with Debian's patches) with emscripten: `--enable-minimal` (the sealed box,
# BLAKE2b and the key functions are in it; the rest is left out), no threads, no
# assembly, no stack protector, optimised for size.
#
# Result, keyed by libsodium and emcc version (STAMP is written last, so an
# interrupted build is redone):
#   ${WEGWIJS_CACHE:-/var/cache/wegwijs}/sodium-wasm/<deb version>-emscripten-<emcc>/
#       include/sodium.h include/sodium/*.h   lib/libsodium.a   LICENSE   STAMP
set -euo pipefail

# The pin: the version of bookworm's libsodium-dev. To update: pick a version
# `apt-cache showsrc libsodium` lists, set it here and in cmake/Dependencies.cmake.
SODIUM_DEB_VERSION=1.0.18-1+deb12u1
OPT_FLAGS="-Oz"   # size over speed: this code is downloaded by every web visitor

CACHE=${WEGWIJS_CACHE:-/var/cache/wegwijs}
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # emscripten 3.1.6 needs acorn
log() { printf '[sodium-wasm] %s\n' "$*" >&2; }
die() { printf '[sodium-wasm] error: %s\n' "$*" >&2; exit 1; }

command -v emcc >/dev/null || die "emcc not found: apt-get install emscripten"
command -v autoreconf >/dev/null && command -v libtoolize >/dev/null \
  || die "autoreconf/libtoolize not found: apt-get install autoconf automake libtool"
EMCC_VERSION=$(emcc -dumpversion)
OUT="$CACHE/sodium-wasm/$SODIUM_DEB_VERSION-emscripten-$EMCC_VERSION"
STAMP_TEXT="libsodium $SODIUM_DEB_VERSION emcc $EMCC_VERSION flags $OPT_FLAGS minimal"
if [ -f "$OUT/STAMP" ] && [ "$(cat "$OUT/STAMP")" = "$STAMP_TEXT" ]; then
  log "libsodium for wasm: cached at $OUT"
  echo "$OUT"
  exit 0
fi

# Source: downloaded once into the cache.
SRC_CACHE="$CACHE/src/libsodium_$SODIUM_DEB_VERSION"
if [ ! -f "$SRC_CACHE/.complete" ]; then
  log "downloading Debian source libsodium=$SODIUM_DEB_VERSION"
  rm -rf "$SRC_CACHE" && mkdir -p "$SRC_CACHE"
  (cd "$SRC_CACHE" && apt-get source --download-only -q "libsodium=$SODIUM_DEB_VERSION" >&2) \
    || die "cannot fetch Debian source libsodium=$SODIUM_DEB_VERSION (bookworm's;" \
           "needs a deb-src entry and apt-get update, which scripts/setup adds). If Debian" \
           "replaced it, set SODIUM_DEB_VERSION at the top of $0 to a version" \
           "'apt-cache showsrc libsodium' lists."
  touch "$SRC_CACHE/.complete"
fi

mkdir -p "$CACHE/sodium-wasm"
WORK=$(mktemp -d "$CACHE/sodium-wasm/.build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
start=$SECONDS

log "unpacking the source with Debian's patches"
dpkg-source --no-check -x "$SRC_CACHE"/libsodium_"$SODIUM_DEB_VERSION".dsc "$WORK/sodium" >/dev/null
cd "$WORK/sodium"

# Debian's tarball has no generated configure: Debian's own build runs
# autoreconf too (dh --with autoreconf); so do we (autoconf, automake, libtool).
# Not autogen.sh: it would download config.guess.
log "autoreconf"
autoreconf -fi > autoreconf.log 2>&1 || { tail -30 autoreconf.log >&2; die "autoreconf failed"; }

# As libsodium's own dist-build/emscripten.sh does it. Random bytes come from
# crypto.getRandomValues (browser) or node's crypto module, through EM_ASM.
log "configuring (emconfigure, --enable-minimal) ($((SECONDS - start)) s so far)"
emconfigure ./configure --host=wasm32-unknown-emscripten --enable-minimal --disable-shared --enable-static \
  --without-pthreads --disable-ssp --disable-asm --disable-pie \
  --prefix="$WORK/out" CFLAGS="$OPT_FLAGS" > configure.log 2>&1 \
  || { tail -30 configure.log >&2; die "configure failed"; }

log "compiling ($((SECONDS - start)) s so far)"
emmake make -j"$(nproc)" -C src/libsodium install > make.log 2>&1 \
  || { tail -30 make.log >&2; die "make failed"; }

log "installing into $OUT"
STAGE="$WORK/out"
rm -rf "$STAGE/lib/pkgconfig" "$STAGE/lib/"*.la
cp LICENSE "$STAGE/"
rm -rf "$OUT" && mv "$STAGE" "$OUT"
echo "$STAMP_TEXT" > "$OUT/STAMP"
log "libsodium for wasm: built in $((SECONDS - start)) s at $OUT"
echo "$OUT"
