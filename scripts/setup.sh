#!/usr/bin/env bash
# Prepares a Debian 12 machine that has the .NET SDK: native libraries OpenCV needs, fonts for plots,
# the models and data (fetched and checked against their sha256), and a Release build.
#   scripts/setup.sh [--no-apt] [--no-build]
# VATE_ASSETS_MIRROR=DIR copies assets from a local folder laid out as the upstream manifest instead of downloading.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

apt=1; build=1
for arg in "$@"; do
    case "$arg" in
        --no-apt) apt=0 ;;
        --no-build) build=0 ;;
        *) echo "setup.sh: unknown option '$arg' (expected --no-apt or --no-build)." >&2; exit 2 ;;
    esac
done

# Native libraries: OpenCvSharp's runtime links against GTK 3, libdrm and libatomic; plots need a font.
needed=(libgtk-3-0 libdrm2 libatomic1 fonts-dejavu-core libgomp1)
if [ "$apt" = 1 ] && command -v apt-get > /dev/null; then
    missing=()
    for pkg in "${needed[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "setup.sh: installing ${missing[*]}" >&2
        SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" > /dev/null
    fi
fi

# Use the shared folder beside the checkout as a mirror when nobody chose one and it is there.
if [ -z "${VATE_ASSETS_MIRROR:-}" ] && [ -f "$root/../shared/assets/manifest.json" ]; then
    export VATE_ASSETS_MIRROR="$root/../shared/assets"
fi

if [ "$build" = 1 ]; then
    dotnet build "$root/VateSharp.sln" -c Release -nologo -v quiet -clp:ErrorsOnly
fi

"$root/scripts/vate" benchmark fetch-assets
