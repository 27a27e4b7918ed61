#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh), then runs YOLOX-Nano over the sample photos and prints what it found.
# Results: runs/demo/detections.json (COCO results format) and runs/demo/annotated/*.jpg (boxes drawn).
#   scripts/demo.sh [--no-apt]
# This is the first demo: one detector on still images. The three-tier pipeline demo replaces it later.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/scripts/setup.sh" "$@"

assets="${VATE_ASSETS_DIR:-$root/.assets}"
images="$assets/data/sample-images-darknet-deb"
out="$root/runs/demo"
mkdir -p "$out"

"$root/scripts/vate" benchmark detect --model yolox-nano --images "$images" \
    --output "$out/detections.json" --annotated-dir "$out/annotated"
echo "demo: detections in $out/detections.json, annotated images in $out/annotated/"
