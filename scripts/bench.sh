#!/usr/bin/env bash
# Speed and size figures, printed (not asserted): native spec+SVG time per view, in-browser
# view-switch time per view, time to first chart against a Chart.js reference page with
# bytes on the wire, and the size of dist/. Each ends with `bench ...` summary
# lines that can be compared run to run. Targets: a view switch within one 60 Hz frame
# (16 ms); first chart at most 0.75x the reference's; the whole site at most 100 KB gzipped.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

echo "==== native: spec + SVG per view (release, median of 400) ===="
cargo run --quiet --release --example bench_views

echo "==== build ===="
bash scripts/build.sh >/dev/null

echo "==== browser: control change to updated chart (headless Chromium) ===="
node bench/views.mjs

echo "==== first chart: app vs a Chart.js reference page (CPU 4x slower, 9 Mbit/s, 40 ms) ===="
node bench/first-chart.mjs

echo "==== size ===="
bash scripts/size.sh --no-build
