#!/usr/bin/env bash
# Builds the site as it ships (scripts/build.sh: release, prerendered first view, catalogs)
# and serves dist/ on http://127.0.0.1:8080/ with gzip, as a static host would.
# PORT=9000 scripts/serve.sh picks another port; other arguments go to build.sh (trunk).
# Rebuild after a change by running it again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

bash scripts/build.sh "$@"
echo "serve: http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops)"
exec node e2e/server.mjs --root dist --prefix / --port "${PORT:-8080}"
