#!/usr/bin/env bash
# Builds a small ICU data package for the web build, holding only what Wegwijs uses.
#
#   scripts/trim-icu-data.sh OUT_DIR LOCALE...      e.g.  /tmp/icu-out nl en ar tr
#
# Writes OUT_DIR/icudt72l.dat and OUT_DIR/icudata.c; the .c file (made by genccode)
# exports `icudt72_dat`, the symbol a static ICU looks for, so linking it into the wasm
# program gives ICU its data with no file access. Link it with NO stubdata library.
#
# Why this way: the full data is 31 MB. ICU's own data filter needs the data sources,
# which Debian's source package does not ship (only the prebuilt icudt72l.dat), so we
# take that .dat from Debian's *source* package icu=$ICU_DEB_VERSION (byte for byte
# the data inside the installed libicudata.so.72), and trim it with
# icu-devtools: `icupkg -x` the items, `derb -A` them to text, `genrb --filterDir`
# with the rules below, `icupkg` to repack. Kept, for the locales and their parents:
#   main tree  Gregorian calendar (no intervalFormats), number symbols and patterns of
#              latn plus each locale's default/native numbering system (no compact
#              patterns), layout, contextTransforms
#   curr/      EUR names, plurals and symbols, currency spacing and unit patterns
#   lang/      the locales' language names (every language in every kept locale)
#   brkitr/    the line break rules (root's line.brk; no dictionaries, no other kinds)
#   as they are: AS_IS below (cnvalias.icu is needed by u_init, pluralRanges by
#   PluralRules); filtered: supplementalData (calendar and week data) and
#   curr/supplementalData (CurrencyMeta: digits and rounding)
# Not kept: time zones (format dates with a fixed zone, e.g. TimeZone::getGMT()), other
# currencies (always name it: `::currency/EUR`), collation, converters, rbnf, units.
#
# Cached under ${WEGWIJS_CACHE:-/var/cache/wegwijs}/icu-data/<hash of this script and
# the locale list>/, so editing a rule below rebuilds it.
# $chain, $nus and $langs are word lists, split on purpose:
# shellcheck disable=SC2086,SC2116
set -euo pipefail

ICU_DEB_VERSION=72.1-3+deb12u1   # keep in step with scripts/build-icu-wasm.sh
DAT=icudt72l
AS_IS=(cnvalias.icu plurals.res pluralRanges.res numberingSystems.res likelySubtags.res
  keyTypeData.res icuver.res brkitr/line.brk)

