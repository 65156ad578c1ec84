#!/usr/bin/env bash
# Freezes the dataset's files as a released version: data/releases/<version>/, the version being
# the data's review date (data/dataset.toml, meta.reviewed). The build serves every released
# version at data/v/<version>/ and refuses a figure changed since the last release without a
# revision saying so (data/revisions.toml). Run it after a review, with meta.reviewed set to
# its day; a version is never written twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run --quiet --offline --example data_files -- "$out" >/dev/null
version=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).version)' "$out/data/datapackage.json")
target="data/releases/$version"
if [ -e "$target" ]; then
  echo "release-data: version $version is already released ($target); a new review needs its own date in meta.reviewed" >&2
  exit 1
fi
mkdir -p "$target"
find "$out/data" -maxdepth 1 -type f \( -name '*.csv' -o -name 'figures.json' -o -name 'datapackage.json' \) -exec cp {} "$target/" \;
echo "release-data: froze version $version in $target ($(ls "$target" | wc -l) files)"
