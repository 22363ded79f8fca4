#!/usr/bin/env bash
# Benchmark (issue 12, point 5): a partner's associations page and list API with 5,000 customer associations,
# 5,000 professionals and 5,000 certification links (and 20 other partners with as many customers and professionals
# each), timed through HTTP in a @QuarkusTest with its own embedded PostgreSQL (random port: runs beside anything).
# Prints the median and maximum of 50 warm requests per URL and the plan of a search; see docs/performance.md.
#
#   scripts/bench/associations.sh [rows=5000] [others=20]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
./mvnw -B -q verify -pl web -am -Dtest=AssociationListBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.rows="${1:-5000}" -Dbench.others="${2:-20}" >/dev/null
cat web/target/association-lists-benchmark.txt
