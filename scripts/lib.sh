# Shared helpers for the scripts in this folder (sourced, not run).
WEGWIJS_CACHE=${WEGWIJS_CACHE:-/var/cache/wegwijs}
export WEGWIJS_CACHE
# Emscripten 3.1.6's optimiser needs acorn, which Node 20 only finds here.
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

# The one Dear ImGui version both targets use (see README, "Dear ImGui").
IMGUI_DEB_VERSION=1.92.2b+ds-1
IMGUI_VERSION=1.92.2b
IMGUI_DIR="$WEGWIJS_CACHE/imgui/$IMGUI_DEB_VERSION/imgui-$IMGUI_VERSION"

log() { printf '[wegwijs] %s\n' "$*" >&2; }
die() { printf '[wegwijs] error: %s\n' "$*" >&2; exit 1; }
