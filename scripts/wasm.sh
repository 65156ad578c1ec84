#!/usr/bin/env bash
# The app's WebAssembly, split into a core and parts (called by scripts/build.sh after Trunk):
# 1. cargo builds the app with relocations kept (`--emit-relocs`), which the splitter reads;
# 2. wasm-split-cli moves the code that only `wasm_split` functions reach (src/app/parts.rs)
#    into one module per part, and writes `__wasm_split.js`, which fetches them;
# 3. wasm-bindgen makes the core's glue (`shenzhen-explorer.js`), keeping the function table
#    and the exports the parts link against (`--keep-lld-exports`);
# 4. wasm-opt shrinks the core and each part, with the flags chosen by brotli size
#    (docs/decisions.md, "WebAssembly size").
# Parts go to `parts/<hash>/`, the hash of this build's core and parts: a tab running one build
# never fetches a part of another, linked against a different core.
# Usage: scripts/wasm.sh DIST [--features F]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
DIST="$1"
shift

# With the nightly setup.sh prepared: std rebuilt with panic=immediate-abort and no panic
# locations, 166 -> 144 KB gzipped (measured). A panic then stops the WebAssembly at once;
# public/boot.js shows the panel. RUSTFLAGS reach only the wasm32 target, not build scripts.
RUSTFLAGS_SPLIT="-Clink-args=--emit-relocs"
if [ -z "${STABLE_ONLY:-}" ] && rustup +nightly component list --installed 2>/dev/null | grep -q '^rust-src'; then
  export RUSTUP_TOOLCHAIN=nightly
  export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none $RUSTFLAGS_SPLIT"
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
else
  export RUSTFLAGS="$RUSTFLAGS_SPLIT"
fi
cargo build --release --offline --quiet --target wasm32-unknown-unknown --bin shenzhen-explorer "$@"
unset RUSTUP_TOOLCHAIN RUSTFLAGS CARGO_UNSTABLE_BUILD_STD

SPLIT=target/wasm-split
rm -rf "$SPLIT"
wasm-split-cli --target web --out-name shenzhen-explorer target/wasm32-unknown-unknown/release/shenzhen-explorer.wasm "$SPLIT" >/dev/null
wasm-bindgen --target web --keep-lld-exports --no-typescript --out-name shenzhen-explorer --out-dir "$DIST" "$SPLIT/shenzhen-explorer.wasm"

# rustc enables these wasm features by default; wasm-opt must be told it may see them.
OPT=(-Os --converge --low-memory-unused --enable-bulk-memory --enable-bulk-memory-opt
     --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals
     --enable-reference-types --enable-multivalue --strip-debug --strip-producers)
shopt -s nullglob
parts=("$SPLIT"/split_*.wasm "$SPLIT"/chunk_*.wasm)
hash=$(cat "$SPLIT/shenzhen-explorer.wasm" "${parts[@]}" | sha256sum | cut -c1-16)
wasm-opt "${OPT[@]}" "$DIST/shenzhen-explorer_bg.wasm" -o "$DIST/shenzhen-explorer_bg.wasm" &
mkdir -p "$DIST/parts/$hash"
for part in "${parts[@]}"; do
  wasm-opt "${OPT[@]}" "$part" -o "$DIST/parts/$hash/${part##*/}"
done
wait
# The loader names each part by a literal `new URL("./split_x.wasm", import.meta.url)`, the
# form its authors keep for tools to rewrite.
sed -E "s#\"\./((split|chunk)_[A-Za-z0-9_]+\.wasm)\"#\"./parts/$hash/\1\"#g" "$SPLIT/__wasm_split.js" > "$DIST/__wasm_split.js"
echo "wasm: core $(stat -c %s "$DIST/shenzhen-explorer_bg.wasm") B, parts in parts/$hash/: $(cd "$DIST/parts/$hash" && for f in *.wasm; do printf '%s %s B  ' "$f" "$(stat -c %s "$f")"; done)"
