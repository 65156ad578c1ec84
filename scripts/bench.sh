#!/usr/bin/env bash
# Speed and size figures, printed (not asserted): native spec+SVG time per view, in-browser
# view-switch time per view, and the size of dist/. Each ends with `bench ...` summary
# lines that can be compared run to run. Targets: a view switch within one 60 Hz frame
# (16 ms); the whole site at most 100 KB gzipped.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

echo "==== native: spec + SVG per view (release, median of 400) ===="
cargo run --quiet --release --example bench_views

echo "==== build ===="
bash scripts/build.sh >/dev/null

echo "==== browser: control change to updated chart (headless Chromium) ===="
node bench/views.mjs

echo "==== size ===="
bash scripts/size.sh --no-build
