#!/usr/bin/env bash
# Benchmark: import a 1,000,000-row ACR CSV through POST /api/v1/imports/acr into a running portal
# (scripts/run-portal.sh), as the program admin omar. Generates the data first (seeded), imports the customers of
# the 50 benchmark partners, then times the CSV import twice: the first run inserts every row, the second (the same
# file) changes none.
#
#   scripts/bench/acr-import.sh [rows=1000000]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
URL=${PORTAL_URL:-http://localhost:8080}
rows=${1:-1000000}
data=${BENCH_DIR:-${TMPDIR:-/tmp}/portal-bench-acr}
java "$ROOT/scripts/bench/AcrBenchData.java" "$data" "$rows" 50
token=$("$ROOT/scripts/bench/token.sh" omar)
for evidence in "$data"/P-B*.json; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary "@$evidence" "$URL/api/v1/imports/evidence"
done
echo "customers imported; CSV: $(wc -l < "$data/acr.csv") lines, $(du -h "$data/acr.csv" | cut -f1)"
for run in first repeat; do
  token=$("$ROOT/scripts/bench/token.sh" omar)
  curl -fsS -o "$data/result-$run.json" -w "$run import: HTTP %{http_code} in %{time_total} s\n" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary "@$data/acr.csv" "$URL/api/v1/imports/acr"
  sed -E 's/,"rowsByPartner".*//' "$data/result-$run.json"; echo
done
