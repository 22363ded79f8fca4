#!/usr/bin/env bash
# Benchmark: the heap a large import needs. Starts the packaged portal (scripts/run-portal.sh --no-build, demo
# profile, a throwaway database) with a 256 MB heap and GC logging, generates a ~60 MB ACR CSV
# (scripts/bench/AcrBenchData.java, 2,000,000 rows, seeded), imports the partners' customers and then the CSV through
# POST /api/v1/imports/acr (scripts/bench/acr-import.sh), and reads the peak heap from the GC log: the largest heap
# occupancy any GC saw before collecting, and the heap after the import (jcmd GC.heap_info).
#
#   scripts/bench/import-heap.sh [rows=2000000]
#
# Environment: PORTAL_PORT (default 8081), KEYCLOAK_PORT (default 8280) — other ports than the tests' 8080/8180, so
# it can run beside them; HEAP (default 256m). Build first: ./mvnw -B -q package -DskipTests
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rows=${1:-2000000}
export PORTAL_PORT=${PORTAL_PORT:-8081}
export KEYCLOAK_PORT=${KEYCLOAK_PORT:-8280}
HEAP=${HEAP:-256m}
work=$(mktemp -d "${TMPDIR:-/tmp}/portal-heap.XXXXXX")
gclog=$work/gc.log
export PORTAL_JAVA_OPTS="-Xms64m -Xmx$HEAP -XX:+UseG1GC -Xlog:gc:file=$gclog:uptime"
export PORTAL_EMBEDDED_DB_DATA_DIR=$work/pgdata
export PORTAL_LOG=$work/portal.log
export BENCH_DIR=$work/data

"$ROOT/scripts/run-portal.sh" --no-build >"$work/run.log" 2>&1 &
run_pid=$!
cleanup() {
  kill -TERM "$run_pid" 2>/dev/null || true
  wait "$run_pid" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://localhost:$PORTAL_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$run_pid" 2>/dev/null || { tail -n 30 "$work/run.log" >&2; exit 1; }
  sleep 3
done
portal_pid=$(pgrep -f -- "-Dquarkus.http.port=$PORTAL_PORT -jar" | head -n 1)
echo "portal pid $portal_pid, heap at most $HEAP; GC log $gclog"
before=$(wc -l < "$gclog")

PORTAL_URL=http://localhost:$PORTAL_PORT "$ROOT/scripts/bench/acr-import.sh" "$rows"
echo "CSV size: $(stat -c %s "$BENCH_DIR/acr.csv") bytes"
jcmd "$portal_pid" GC.heap_info | sed -n '1,3p'
# "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(256M) 12.345ms": the figure before "->" is the heap
# in use when that GC started — the high-water marks of the run.
peak=$(tail -n +"$((before + 1))" "$gclog" | sed -nE 's/.* ([0-9]+)M->[0-9]+M\(([0-9]+)M\).*/\1/p' | sort -n | tail -n 1)
committed=$(tail -n +"$((before + 1))" "$gclog" | sed -nE 's/.*->[0-9]+M\(([0-9]+)M\).*/\1/p' | sort -n | tail -n 1)
echo "during the imports: peak heap in use ${peak:-?} MB (largest heap committed ${committed:-?} MB, limit $HEAP);" \
  "$(tail -n +"$((before + 1))" "$gclog" | grep -c 'Pause') GC pauses; OutOfMemoryError: $(grep -c OutOfMemoryError "$PORTAL_LOG" || true)"
