# Sourced (not executed) by the other scripts: puts the project's tools on PATH.
# - cargo-installed tools (trunk, wasm-bindgen) live in $CARGO_HOME/bin;
# - wasm-opt comes from the npm package `binaryen` (Debian's binaryen is broken),
#   so node_modules/.bin must be on PATH for trunk to find it.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$REPO_ROOT/node_modules/.bin:$PATH"
