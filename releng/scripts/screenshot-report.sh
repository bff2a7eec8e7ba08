#!/usr/bin/env bash
# Screenshots an HTML review report with headless Chromium (Debian package chromium), to look at it as a
# reader would: the top of the page, then each section asked for from its heading on. Headless Chromium
# shoots only the top of a page and does not scroll to an anchor, so for a section a copy of the report hides
# what comes before that heading (a style rule with :has()) and opens what is folded (traces, long hunk
# lists); the report itself is not changed.
# usage: releng/scripts/screenshot-report.sh REPORT.html OUT-PREFIX [SECTION...]
#   SECTION: an anchor of the report, e.g. r1-findings, r1-callgraph, r1-functions, r1-scenarios, r1-apply
#   e.g. ./faultline review --html /tmp/report
#        releng/scripts/screenshot-report.sh /tmp/report/index.html /tmp/shot r1-callgraph r1-functions
# writes OUT-PREFIX-top.png and OUT-PREFIX-SECTION.png, each WIDTH x HEIGHT (env, default 1400 x 1600)
set -euo pipefail
usage="usage: screenshot-report.sh REPORT.html OUT-PREFIX [SECTION...]"
report="${1:?$usage}"
prefix="${2:?$usage}"
shift 2
width="${WIDTH:-1400}"
height="${HEIGHT:-1600}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: needs chromium (apt-get install chromium)" >&2
  exit 2
fi
if [ ! -f "$report" ]; then
  echo "screenshot-report: no such report: $report" >&2
  exit 2
fi
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
shoot() { # url, file
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size="$width,$height" --screenshot="$2" "$1" >/dev/null 2>&1
  echo "$2"
}
shoot "$url" "$prefix-top.png"
for section in "$@"; do
  copy="$profile/$section.html"
  sed -e "s|</style>|section > :has(~ #$section), body > h1, body > table { display: none; }</style>|" \
    -e "s|<details>|<details open>|g" "$report" > "$copy"
  shoot "file://$copy" "$prefix-$section.png"
done
