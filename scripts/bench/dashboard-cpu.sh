#!/usr/bin/env bash
# Benchmark (issue 14, point 5): the CPU a random partner's dashboard costs the portal's JVM and PostgreSQL, per
# request, in rounds — on a machine shared with other work the CPU seconds vary much less than the latencies, and the
# rounds after a start show how long the JIT takes to compile the first-visit path.
#
#   scripts/bench/dashboard-cpu.sh [rounds=4] [duration=15s] [connections=32]
#
# Each round: `wrk -t1 -c<connections> -d<duration> --latency` on scripts/bench/random-dashboard.lua (a new random seed
# each round, PARTNERS of the generated program, omar's bearer token), then the JVM's and PostgreSQL's CPU seconds
# (user + system from /proc: the portal process; the postmaster and its processes) divided by the requests, with
# wrk's p50 and p99. Environment: PORTAL_URL (default http://localhost:8080), KEYCLOAK_PORT (default 8180),
# PARTNERS (10000), PORTAL_EMBEDDED_DB_DATA_DIR (the embedded PostgreSQL, as for scripts/bench/generate).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
URL=${PORTAL_URL:-http://localhost:8080}
case $URL in http://localhost:*|http://127.*) ;; *) echo "only a local portal is measured: $URL" >&2; exit 2 ;; esac
rounds=${1:-4}; duration=${2:-15s}; connections=${3:-32}
export PARTNERS=${PARTNERS:-10000}
DATA_DIR=${PORTAL_EMBEDDED_DB_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/capability-portal/pgdata}
[[ -f $DATA_DIR/postmaster.pid ]] || { echo "no PostgreSQL runs on $DATA_DIR" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
source "$ROOT/scripts/bench/cpu.sh"
postmaster=$(head -n 1 "$DATA_DIR/postmaster.pid")
portal=$(listening_pid "${URL##*:}")
[[ -n $portal ]] || { echo "no local portal process listens on ${URL##*:}" >&2; exit 1; }
export TOKEN; TOKEN=$("$ROOT/scripts/bench/token.sh" omar)
for round in $(seq "$rounds"); do
  export SEED=$RANDOM
  jvm0=$(cpu_of "$portal"); pg0=$(pg_cpu "$postmaster")
  out=$(wrk -t1 -c"$connections" -d"$duration" --latency -s "$ROOT/scripts/bench/random-dashboard.lua" "$URL")
  jvm1=$(cpu_of "$portal"); pg1=$(pg_cpu "$postmaster")
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  printf 'round %d: %s requests, JVM %.2f ms, PostgreSQL %.2f ms of CPU per request; p50 %s p99 %s; load average %s\n' \
    "$round" "$n" "$(echo "($jvm1 - $jvm0) * 1000 / $n" | bc -l)" "$(echo "($pg1 - $pg0) * 1000 / $n" | bc -l)" \
    "$(awk '/ 50%/ {print $2}' <<<"$out")" "$(awk '/ 99%/ {print $2}' <<<"$out")" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
