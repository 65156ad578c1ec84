#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run): unit tests, release build,
# then browser tests against the built dist/. Exits non-zero on any failure.
#
#   scripts/test.sh                       every test, once
#   scripts/test.sh --repeat N [SUITE]    the same set-up and builds, then the browser suites
#                                         N times in a row, stopping at the first failure:
#                                         the way to check a suspected flake. SUITE is one of
#                                         chromium, firefox, webkit (default: all three).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

REPEAT=1
ONLY=all
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) REPEAT="${2:?--repeat needs a count}"; shift 2 ;;
    chromium|firefox|webkit) ONLY="$1"; shift ;;
    *) echo "test.sh: unknown argument '$1' (see the comment at the top)" >&2; exit 2 ;;
  esac
done
case "$REPEAT" in ''|*[!0-9]*|0) echo "test.sh: --repeat takes a count of 1 or more" >&2; exit 2 ;; esac

section() { printf '\n==== %s ====\n' "$*"; }

section "setup"
bash scripts/setup.sh

if [ "$REPEAT" -eq 1 ]; then
  section "cargo test (native)"
  cargo test
  section "every citation read back by pybtex and rispy"
  python3 tests/read_citations.py
fi

section "release build (trunk)"
bash scripts/build.sh

if [ "$REPEAT" -eq 1 ]; then
  section "the dataset's files read by frictionless and pandas; CITATION.cff by cffconvert"
  .test-tools/data/bin/python tests/read_data.py dist
  .test-tools/cff/bin/cffconvert --validate -i CITATION.cff
fi

section "test-only build with the panic trigger (dist-panic/)"
bash scripts/build.sh --features panic-test --dist dist-panic >/dev/null

section "test-only build of ten times the data (dist-10x/, bench/scale-data.mjs)"
node bench/scale-data.mjs 10 target/scale-10.toml
DATASET_FILE="$REPO_ROOT/target/scale-10.toml" bash scripts/build.sh --dist dist-10x >/dev/null

chromium_suite() {
  # One test file at a time: each launches its own Chromium, and the machines have only 2 cores.
  node --test --test-concurrency=1 e2e/ && APP_ROOT="$REPO_ROOT/dist-10x/" node --test --test-concurrency=1 e2e-scale/
}
firefox_suite() { ENGINE=firefox node --test --test-concurrency=1 e2e-engines/; }
webkit_suite() { ENGINE=webkit xvfb-run -a node --test --test-concurrency=1 e2e-engines/; }

run_suites() {
  local label="$1"
  if [ "$ONLY" = all ] || [ "$ONLY" = chromium ]; then
    section "browser tests (node --test e2e/)$label"
    chromium_suite || return 1
  fi
  if [ "$ONLY" = all ] || [ "$ONLY" = firefox ]; then
    section "the same behaviour in Firefox (e2e-engines/)$label"
    firefox_suite || return 1
  fi
  if [ "$ONLY" = all ] || [ "$ONLY" = webkit ]; then
    section "the same behaviour in WebKit (e2e-engines/)$label"
    webkit_suite || return 1
  fi
}

if [ "$REPEAT" -eq 1 ]; then
  run_suites "" || exit 1
  section "all tests passed"
else
  for run in $(seq 1 "$REPEAT"); do
    if ! run_suites ", run $run of $REPEAT"; then
      section "repeat: run $run of $REPEAT failed ($ONLY); $((run - 1)) passed before it"
      exit 1
    fi
    printf 'repeat: run %d of %d passed (%s)\n' "$run" "$REPEAT" "$ONLY"
  done
  section "repeat: $REPEAT of $REPEAT runs passed in a row ($ONLY)"
fi
