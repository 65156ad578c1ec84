#!/usr/bin/env bash
# Release build into dist/: Trunk's output, minified JavaScript, the prerendered first view
# and the language catalogs, plus precompressed copies for static hosting.
# Extra arguments go to trunk, e.g.: scripts/build.sh --public-url /explorer/
# (`--dist DIR` builds into DIR instead; STABLE_ONLY=1 skips the nightly std rebuild;
# SITE_URL=https://example.org/explorer/ gives link previews absolute addresses.)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

DIST=dist
args=("$@")
features=()
for i in "${!args[@]}"; do
  if [ "${args[$i]}" = "--dist" ]; then DIST="${args[$((i + 1))]}"; fi
  if [ "${args[$i]}" = "--features" ]; then features=(--features "${args[$((i + 1))]}"); fi
done

bash scripts/setup.sh

# Trunk builds the site around the app (index.html, the stylesheet, the copied files); the
# Rust link is `data-trunk-skip`, because the app's WebAssembly is split into a core and parts
# between cargo and wasm-bindgen, a step Trunk cannot run (scripts/wasm.sh).
trunk build --release --offline "$@"
bash scripts/wasm.sh "$DIST" "${features[@]}"

# Trunk's own JavaScript minifier fails on wasm-bindgen's output (it warns and copies the
# file as is); esbuild minifies it: 7.1 KB -> 5.2 KB gzipped, measured.
# The glue imports the parts' loader (__wasm_split.js): bundled into it, one request fewer
# before the app starts (measured: every control about 50 ms sooner, throttled).
esbuild "$DIST/shenzhen-explorer.js" --bundle --minify --format=esm --outfile="$DIST/shenzhen-explorer.js" --allow-overwrite --log-level=warning
rm "$DIST/__wasm_split.js"
esbuild "$DIST/boot.js" --minify --format=esm --outfile="$DIST/boot.js" --allow-overwrite --log-level=warning

# A page for each view and language at its own address (index.html, cities/, fr/cities/, …)
# written by the app's own code, run natively, with its preview tags; the inline first-screen
# script and its hash; the French and Chinese catalogs (dist/i18n/) and the dataset the app
# fetches (dist/data.txt). SITE_URL, the site's
# public address (https://example.org/explorer/), makes the previews' addresses absolute,
# which social sites need. Then each view's preview picture (dist/preview/).
cargo run --quiet --offline --example prerender -- "$DIST"
cargo run --quiet --offline --example previews -- "$DIST"
# The dataset as files a reader reuses (dist/data/: CSV tables, figures.json, the Frictionless
# package) and each page's plotted data beside it (cities/data.csv, fr/cities/data.json, …).
cargo run --quiet --offline --example data_files -- "$DIST"
# A page for every figure, in each language (figure/<id>/, fr/figure/<id>/, …).
cargo run --quiet --offline --example figure_pages -- "$DIST"
# The service worker, last: its version is the hash of every file above (examples/service_worker.rs).
cargo run --quiet --offline --example service_worker -- "$DIST"

# Precompressed copies: servers that support them (nginx gzip_static and brotli_static, our
# e2e/server.mjs) send these instead of compressing on every request. Brotli is about 18%
# smaller than gzip -9 on the WebAssembly (measured); browsers ask for it over HTTPS and
# localhost. Drop old copies first so none outlives the file it was made from.
find "$DIST" -type f \( -name '*.gz' -o -name '*.br' \) -delete
find "$DIST" -type f -print0 |
  while IFS= read -r -d '' f; do
    gzip -9 -k -n -f "$f"            # -n: no name/mtime, so output is reproducible
  done
node scripts/brotli.mjs "$DIST"
echo "build: wrote .gz and .br copies in $DIST/"
