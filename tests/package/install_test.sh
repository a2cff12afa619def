#!/usr/bin/env bash
# The kiosk's Debian package, installed as a gemeente's IT would and started:
# builds the .deb with CPack, checks that dpkg accepts it on this machine
# (dependencies present: `dpkg --dry-run -i`), unpacks it into a throwaway
# root, checks the installed CLI accepts the installed content, and starts the
# installed kiosk with the installed config under Xvfb: its first screen must
# be the welcome screen. Prints the package's installed size.
#   tests/package/install_test.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=$(realpath "$1") out=$(realpath -m "$2")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root_dir=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >/dev/null || fail "cpack could not build the package"
deb=$(ls "$work"/pkg/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack made no .deb"
depends=$(dpkg-deb -f "$deb" Depends)
for need in fonts-noto-core libglfw3 libicu72; do
  case "$depends" in *"$need"*) ;; *) fail "Depends lacks $need: $depends" ;; esac
done
dpkg-deb -f "$deb" Conffiles >/dev/null 2>&1 || true
dpkg-deb -e "$deb" "$work/control"
grep -qx /etc/wegwijs/kiosk.json "$work/control/conffiles" || fail "/etc/wegwijs/kiosk.json is not a conffile (an upgrade would overwrite the gemeente's config)"
dpkg --dry-run -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i would fail on this machine"; }

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/wegwijs-kiosk usr/bin/wegwijs-cli etc/wegwijs/kiosk.json usr/lib/systemd/user/wegwijs-kiosk.service \
         usr/share/wegwijs/content/screens.json usr/share/wegwijs/i18n/nl.json; do
  [ -e "$root/$f" ] || fail "the package has no /$f"
done
grep -q '^ExecStart=/usr/bin/wegwijs-kiosk --config /etc/wegwijs/kiosk.json' "$root/usr/lib/systemd/user/wegwijs-kiosk.service" \
  || fail "the unit does not start the installed kiosk with the installed config"
grep -q '^Restart=always' "$root/usr/lib/systemd/user/wegwijs-kiosk.service" || fail "the unit does not restart the kiosk"

# The installed files, relocated into the throwaway root.
sed "s#/usr/share/wegwijs#$root/usr/share/wegwijs#g" "$root/etc/wegwijs/kiosk.json" >"$work/kiosk.json"
"$root/usr/bin/wegwijs-cli" content check "$root/usr/share/wegwijs/content" --i18n "$root/usr/share/wegwijs/i18n" \
  || fail "the installed CLI refuses the installed content"

mkdir -p "$out"
WEGWIJS_KIOSK="$root/usr/bin/wegwijs-kiosk" "$root_dir/scripts/screenshot" kiosk "$out/package-kiosk.png" \
  --config "$work/kiosk.json" --size 1280x800 --trace "$work/trace.jsonl" >/dev/null \
  || fail "the installed kiosk did not start and draw"
first=$(head -1 "$work/trace.jsonl")
case "$first" in *'"screen":"attract"'*) ;; *) fail "the installed kiosk's first screen is not the welcome: $first" ;; esac
echo "package: OK: $(basename "$deb"), installed size $(dpkg-deb -f "$deb" Installed-Size) KiB, Depends: $depends"
echo "  screenshot $out/package-kiosk.png"
