#!/usr/bin/env bash
# The main job: the whole VATE pipeline from one command. Sets the machine up (scripts/setup.sh), makes six moving
# sequences with exact ground truth from the 100 real VOC stills if they are not there yet (.data/sequences-demo,
# 6 x 150 frames at 960x540, VisDrone's layout), then plays them through the edge device with an edge server and a
# cloud embedded in the same process (over inproc:// ZeroMQ), at detection rate 5, and prints the COCO table.
#   scripts/demo.sh [--no-apt] [-- extra edge-device options, e.g. -- --sync --video-out runs/demo.mp4]
# Outputs: runs/demo-<time>/ (detections.json, metrics.json, scores.json, run.json); see docs/edge-device.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

setup_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --) shift; break ;;
        *) setup_args+=("$1"); shift ;;
    esac
done

"$root/scripts/setup.sh" "${setup_args[@]+"${setup_args[@]}"}"

assets="${VATE_ASSETS_DIR:-$root/.assets}"
voc="$assets/data/gt-voc2007-100img-rodm"
sequences="$root/.data/sequences-demo"
if [ ! -f "$sequences/annotations.json" ]; then
    echo "demo: generating 6 sequences x 150 frames at 960x540 from the VOC stills into $sequences" >&2
    "$root/scripts/vate" datasets synthesize --images "$voc/images" \
        --annotations "$voc/annotations/instances_voc100_cocofmt_v1.json" \
        --output "$sequences" --sequences 6 --frames 150 --size 960x540 --stills-per-sequence 3 --seed 0
fi

out="$root/runs/demo-$(date +%Y%m%d-%H%M%S)"
"$root/scripts/vate" edge-device "$sequences/sequences/*" "$sequences/annotations.json" \
    --detection-rate 5 --output "$out" "$@"
echo "demo: outputs in $out"
