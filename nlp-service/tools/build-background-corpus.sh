#!/usr/bin/env bash
# Rebuilds src/main/resources/ipwire/nlp/keywords/background-df.tsv: document frequencies of
# candidate keywords over a folder of plain-text IP news (see keywords/BackgroundCorpusBuilder).
# Usage: nlp-service/tools/build-background-corpus.sh <version> <file or folder>...
# The shipped table was built from ../shared/corpus/seeds and docs/samples (counts only, no text).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/common.sh"
version="$1"
shift
classpath="$(nlp_classpath runtime)"
"$(find_java)" -cp "$classpath" dev.ipwire.nlp.keywords.BackgroundCorpusBuilder \
  "$here/../src/main/resources/ipwire/nlp/keywords/background-df.tsv" "$version" "$@"
