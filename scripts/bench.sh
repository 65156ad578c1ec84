#!/usr/bin/env bash
# Speed and size figures, printed (not asserted): native spec+SVG time per view, in-browser
# view-switch and figures-filter time, then cold throttled loads of the app, a Chart.js
# reference page and the static-SVG floor (chart on screen, first working switch, bytes on
# the wire), and the size of dist/. Each ends with `bench ...` summary lines that can be
# compared run to run. Targets: a view switch or filter within one 60 Hz frame (16 ms); the
# chart on screen at most 0.5x the reference's; the first working switch at most 1.0x; an
# English visit at most 100 KB gzipped on the wire.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

echo "==== native: spec + SVG per view (release, median of 400) ===="
cargo run --quiet --release --example bench_views

echo "==== build ===="
bash scripts/build.sh >/dev/null

echo "==== browser: control change to updated chart (headless Chromium) ===="
node bench/views.mjs

echo "==== first screen: app vs a Chart.js reference page and the static-SVG floor (CPU 4x slower, 9 Mbit/s, 40 ms) ===="
node bench/first-chart.mjs

echo "==== the app's parts: bytes, arrival, a press at the core's start to its result (throttled) ===="
node bench/parts.mjs

echo "==== Lighthouse (its mobile default: slow 4G, CPU 4x), the app beside the Chart.js page ===="
# Installed here, for the bench only (the tests do not need it), into .bench-tools/.
LIGHTHOUSE_VERSION=12
if [ ! -f .bench-tools/node_modules/lighthouse/package.json ]; then
  npm install --prefix .bench-tools --no-save --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
fi
node bench/lighthouse.mjs

echo "==== size ===="
bash scripts/size.sh --no-build
