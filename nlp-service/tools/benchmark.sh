#!/usr/bin/env bash
# Runs the JMH benchmark of enrichment against bare HanLP (segmentation + its three recognizers)
# on the same text, one thread each, and prints the ratio. Extra arguments go to JMH, e.g.
#   nlp-service/tools/benchmark.sh -p documents=../shared/corpus/seeds
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
. "$here/common.sh"
results="nlp-service/target/jmh-enrichment.json"
classpath="$(nlp_classpath test)"
"$(find_java)" -cp "$classpath" org.openjdk.jmh.Main EnrichmentBenchmark -rf json -rff "$results" "$@"
python3 - "$results" <<'PY'
import json, sys, collections
runs = json.load(open(sys.argv[1]))
by_params = collections.defaultdict(dict)
for run in runs:
    name = run['benchmark'].rsplit('.', 1)[1]
    by_params[json.dumps(run.get('params', {}))][name] = run['primaryMetric']['score']
for params, scores in by_params.items():
    if {'enrichment', 'bareHanlpWithRecognizers'} <= scores.keys():
        ratio = scores['enrichment'] / scores['bareHanlpWithRecognizers']
        print(f"{params}: enrichment {scores['enrichment']:.1f} ops/s, bare HanLP "
              f"{scores['bareHanlpWithRecognizers']:.1f} ops/s, ratio {ratio:.2f} (target >= 0.60)")
PY
