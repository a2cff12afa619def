#!/usr/bin/env bash
# Builds ICU's `common` and `i18n` libraries for WebAssembly, once, into the cache.
#
#   scripts/build-icu-wasm.sh        prints the result folder's path on its last line
#
# Why: Emscripten's ICU port downloads its source, which this machine cannot do, so we
# cross-compile the ICU that Debian ships (the same 72.1 the native build links), from
# `apt-get source`. ICU's cross build wants the tools of a host ICU; Debian's
# icu-devtools provides them, so a stub "cross build dir" (config/icucross.mk plus
# bin/ links to those tools) replaces a whole host build. Only stubdata, common and
# i18n are built; the data comes separately from scripts/trim-icu-data.sh.
#
# Result, keyed by ICU and emcc version (STAMP is written last, so an interrupted
# build is redone):
#   ${WEGWIJS_CACHE:-/var/cache/wegwijs}/icu-wasm/<deb version>-emscripten-<emcc>/
#       include/unicode/*.h   lib/libicuuc.a   lib/libicui18n.a   STAMP
# Link: -I DIR/include -DU_STATIC_IMPLEMENTATION ... DIR/lib/libicui18n.a
#       DIR/lib/libicuuc.a icudata.c   (never stubdata: it defines an empty icudt72_dat)
set -euo pipefail

# The pin. To update: pick a version `apt-cache showsrc icu` lists, set it here, and
# check that ICU_VERSION matches the installed icu-devtools (`dpkg -l icu-devtools`).
ICU_DEB_VERSION=72.1-3+deb12u1
ICU_VERSION=72.1
OPT_FLAGS="-Oz"   # size over speed: this code is downloaded by every web visitor

CACHE=${WEGWIJS_CACHE:-/var/cache/wegwijs}
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # emscripten 3.1.6 needs acorn
log() { printf '[icu-wasm] %s\n' "$*" >&2; }
die() { printf '[icu-wasm] error: %s\n' "$*" >&2; exit 1; }

command -v emcc >/dev/null || die "emcc not found: apt-get install emscripten"
EMCC_VERSION=$(emcc -dumpversion)
OUT="$CACHE/icu-wasm/$ICU_DEB_VERSION-emscripten-$EMCC_VERSION"
STAMP_TEXT="icu $ICU_DEB_VERSION emcc $EMCC_VERSION flags $OPT_FLAGS"
if [ -f "$OUT/STAMP" ] && [ "$(cat "$OUT/STAMP")" = "$STAMP_TEXT" ]; then
  log "ICU for wasm: cached at $OUT"
  echo "$OUT"
  exit 0
fi

# The host tools must be the same ICU version as the source they build.
tools_version=$(dpkg-query -W -f='${Version}' icu-devtools 2>/dev/null || true)
[ -n "$tools_version" ] || die "icu-devtools not installed: apt-get install icu-devtools"
[ "${tools_version%%-*}" = "$ICU_VERSION" ] \
  || die "icu-devtools is $tools_version but the pin is ICU $ICU_VERSION; update the pin"

# Source: downloaded once into the cache (scripts/trim-icu-data.sh shares it).
SRC_CACHE="$CACHE/src/icu_$ICU_DEB_VERSION"
if [ ! -f "$SRC_CACHE/.complete" ]; then
  log "downloading Debian source icu=$ICU_DEB_VERSION"
  rm -rf "$SRC_CACHE" && mkdir -p "$SRC_CACHE"
  (cd "$SRC_CACHE" && apt-get source --download-only -q "icu=$ICU_DEB_VERSION" >&2) \
    || die "cannot fetch Debian source icu=$ICU_DEB_VERSION (expected in bookworm;" \
           "needs a deb-src entry and apt-get update). If Debian replaced it, set" \
           "ICU_DEB_VERSION at the top of $0 to a version 'apt-cache showsrc icu'" \
           "lists (and the same in scripts/trim-icu-data.sh)."
  touch "$SRC_CACHE/.complete"
fi

mkdir -p "$CACHE/icu-wasm"
WORK=$(mktemp -d "$CACHE/icu-wasm/.build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
start=$SECONDS

log "unpacking and patching the source"
dpkg-source --no-check -x "$SRC_CACHE"/icu_"$ICU_DEB_VERSION".dsc "$WORK/icu" >/dev/null

# Stand-in for a host ICU build: what configure and the makefiles read from it.
CROSS="$WORK/cross"
mkdir -p "$CROSS/config" "$CROSS/bin"
cat > "$CROSS/config/icucross.mk" <<EOF
CROSS_ICU_VERSION=$ICU_VERSION
TOOLEXEEXT=
TOOLBINDIR=\$(cross_buildroot)/bin
TOOLLIBDIR=\$(cross_buildroot)/lib
INVOKE=
PKGDATA_INVOKE=
EOF
: > "$CROSS/config/icucross.inc"
for t in $(dpkg -L icu-devtools | grep -E '/s?bin/'); do ln -s "$t" "$CROSS/bin/"; done

log "configuring (emconfigure, --host=wasm32-unknown-linux)"
mkdir -p "$WORK/build" && cd "$WORK/build"
# wasm32-unknown-emscripten is rejected by ICU's config.sub; "linux" picks mh-linux.
CFLAGS="$OPT_FLAGS" CXXFLAGS="$OPT_FLAGS" emconfigure "$WORK/icu/source/configure" \
  --host=wasm32-unknown-linux --with-cross-build="$CROSS" \
  --enable-static --disable-shared --disable-tools --disable-tests --disable-samples \
  --disable-extras --disable-layoutex --disable-icuio --disable-dyload \
  > configure.log 2>&1 || { tail -30 configure.log >&2; die "configure failed"; }

mkdir -p lib bin
for dir in stubdata common i18n; do
  log "compiling $dir ($((SECONDS - start)) s so far)"
  emmake make -j"$(nproc)" -C "$dir" > "make-$dir.log" 2>&1 \
    || { tail -30 "make-$dir.log" >&2; die "make -C $dir failed"; }
done

# Headers are ICU's public ones, unchanged by configure; the libraries are the build's.
log "installing into $OUT"
STAGE="$WORK/out"
mkdir -p "$STAGE/include/unicode" "$STAGE/lib"
cp "$WORK/icu/source/common/unicode/"*.h "$WORK/icu/source/i18n/unicode/"*.h \
   "$STAGE/include/unicode/"
cp lib/libicuuc.a lib/libicui18n.a "$STAGE/lib/"
cp "$WORK/icu/LICENSE" "$STAGE/"
rm -rf "$OUT" && mv "$STAGE" "$OUT"
echo "$STAMP_TEXT" > "$OUT/STAMP"
log "ICU for wasm: built in $((SECONDS - start)) s at $OUT"
echo "$OUT"
