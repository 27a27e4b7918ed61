#!/usr/bin/env bash
# Runs a small benchmark sweep on generated sequences and checks its HTML report in headless Chromium.
#   scripts/bench.sh [--no-apt] [--output DIR] [--resume] [-- EXTRA SWEEP OPTIONS...]
# Leaves DIR/report/ with report.md, results.csv, results.json, report.html and the PNG plots (DIR defaults to
# runs/bench-<yyyyMMdd-HHmmss>). The sequences are made once with 'datasets synthesize' from the voc100 stills
# into .data/bench-synth. Without --no-apt, missing Debian packages are installed: python3-opencv and
# python3-numpy (the Python peer), chromium (the HTML check) and fonts-dejavu-core (plot text).
# Sized to finish in under 10 minutes on a 2-core machine: detection rates 2, 5 and 10, sync and async, the cloud
# policies every-n (VATE's) and confidence, plus every baseline; 3 repeats of 30 frames per sequence, no warm-up.
# BENCH_REPEATS, BENCH_FRAMES and BENCH_WARMUP override those three numbers.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

apt=1; resume=(); out=""; extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --no-apt) apt=0 ;;
        --resume) resume=(--resume) ;;
        --output) [ $# -ge 2 ] || { echo "bench.sh: --output needs a folder." >&2; exit 2; }; out="$2"; shift ;;
        --) shift; extra=("$@"); break ;;
        *) echo "bench.sh: unknown option '$1' (expected --no-apt, --output DIR, --resume or -- SWEEP OPTIONS)." >&2; exit 2 ;;
    esac
    shift
done
out="${out:-$root/runs/bench-$(date -u +%Y%m%d-%H%M%S)}"
started=$(date +%s)

if [ "$apt" = 1 ] && command -v apt-get > /dev/null; then
    missing=()
    for pkg in python3-opencv python3-numpy chromium fonts-dejavu-core; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "bench.sh: installing ${missing[*]}" >&2
        SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" > /dev/null
    fi
fi

# Use the shared folder beside the checkout as a mirror when nobody chose one and it is there.
if [ -z "${VATE_ASSETS_MIRROR:-}" ] && [ -f "$root/../shared/assets/manifest.json" ]; then
    export VATE_ASSETS_MIRROR="$root/../shared/assets"
fi

# Models of every tier and of the frame loops, and the stills the sequences are made from.
"$root/scripts/vate" benchmark fetch-assets --only voc100 fastestdet yolox-nano picodet-s-416 yolo-fastest-1.1 > /dev/null

data="$root/.data/bench-synth"
if [ ! -f "$data/annotations.json" ]; then
    stills="${VATE_ASSETS_DIR:-$root/.assets}/data/gt-voc2007-100img-rodm"
    "$root/scripts/vate" datasets synthesize --images "$stills/images" \
        --annotations "$stills/annotations/instances_voc100_cocofmt_v1.json" --output "$data" \
        --sequences 2 --frames 50 --size 640x384 --seed 5 --stills-per-sequence 2
fi

# The sweep finds edge-device.dll in the build output; scripts/vate builds it when it is missing or stale.
"$root/scripts/vate" edge-device --help > /dev/null

# A sweep with failed runs still writes its report (exit code 1); check that report, then pass the failure on.
sweep=0
"$root/scripts/vate" benchmark sweep --sequences "$data/sequences/*" --annotations "$data/annotations.json" \
    --detection-rates 2,5,10 --modes sync,async --policies every-n,confidence \
    --repeats "${BENCH_REPEATS:-3}" --warmup "${BENCH_WARMUP:-0}" --max-frames "${BENCH_FRAMES:-30}" \
    --output "$out" "${resume[@]}" "${extra[@]}" || sweep=$?

report="$out/report"
for file in report.md results.csv results.json report.html; do
    [ -s "$report/$file" ] || { echo "bench.sh: $report/$file is missing." >&2; exit 1; }
done
ls "$report"/*.png > /dev/null 2>&1 || { echo "bench.sh: no PNG plots in $report." >&2; exit 1; }

"$root/scripts/check-report-html.sh" "$report" "$out/report-screenshot.png"
echo "bench.sh: report in $report, finished in $(( $(date +%s) - started )) s."
if [ "$sweep" != 0 ]; then
    echo "bench.sh: the sweep ended with code $sweep (see the failed runs listed above)." >&2
    exit "$sweep"
fi
