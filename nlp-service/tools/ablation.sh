#!/usr/bin/env bash
# Prints the ablation table of docs/QUALITY.md: enrichment in process on the dev articles as the
# end-to-end quality scenario parsed them, as shipped and with each component taken away.
# First run the scenario (it writes the input):
#   ./mvnw verify -pl local-stack/system-tests -am -Dit.test=DevCorpusQualityIT
# then: nlp-service/tools/ablation.sh [local-stack/system-tests/target/quality/dev-articles.jsonl]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/common.sh"
cd "$here/../.."
classpath="$(nlp_classpath test)"
"$(find_java)" -cp "$classpath" dev.ipwire.nlp.quality.AblationReport "$@" 2>&1 \
  | grep -v -e '^WARNING' -e 'SLF4J'
