#!/usr/bin/env bash
# Benchmark: the dashboard of a partner with 200 customers x 24 months (demo partner P-3003, henry) on a running
# portal (scripts/run-portal.sh). Warms up, then times N sequential requests over loopback and prints the median,
# the 90th percentile and the minimum of the server's response time (curl's time to first byte).
#
#   scripts/bench/dashboard.sh [requests=300] [path=/partners/P-3003] [user=henry]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
URL=${PORTAL_URL:-http://localhost:8080}
n=${1:-300}
path=${2:-/partners/P-3003}
user=${3:-henry}
token=$("$ROOT/scripts/bench/token.sh" "$user")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$URL$path")
[[ $status == 200 ]] || { echo "GET $path answered $status" >&2; exit 1; }
for _ in $(seq 100); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$URL$path"; done
times=$(for _ in $(seq "$n"); do
  curl -s -o /dev/null -w '%{time_starttransfer}\n' -H "Authorization: Bearer $token" "$URL$path"
done | sort -n)
pick() { sed -n "$1p" <<<"$times"; }
median=$(pick $(((n + 1) / 2)))
p90=$(pick $(((n * 9 + 9) / 10)))
echo "GET $path x $n (warm): median $(awk "BEGIN{printf \"%.1f\", $median*1000}") ms," \
  "p90 $(awk "BEGIN{printf \"%.1f\", $p90*1000}") ms, min $(awk "BEGIN{printf \"%.1f\", $(pick 1)*1000}") ms"
