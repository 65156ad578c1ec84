#!/usr/bin/env bash
# What a visitor downloads: raw, gzip -9 and brotli size of every file in dist/ (the
# brotli column is the .br copy scripts/build.sh wrote; '-' where there is none).
# Usage: scripts/size.sh [--no-build] [args for build.sh/trunk...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

if [ "${1:-}" = "--no-build" ]; then
  shift
else
  bash scripts/build.sh "$@" >&2   # build chatter to stderr; the table is stdout
fi
[ -d dist ] || { echo "size: no dist/ (run scripts/build.sh)" >&2; exit 1; }

# One "raw<TAB>gzip<TAB>brotli<TAB>path" line per file, biggest first; the precompressed copies
# are excluded since they are alternatives to, not extra, downloads.
rows="$(find dist -type f ! -name '*.gz' ! -name '*.br' -print0 |
  while IFS= read -r -d '' f; do
    br=-
    [ -f "$f.br" ] && br="$(stat -c %s "$f.br")"
    printf '%s\t%s\t%s\t%s\n' "$(stat -c %s "$f")" "$(gzip -9 -n -c "$f" | wc -c)" "$br" "${f#dist/}"
  done | sort -t "$(printf '\t')" -k1,1nr)"
[ -n "$rows" ] || { echo "size: dist/ is empty" >&2; exit 1; }

awk -F '\t' '
  { raw[NR] = $1; gz[NR] = $2; br[NR] = $3; name[NR] = $4; traw += $1; tgz += $2; tbr += ($3 == "-" ? $2 : $3) }
  END {
    printf "%12s %12s %12s  %s\n", "raw bytes", "gzip -9", "brotli", "file"
    for (i = 1; i <= NR; i++) printf "%12d %12d %12s  %s\n", raw[i], gz[i], br[i], name[i]
    printf "%12d %12d %12d  TOTAL (%d files; brotli where there is a copy, else gzip)\n", traw, tgz, tbr, NR
    printf "\nTotal: %.1f KiB raw, %.1f KiB gzipped, %.1f KiB with brotli copies (KiB = 1024 bytes)\n", traw / 1024, tgz / 1024, tbr / 1024
    # "Dominant" by gzipped bytes: that is what a visitor waits for.
    top = 1
    for (i = 2; i <= NR; i++) if (gz[i] > gz[top]) top = i
    printf "Dominant file: %s (%.0f%% of gzipped bytes, %.0f%% of raw bytes)\n",
      name[top], tgz ? 100 * gz[top] / tgz : 0, 100 * raw[top] / traw
  }' <<<"$rows"
