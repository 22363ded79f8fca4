#!/usr/bin/env bash
# Benchmark (issue 14, point 5): the dashboards of random partners of a generated program under load, and the
# program overview pages, on a running portal whose database holds scripts/bench/generate's program.
#
#   scripts/bench/scale-dashboards.sh [duration=30s] [partners=10000]
#
# 1. `wrk -t2 -c32 --latency --timeout 10s` on GET /partners/<random P-Sxxxxx> (scripts/bench/random-dashboard.lua picks the
#    partner, seeded) with a program admin's (omar) bearer token: requests/s, p50/p90/p99, errors and non-2xx
#    answers (any of them fails the run). A warm-up of WARMUP (default 60s) first, not counted, on another seeded
#    sequence of random partners: a portal just started compiles the first-visit path while it serves, and on two
#    cores its CPU per first visit keeps falling for about a minute (docs/performance.md, "Random dashboards"). The run prints how many of its dashboards were rendered and how many were served from the
#    content kept by the node (web.dashboard.RenderedDashboards keeps the last 1,000; /q/metrics' cache_gets_total).
#    A first render is what the run measures; with 10,000 partners about nine in ten are.
# 2. The program overview pages (/admin/partners with its sorts and filters, /admin/partners/overview.csv is left
#    out: a download) one at a time: 5 warm-up requests, then the median and maximum of 20 (curl's time_total).
# Prints the load average beside the figures (the machine may be shared). Target: p99 < 100 ms and 0 errors;
# overview < 200 ms.
#
# Environment: PORTAL_URL (default http://localhost:8080), KEYCLOAK_PORT (default 8180; token.sh), SEED (14),
# WARMUP (60s).
# Needs wrk (Debian: apt-get install wrk). Sends traffic to a local portal only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
URL=${PORTAL_URL:-http://localhost:8080}
case $URL in http://localhost:*|http://127.*) ;; *) echo "only a local portal is measured: $URL" >&2; exit 2 ;; esac
duration=${1:-30s}
export PARTNERS=${2:-10000}
export SEED=${SEED:-14}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
OUT=${TMPDIR:-/tmp}/scale-dashboards
mkdir -p "$OUT"

TOKEN=$("$ROOT/scripts/bench/token.sh" omar)
export TOKEN
last=$(printf 'P-S%05d' "$PARTNERS")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL/partners/$last")
[[ $status == 200 ]] || { echo "GET /partners/$last as omar answered $status: is the program generated?" >&2; exit 1; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
lua=$ROOT/scripts/bench/random-dashboard.lua
SEED=$((SEED + 1000)) wrk -t2 -c32 -d"${WARMUP:-60s}" -s "$lua" "$URL" >/dev/null
# The node's kept dashboard contents: hits and misses so far (Prometheus, as the program admin)
kept() { curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/q/metrics" | awk -v r="$1" \
  '$1 ~ /^cache_gets_total\{/ && /cache="dashboard-content"/ && $0 ~ "result=\"" r "\"" {print int($2)}'; }
hits0=$(kept hit); misses0=$(kept miss)
before=$(load)
# --timeout 10s: a slow answer is measured (and counted in the percentiles) rather than dropped at wrk's 2 s.
wrk -t2 -c32 -d"$duration" --timeout 10s --latency -s "$lua" "$URL" | tee "$OUT/wrk.txt"
after=$(load)
hits=$(( $(kept hit) - hits0 )); misses=$(( $(kept miss) - misses0 ))
failed=false
if grep -qE 'Non-2xx|Socket errors' "$OUT/wrk.txt"; then
  echo "errors or non-2xx answers: see above" >&2
  failed=true
fi
p() { sed -nE "s/^[[:space:]]+$1%[[:space:]]+([0-9.]+[a-z]+).*/\\1/p" "$OUT/wrk.txt"; }
echo
echo "== $(date -u +%Y-%m-%dT%H:%MZ) random dashboards of $PARTNERS partners, wrk -t2 -c32 -d$duration:"
echo "   $(sed -nE 's/^Requests\/sec:[[:space:]]+([0-9.]+).*/\1/p' "$OUT/wrk.txt") req/s, p50 $(p 50) p90 $(p 90) p99 $(p 99), $(if $failed; then echo "ERRORS (see above)"; else echo "0 errors"; fi); load average $before -> $after"
echo "   rendered $misses, served kept $hits ($(( 100 * misses / (hits + misses > 0 ? hits + misses : 1) )) % first renders)"

echo "== program overview (median / max of 20, after 5 warm-up requests), load average $(load):"
for path in "/admin/partners" "/admin/partners?sort=score&dir=desc" "/admin/partners?sort=name&page=100" \
    "/admin/partners?risk=yes&sort=risk" "/admin/partners?attained=no&path=ENTERPRISE&pending=yes&sort=pending&dir=desc" \
    "/admin/partners?q=P-S09"; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL$path"; done
  times=()
  for _ in $(seq 20); do
    read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL$path")
    [[ $code == 200 ]] || { echo "GET $path answered $code" >&2; failed=true; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v path="$path" '{t[NR]=$1} END {printf "   %-80s median %6.1f ms  max %6.1f ms\n", path, (t[10]+t[11])/2*1000, t[NR]*1000}'
done
echo "   load average after: $(load)"
! $failed