[ $# -ge 2 ] || { echo "usage: $0 OUT_DIR LOCALE..." >&2; exit 2; }
OUT_DIR=$1; shift
LOCALES=$(printf '%s\n' "$@" | tr - _ | sort -u | tr '\n' ' ')
CACHE=${WEGWIJS_CACHE:-/var/cache/wegwijs}
log() { printf '[icu-data] %s\n' "$*" >&2; }
die() { printf '[icu-data] error: %s\n' "$*" >&2; exit 1; }
export PATH=$PATH:/usr/sbin   # icupkg and genccode live there
for t in icupkg derb genrb genccode; do
  command -v $t >/dev/null || die "$t missing: apt-get install icu-devtools"
done

KEY=$( { cat "$0"; echo "$LOCALES"; } | sha256sum | cut -c1-16)
DEST="$CACHE/icu-data/$KEY"

build() {
  W=$(mktemp -d "$CACHE/icu-data/.build.XXXXXX")
  trap 'rm -rf "$W"' EXIT
  mkdir -p "$W/full" "$W/raw" "$W/txt" "$W/filters" "$W/out"
  # The prebuilt data from the source package (download shared with build-icu-wasm.sh).
  local src="$CACHE/src/icu_$ICU_DEB_VERSION"
  if [ ! -f "$src/.complete" ]; then
    log "downloading Debian source icu=$ICU_DEB_VERSION"
    rm -rf "$src" && mkdir -p "$src"
    (cd "$src" && apt-get source --download-only -q "icu=$ICU_DEB_VERSION" >&2) \
      || die "cannot fetch Debian source icu=$ICU_DEB_VERSION (needs a bookworm deb-src" \
             "entry); if Debian replaced it, update ICU_DEB_VERSION at the top of this" \
             "script and of scripts/build-icu-wasm.sh"
    touch "$src/.complete"
  fi
  tar -xzf "$src"/icu_*.orig.tar.gz -O "icu/source/data/in/$DAT.dat" > "$W/full/$DAT.dat"
  icupkg -l "$W/full/$DAT.dat" > "$W/items"
  has() { grep -qxF "$1" "$W/items"; }

  # Locales plus their parents (%%Parent if the bundle names one, else truncation).
  local chain="" loc parent
  icupkg -x pool.res -d "$W/raw" "$W/full/$DAT.dat"   # derb needs the shared key pool
  for loc in $LOCALES; do
    has "$loc.res" || die "ICU has no locale '$loc'"
    while [ "$loc" != root ]; do
      chain="$chain $loc"
      icupkg -x "$loc.res" -d "$W/raw" "$W/full/$DAT.dat"
      parent=$(derb -A -c -s "$W/raw" "$loc" 2>/dev/null \
        | sed -n 's/^    %%Parent *{ *"\(.*\)" *}/\1/p')
      [ -n "$parent" ] || { parent=${loc%_*}; [ "$parent" != "$loc" ] || parent=root; }
      loc=$parent
    done
  done
  chain=$(printf '%s\n' $chain root | sort -u)
  log "locales with parents: $(echo $chain)"

  # Everything we keep, as they are or as input to the filters below.
  local tree b keep=("${AS_IS[@]}" supplementalData.res curr/supplementalData.res)
  for tree in "" curr/ lang/ brkitr/; do
    has "${tree}pool.res" && keep+=("${tree}pool.res")
    for b in $chain; do has "$tree$b.res" && keep+=("$tree$b.res"); done
  done
  printf '%s\n' "${keep[@]}" > "$W/keep.txt"
  icupkg -x "$W/keep.txt" -d "$W/raw" "$W/full/$DAT.dat"

  # Numbering systems: latn (every locale's fallback) and those the locales default to.
  local nus langs
  nus=$(for b in $chain; do derb -A -c -s "$W/raw" "$b" 2>/dev/null; done | awk '
    /^    NumberElements\{/ { f = 1 }  /^    }/ { f = 0 }
    f && /^        (default|native) \{/ { gsub(/.*\{ "|" }.*/, ""); print }')
  nus=$(printf '%s\n' latn $nus | sort -u)
  langs=$(printf '%s\n' $chain | grep -v root | sed 's/_.*//' | sort -u)
  log "numbering systems: $(echo $nus); language names: $(echo $langs)"

  # genrb filter rules (ICU Data Build Tool syntax; later rules override earlier ones).
  filter_main() {
    printf '%s\n' '-/' +/Version +/%%Parent +/layout +/contextTransforms \
      +/NumberElements/default +/NumberElements/native +/NumberElements/minimumGroupingDigits
    printf '+/NumberElements/%s\n' $nus
    printf '%s\n' -/NumberElements/*/patternsShort -/NumberElements/*/patternsLong \
      +/calendar/gregorian -/calendar/gregorian/intervalFormats
  }
  filter_curr() {
    printf '%s\n' '-/' +/Version +/%%Parent +/Currencies/EUR +/Currencies%narrow/EUR \
      +/Currencies%formal/EUR +/Currencies%variant/EUR +/CurrencyPlurals/EUR \
      +/CurrencyUnitPatterns +/currencySpacing
  }
  filter_lang() {
    printf '%s\n' '-/' +/Version +/%%Parent +/localeDisplayPattern
    printf '+/Languages/%s\n' $langs
  }
  filter_brkitr() { printf '%s\n' '-/' +/Version +/boundaries/line; }
  filter_supplementalData() {
    printf '%s\n' '-/' +/cldrVersion +/calendarData/gregorian +/calendarPreferenceData \
      +/weekData +/weekData%variant +/weekOfPreference +/timeData +/measurementData
  }
  filter_curr_supplementalData() { printf '%s\n' '-/' +/CurrencyMeta; }

  # Filter one bundle: binary -> text (aliases kept as aliases) -> filtered binary.
  refilter() {  # TREE BUNDLE FILTERFUNC
    local t=$1 name=$2
    mkdir -p "$W/txt/$t" "$W/filters/$t" "$W/out/$t"
    derb -A -s "$W/raw/$t" -d "$W/txt/$t" "$name" 2>/dev/null
    $3 > "$W/filters/$t/$name.txt"
    genrb -q -e UTF-8 -s "$W/txt/$t" -d "$W/out/$t" --filterDir "$W/filters/$t" "$name.txt"
  }
  # An index of the tree's locales, for uloc_getAvailable() and friends.
  index() {  # TREE
    local t=$1 b
    mkdir -p "$W/txt/$t" "$W/out/$t"
    { echo 'res_index:table(nofallback) {'; echo '  InstalledLocales:table {'
      for b in $chain; do
        [ "$b" != root ] && [ -f "$W/raw/$t/$b.res" ] && echo "    $b {\"\"}"
      done
      echo '  }'; echo '}'; } > "$W/txt/$t/res_index.txt"
    genrb -q -s "$W/txt/$t" -d "$W/out/$t" res_index.txt
  }

  log "filtering $(echo $chain | wc -w) locales in 4 trees"
  for tree in "" curr lang brkitr; do
    for b in $chain; do
      [ -f "$W/raw/$tree/$b.res" ] || continue
      [ "$tree" = brkitr ] && [ "$b" != root ] && continue   # only root has line rules
      refilter "$tree" "$b" "filter_${tree:-main}"
    done
    index "$tree"
  done
  refilter "" supplementalData filter_supplementalData
  refilter curr supplementalData filter_curr_supplementalData
  for b in "${AS_IS[@]}"; do
    mkdir -p "$W/out/$(dirname "$b")" && cp "$W/raw/$b" "$W/out/$b"
  done

  log "packing"
  (cd "$W/out" && find . -type f | sed 's|^\./||' | sort) > "$W/list.txt"
  mkdir -p "$W/pkg"
  icupkg -tl -s "$W/out" -a "$W/list.txt" new "$W/pkg/$DAT.dat"
  # genccode names the symbol after the input file: icudt72.dat -> icudt72_dat, the
  # entry point ICU looks for (U_ICUDATA_ENTRY_POINT).
  cp "$W/pkg/$DAT.dat" "$W/icudt72.dat"
  genccode -q -f icudata -d "$W/pkg" "$W/icudt72.dat"
  grep -q '^} icudt72_dat=' "$W/pkg/icudata.c" || die "genccode: unexpected symbol name"
  rm -rf "$DEST" && mv "$W/pkg" "$DEST"
  echo "$LOCALES" > "$DEST/STAMP"
}

mkdir -p "$CACHE/icu-data"
if [ -f "$DEST/STAMP" ]; then
  log "trimmed ICU data: cached at $DEST"
else
  log "trimming ICU data for: $LOCALES"
  build
fi
mkdir -p "$OUT_DIR"
cp "$DEST/$DAT.dat" "$DEST/icudata.c" "$OUT_DIR/"
log "$OUT_DIR/$DAT.dat: $(stat -c %s "$OUT_DIR/$DAT.dat") bytes," \
    "$(gzip -9c "$OUT_DIR/$DAT.dat" | wc -c) gzipped; $OUT_DIR/icudata.c"
