#!/usr/bin/env bash
# Development server with live rebuild: http://127.0.0.1:8080/
# PORT=9000 scripts/serve.sh picks another port (trunk rejects a second --port);
# other extra arguments go to trunk.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

bash scripts/setup.sh

# --offline: use the tools setup.sh installed; trunk cannot download its own here.
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}" "$@"
