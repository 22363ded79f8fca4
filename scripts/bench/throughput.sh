#!/usr/bin/env bash
# Benchmark: dashboard throughput side by side with /q/health/ready, in one run, on a running portal
# (scripts/run-portal.sh, demo data). Each target gets `wrk -t2 -c16 -d10s` over loopback (pages with a bearer
# token of the partner's user); then the 200-customer dashboard once more at 32 connections for its latency
# percentiles, and health at 32 connections as the control. Prints requests/s per target, each dashboard's ratio to
# health's, and both p99s at 32 connections.
#
#   scripts/bench/throughput.sh [duration=10s]
#
# Needs wrk (Debian: apt-get install wrk). Sends traffic to the local portal only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
URL=${PORTAL_URL:-http://localhost:8080}
case $URL in http://localhost:*|http://127.*) ;; *) echo "only a local portal is measured: $URL" >&2; exit 2 ;; esac
duration=${1:-10s}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

rps() { sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+).*/\1/p'; }

run() { # name path user connections [--latency]
  local name=$1 path=$2 user=$3 conns=$4 extra=${5:-} header=() out
  if [[ $user != - ]]; then
    header=(-H "Authorization: Bearer $("$ROOT/scripts/bench/token.sh" "$user")")
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$URL$path")
    [[ $status == 200 ]] || { echo "GET $path as $user answered $status" >&2; exit 1; }
  fi
  # Warm-up (JIT, connection pool), not counted.
  wrk -t2 -c"$conns" -d3s "${header[@]}" "$URL$path" >/dev/null
  out=$(wrk -t2 -c"$conns" -d"$duration" $extra "${header[@]}" "$URL$path")
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "$out" >&2; echo "$name: errors or non-2xx answers" >&2; exit 1
  fi
  echo "$out" > "${TMPDIR:-/tmp}/throughput-$name.txt"
  rps <<<"$out"
}

health=$(run health /q/health/ready - 16)
big=$(run dashboard-200 /partners/P-3003 henry 16)
small=$(run dashboard-4 /partners/P-1001 ada 16)
run dashboard-200-c32 /partners/P-3003 henry 32 --latency >/dev/null
p99=$(sed -nE 's/^[[:space:]]+99%[[:space:]]+([0-9.]+[a-z]+).*/\1/p' "${TMPDIR:-/tmp}/throughput-dashboard-200-c32.txt")
# The control: health at 32 connections in the same minute. A p99 the health check shares is the machine's (CPU
# contention, scheduling), not the page's.
run health-c32 /q/health/ready - 32 --latency >/dev/null
health_p99=$(sed -nE 's/^[[:space:]]+99%[[:space:]]+([0-9.]+[a-z]+).*/\1/p' "${TMPDIR:-/tmp}/throughput-health-c32.txt")

ratio() { awk "BEGIN{printf \"%.3f\", $1/$2}"; }
echo "wrk -t2 -c16 -d$duration, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %10s req/s\n' "GET /q/health/ready" "$health"
printf '%-40s %10s req/s  (%s x health)\n' "GET /partners/P-3003 (200 customers)" "$big" "$(ratio "$big" "$health")"
printf '%-40s %10s req/s  (%s x health)\n' "GET /partners/P-1001 (4 customers)" "$small" "$(ratio "$small" "$health")"
echo "GET /partners/P-3003 at 32 connections: p99 $p99 (wrk --latency; full output in ${TMPDIR:-/tmp}/throughput-*.txt)"
echo "GET /q/health/ready at 32 connections: p99 $health_p99 (the control)"
