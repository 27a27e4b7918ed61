#!/usr/bin/env bash
# Opens REPORT_DIR/report.html in headless Chromium with no network, checks that every <img> decoded
# (naturalWidth > 0), and saves a screenshot of the page. Exits 0 when all images decoded, 1 when one did not,
# 2 on bad usage or a missing browser.
#   scripts/check-report-html.sh REPORT_DIR [SCREENSHOT.png]
# The screenshot goes to SCREENSHOT.png, or to a new file under $TMPDIR whose path is printed.
# Needs the Debian package chromium (apt-get update && apt-get install -y chromium); CHROMIUM=PATH picks another.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "check-report-html.sh: expected REPORT_DIR [SCREENSHOT.png], got $# arguments." >&2
    exit 2
fi

report="$1/report.html"
if [ ! -f "$report" ]; then
    echo "check-report-html.sh: no report.html in '$1'; pass the folder the report writer created." >&2
    exit 2
fi

browser="${CHROMIUM:-}"
if [ -z "$browser" ]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" > /dev/null; then browser="$candidate"; break; fi
    done
fi
if [ -z "$browser" ]; then
    echo "check-report-html.sh: no Chromium found; install it with 'apt-get update && apt-get install -y chromium'." >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shot="${2:-$(mktemp --suffix=.png)}"
report_abs="$(cd "$(dirname "$report")" && pwd)/report.html"

# Flags that keep the browser off the network and away from any existing profile.
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --disable-extensions --disable-default-apps --hide-scrollbars
       --user-data-dir="$work/profile")

# A copy of the page gets a script that, once everything loaded, writes each image's decoded size into the DOM,
# where --dump-dom can read it back. The report itself stays free of scripts.
probe='<script>
window.addEventListener("load", function () {
  var lines = [];
  for (var i = 0; i < document.images.length; i++) {
    var img = document.images[i];
    var ok = img.complete && img.naturalWidth > 0 && img.naturalHeight > 0;
    lines.push((ok ? "ok " : "bad ") + img.naturalWidth + "x" + img.naturalHeight + " " + (img.alt || "(no alt)"));
  }
  var pre = document.createElement("pre");
  pre.id = "vate-image-check";
  pre.textContent = "images=" + document.images.length + "\n" + lines.join("\n") + "\nend";
  document.body.appendChild(pre);
});
</script>'
# ENVIRON, unlike awk -v, keeps the script's backslashes as they are.
PROBE="$probe" awk '/<\/body>/ && !done { print ENVIRON["PROBE"]; done = 1 } { print }
    END { if (!done) print ENVIRON["PROBE"] }' "$report" > "$work/page.html"

if ! timeout 120 "$browser" "${flags[@]}" --virtual-time-budget=10000 --dump-dom "file://$work/page.html" \
        > "$work/dom.html" 2> "$work/browser.log"; then
    echo "check-report-html.sh: Chromium failed to load the page; its log follows." >&2
    tail -n 20 "$work/browser.log" >&2
    exit 1
fi

result="$(sed -n '/<pre id="vate-image-check">/,/end<\/pre>/p' "$work/dom.html" | sed 's/<[^>]*>//g')"
if [ -z "$result" ]; then
    echo "check-report-html.sh: the page never finished loading, so its images could not be checked." >&2
    exit 1
fi

expected="$(grep -o '<img[ >]' "$report" | wc -l)"
found="$(sed -n 's/^images=//p' <<< "$result")"
bad="$(grep -c '^bad ' <<< "$result" || true)"
grep -E '^(ok|bad) ' <<< "$result" | sed 's/^/  /'

timeout 120 "$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$shot" "file://$report_abs" \
    > /dev/null 2>> "$work/browser.log" || echo "check-report-html.sh: the screenshot failed; see Chromium's log." >&2
[ -s "$shot" ] && echo "Screenshot: $shot"

if [ "$found" != "$expected" ] || [ "$bad" != 0 ]; then
    echo "check-report-html.sh: $bad of $found images failed to decode ($expected <img> tags in the file)." >&2
    exit 1
fi
echo "All $found images decoded."
