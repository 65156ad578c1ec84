#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run): unit tests, release build,
# then browser tests against the built dist/. Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

section() { printf '\n==== %s ====\n' "$*"; }

section "setup"
bash scripts/setup.sh

section "cargo test (native)"
cargo test

section "release build (trunk)"
bash scripts/build.sh

section "test-only build with the panic trigger (dist-panic/)"
bash scripts/build.sh --features panic-test --dist dist-panic >/dev/null

section "browser tests (node --test e2e/)"
# One test file at a time: each launches its own Chromium, and the machines
# have only 2 cores.
node --test --test-concurrency=1 e2e/

section "the same behaviour in Firefox and WebKit (e2e-engines/), one engine at a time"
ENGINE=firefox node --test --test-concurrency=1 e2e-engines/
ENGINE=webkit xvfb-run -a node --test --test-concurrency=1 e2e-engines/

section "all tests passed"
