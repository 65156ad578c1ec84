#!/usr/bin/env bash
# Release build into dist/, plus precompressed copies for static hosting.
# Extra arguments go to trunk, e.g.: scripts/build.sh --public-url /explorer/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

bash scripts/setup.sh

# --offline: trunk must use the tools setup.sh installed (it cannot download its
# own here); it also passes --offline to cargo, which is why setup fetches crates.
trunk build --release --offline "$@"

# Trunk's own JavaScript minifier fails on wasm-bindgen's output (it warns and copies the
# file as is); esbuild minifies it: 7.1 KB -> 5.2 KB gzipped, measured.
for js in dist/shenzhen-explorer.js dist/boot.js; do
  esbuild "$js" --minify --format=esm --outfile="$js" --allow-overwrite --log-level=warning
done

# The default link's page written into index.html by the app's own code, run natively; the
# inline first-screen script and its hash; the French and Chinese catalogs (dist/i18n/).
cargo run --quiet --offline --example prerender -- dist

# Precompressed copies: servers that support them (nginx gzip_static, our
# e2e/server.mjs) send these instead of compressing on every request.
# Drop old copies first so none outlives the file it was made from.
find dist -type f \( -name '*.gz' -o -name '*.br' \) -delete
have_brotli=0
command -v brotli >/dev/null && have_brotli=1
find dist -type f ! -name '*.gz' ! -name '*.br' -print0 |
  while IFS= read -r -d '' f; do
    gzip -9 -k -n -f "$f"            # -n: no name/mtime, so output is reproducible
    if [ "$have_brotli" = 1 ]; then brotli -f -q 11 -o "$f.br" "$f"; fi
  done
if [ "$have_brotli" = 1 ]; then
  echo "build: wrote .gz and .br copies in dist/"
else
  echo "build: wrote .gz copies in dist/ (brotli not installed, no .br)"
fi
