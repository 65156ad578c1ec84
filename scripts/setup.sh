#!/usr/bin/env bash
# Installs every tool the build and the tests need. Idempotent: each step checks
# first and is skipped when the tool is already there at the right version, so
# running it before every build costs well under a second.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

TRUNK_VERSION=0.21.14

step() { printf 'setup: %-16s %s\n' "$1" "$2"; }

# Run as root on the dev/CI machines; fall back to sudo elsewhere.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Chromium + chromedriver from Debian: the only browser we can get here
#    (playwright's own browser downloads are not reachable).
#    fonts-noto-cjk: Chinese text is readable in screenshots and measured as in a reader's
#    browser, and the build draws the link previews with it (examples/previews.rs).
if [ -x /usr/bin/chromium ] && command -v chromedriver >/dev/null && [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc ]; then
  step chromium "present"
else
  step chromium "installing chromium chromium-driver fonts-noto-cjk (apt)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
fi

# 1b. The other engines for the cross-engine suite (e2e-engines/), also Debian's own builds:
#     Firefox ESR (driven over WebDriver BiDi), WebKitGTK's WebDriver and MiniBrowser (the
#     engine of Safari), and Xvfb, the display the MiniBrowser needs.
if [ -x /usr/bin/firefox-esr ] && command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null; then
  step engines "firefox-esr, webkit2gtk-driver, xvfb present"
else
  step engines "installing firefox-esr webkit2gtk-driver xvfb (apt)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
fi

# 2. The wasm target for rustc.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step wasm32-target "present"
else
  step wasm32-target "adding"
  rustup target add wasm32-unknown-unknown
fi

# 2b. The nightly toolchain the machine image ships (rustc 1.97.0-nightly, 2026-05-19; a dated
#     nightly cannot be installed here), with the wasm32 target and the standard library's
#     source: scripts/build.sh rebuilds std with panic=immediate-abort, 22 KB less gzipped.
#     Without a nightly, the build uses stable as it is (a larger WebAssembly, same app).
if rustup run nightly rustc --version >/dev/null 2>&1; then
  if rustup +nightly target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown &&
     rustup +nightly component list --installed 2>/dev/null | grep -q '^rust-src'; then
    step nightly "$(rustup run nightly rustc --version | cut -d' ' -f2-) with wasm32 and rust-src present"
  else
    step nightly "adding wasm32 target and rust-src"
    rustup +nightly target add wasm32-unknown-unknown
    rustup +nightly component add rust-src
  fi
  # The standard library's own dependencies, for the offline std rebuild (trunk --offline):
  # a quick no-op once they are in cargo's cache.
  RUSTUP_TOOLCHAIN=nightly cargo fetch --quiet \
    --manifest-path "$(rustc +nightly --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
else
  step nightly "none on this machine: the build uses stable"
fi

# 3. Trunk, pinned so every machine builds the same way.
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  step trunk "$TRUNK_VERSION present"
else
  step trunk "installing $TRUNK_VERSION (cargo install, takes minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# 4. wasm-bindgen-cli must equal the wasm-bindgen crate version in Cargo.lock,
#    or trunk --offline refuses to build. (--locked makes this install fail.)
[ -f Cargo.lock ] || cargo generate-lockfile
WB_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$WB_VERSION" ]; then
  echo "setup: no wasm-bindgen entry in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WB_VERSION" ]; then
  step wasm-bindgen "$WB_VERSION present"
else
  step wasm-bindgen "installing $WB_VERSION (cargo install, takes minutes)"
  cargo install wasm-bindgen-cli --version "=$WB_VERSION"
fi

# 4b. The splitter that cuts the app's WebAssembly into a core and parts (scripts/wasm.sh).
#     0.2.4 rather than 0.2.3: it moves data used only by a part into the part in release
#     builds (string tail-merging kept it in the core before) and its loader leaves no
#     unhandled rejection when a part's fetch fails. It pairs with Cargo.lock's
#     wasm_split_helpers 0.2.3 (through leptos). No --version flag: cargo's own list says.
SPLIT_VERSION=0.2.4
if grep -q "\"wasm_split_cli_support $SPLIT_VERSION " "${CARGO_HOME:-$HOME/.cargo}/.crates.toml" 2>/dev/null && command -v wasm-split-cli >/dev/null; then
  step wasm-split-cli "$SPLIT_VERSION present"
else
  step wasm-split-cli "installing $SPLIT_VERSION (cargo install, about 1.5 minutes)"
  cargo install --locked "wasm_split_cli_support@$SPLIT_VERSION" --features build-binary
fi

# 5. Node packages (playwright-core, axe-core, binaryen's wasm-opt). npm writes
#    node_modules/.package-lock.json on install, so an older one means stale.
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  step node_modules "up to date"
else
  step node_modules "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 5b. Real BibTeX and RIS readers, for the test that reads every citation back
#     (tests/read_citations.py).
if python3 -c "import pybtex, rispy" 2>/dev/null; then
  step citations "pybtex, rispy present"
else
  step citations "installing pybtex rispy (pip)"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore pybtex rispy
fi

# 5c. The data files' readers, for tests/read_data.py: frictionless (validates the data
#     package) and pandas, and Pillow, which reads the chart's PNG images in the browser tests,
#     in an environment of their own (.test-tools/data); and cffconvert,
#     which checks CITATION.cff, in another (.test-tools/cff): cffconvert 2.0 pins jsonschema
#     3.2, which breaks frictionless 5.21 (it needs >= 4.20).
python_env() { # NAME CHECK PACKAGES...
  local name="$1" check="$2"
  shift 2
  if [ -x ".test-tools/$name/bin/python" ] && ".test-tools/$name/bin/python" -c "$check" 2>/dev/null; then
    step "$name-env" "$* present"
  else
    step "$name-env" "installing $* (pip, in .test-tools/$name)"
    python3 -m venv ".test-tools/$name"
    ".test-tools/$name/bin/pip" install --quiet --disable-pip-version-check "$@"
  fi
}
python_env data "import frictionless, pandas, PIL" "frictionless>=5.18,<6" "pandas>=2.2,<3" "Pillow>=10,<12"
python_env cff "import cffconvert" "cffconvert==2.0.0"

# 6. Crates for every target (incl. wasm32), so trunk's `cargo build --offline`
#    also works on a fresh machine. A quick no-op when the cache has them all.
cargo fetch --quiet
step crates "fetched"
