#!/usr/bin/env bash
# Renders the HTML report of a fact set to a PNG with headless Chromium (Debian package `chromium`).
# Usage: scripts/render-html.sh [FACTS] [OUT.png] [extra check options...]
# Default: the seed example at 2025-12-31 to docs/images/seed-report.png. Run from the repository root
# after `mvn -q -B -DskipTests package`.
set -euo pipefail
facts=${1:-compliance-examples/examples/seed-bureau}
png=${2:-docs/images/seed-report.png}
shift $(( $# > 2 ? 2 : $# )) || true
jar=compliance-examples/target/anjian.jar
[ -f "$jar" ] || { echo "render-html: $jar is missing; run mvn -q -B -DskipTests package" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "render-html: chromium not found; install it with: apt-get install -y chromium" >&2; exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" check "$facts" --as-of 2025-12-31 --fail-on none --format html --output "$work/report.html" "$@"
mkdir -p "$(dirname "$png")"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --screenshot="$(realpath -m "$png")" --window-size=1280,2000 "file://$work/report.html" 2>"$work/chromium.log" \
  || { cat "$work/chromium.log" >&2; exit 1; }
echo "render-html: wrote $png"
