#!/usr/bin/env bash
# Benchmark (issue 14, point 2) on a running portal whose database holds scripts/bench/generate's program: starts
# the recompute of every partner's open month the way /admin/recompute does (as the program admin omar, with the
# form's CSRF token), waits for the run to finish, then times PostgreSQL's own aggregate over the same ACR rows
# (the scoring window of every customer with an approved association: count and sum per customer) twice, and prints
# both, the ratio and the load average beside each, and the CPU seconds (user + system, from /proc) the portal's JVM
# and PostgreSQL spent in each phase — on a machine shared with other work the wall times depend on the others' load,
# the CPU seconds much less.
#
#   scripts/bench/recompute.sh [--every-partner-changed]
#
# --every-partner-changed: first adds USD 0.01 to every ACR row of the open month (as the database's superuser, then
# `vacuum analyze acr_month`, so that the aggregate reads no dead rows, and a checkpoint, so that writing those pages
# out is not counted as the recompute's PostgreSQL time), untimed: every customer line of every partner
# with ACR that month changes, so the recompute writes every scorecard instead of leaving the unchanged ones as they
# are (the ledger's write compares a scorecard with the stored one first). The run then also prints how many open
# versions it wrote. It changes the benchmark program's ACR (by a cent a run): for generated data only.
#
# Environment: PORTAL_URL (default http://localhost:8080), KEYCLOAK_PORT (default 8180; token.sh), the database as
# for scripts/bench/generate: PGURL-less, the embedded PostgreSQL of PORTAL_EMBEDDED_DB_DATA_DIR (its superuser).
set -euo pipefail
every_partner_changed=false
case ${1:-} in
  --every-partner-changed) every_partner_changed=true ;;
  "") ;;
  *) echo "usage: $0 [--every-partner-changed]" >&2; exit 2 ;;
esac
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
URL=${PORTAL_URL:-http://localhost:8080}
case $URL in http://localhost:*|http://127.*) ;; *) echo "only a local portal is measured: $URL" >&2; exit 2 ;; esac
DATA_DIR=${PORTAL_EMBEDDED_DB_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/capability-portal/pgdata}
[[ -f $DATA_DIR/postmaster.pid ]] || { echo "no PostgreSQL runs on $DATA_DIR" >&2; exit 1; }
export PGHOST=localhost PGPORT=$(sed -n 4p "$DATA_DIR/postmaster.pid") PGUSER=postgres PGDATABASE=portal
PGPASSWORD=$(cat "$DATA_DIR/portal-superuser.password")
export PGPASSWORD
load() { cut -d' ' -f1-3 /proc/loadavg; }
source "$ROOT/scripts/bench/cpu.sh"
postmaster=$(head -n 1 "$DATA_DIR/postmaster.pid")
portal_pid=$(listening_pid "${URL##*:}")
jvm_cpu() { if [[ -n $portal_pid ]]; then cpu_of "$portal_pid"; else echo 0; fi; }
jar=$(mktemp); trap 'rm -f "$jar"' EXIT

token=$("$ROOT/scripts/bench/token.sh" omar)
auth=(-H "Authorization: Bearer $token")
form=$(curl -fsS -c "$jar" "${auth[@]}" "$URL/admin/recompute")
csrf=$(sed -nE 's/.*name="csrf-token" value="([^"]+)".*/\1/p' <<<"$form" | head -n 1)
month=$(sed -nE 's/.*name="month"[^>]*value="([0-9]{4}-[0-9]{2})".*/\1/p' <<<"$form" | head -n 1)
[[ -n $csrf && -n $month ]] || { echo "no CSRF token or month on /admin/recompute" >&2; exit 1; }
if $every_partner_changed; then
  t0=$(date +%s.%N)
  changed=$(psql -XAtqc "update acr_month set amount = amount + 0.01 where month = date '$month-01'" \
    -c "select count(*) from acr_month where month = date '$month-01'")
  psql -XAtqc "vacuum analyze acr_month" -c "checkpoint"
  printf 'every partner changed: USD 0.01 added to %s ACR rows of %s, then vacuum analyze and a checkpoint (%.1f s, untimed)\n' \
    "$changed" "$month" "$(echo "$(date +%s.%N) - $t0" | bc)"
fi
echo "load average at start: $(load)"
pg0=$(pg_cpu "$postmaster"); jvm0=$(jvm_cpu)
since=$(psql -XAtc "select now()")
started=$(date +%s.%N)
location=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$jar" "${auth[@]}" --data-urlencode "csrf-token=$csrf" \
  --data-urlencode "month=$month" "$URL/admin/recompute")
run=${location##*/}
[[ -n $run ]] || { echo "the recompute did not start" >&2; exit 1; }
while [[ $(psql -XAtc "select finished_at is null from recompute_run where id = '$run'") == t ]]; do sleep 1; done
wall=$(echo "$(date +%s.%N) - $started" | bc)
psql -XAtF' ' -c "select 'recompute of ' || to_char(r.as_of, 'YYYY-MM') || ': ' || r.partners || ' partners, '
    || sum(c.computed) || ' computed, ' || sum(cardinality(c.failed)) || ' failed, ' || r.chunks || ' chunks, '
    || round(extract(epoch from r.finished_at - r.started_at)::numeric, 1) || ' s as recorded'
    from recompute_run r join recompute_chunk c on c.run_id = r.id where r.id = '$run'
    group by r.as_of, r.partners, r.chunks, r.finished_at, r.started_at"
printf 'recompute wall time (POST to finished): %.1f s, load average %s\n' "$wall" "$(load)"
psql -XAtc "select 'open versions written by this run: ' || count(*) || ' of ' || (select count(*) from scorecard_ledger
    where as_of = date '$month-01' and state = 'OPEN') from scorecard_ledger where as_of = date '$month-01'
    and state = 'OPEN' and computed_at >= timestamptz '$since'"
pg1=$(pg_cpu "$postmaster"); jvm1=$(jvm_cpu)
printf 'recompute CPU: portal JVM %.1f s%s, PostgreSQL %.1f s\n' "$(echo "$jvm1 - $jvm0" | bc)" \
  "$([[ -n $portal_pid ]] || echo ' (no local portal process found)')" "$(echo "$pg1 - $pg0" | bc)"
window="m.month between date '$month-01' - interval '13 months' and date '$month-01'"
best=
for i in 1 2; do
  t0=$(date +%s.%N)
  result=$(psql -XAtF' ' -c "select count(*) || ' customers, ' || sum(rows) || ' ACR rows' from (select m.partner_id,
      m.customer_ref, count(*) as rows, sum(m.amount) as total from acr_month m where $window and exists (select 1
      from customer_association a where a.partner_id = m.partner_id and a.customer_ref = m.customer_ref
      and a.state = 'APPROVED') group by m.partner_id, m.customer_ref) per_customer")
  took=$(echo "$(date +%s.%N) - $t0" | bc)
  pg2=$(pg_cpu "$postmaster")
  printf "PostgreSQL's aggregate over the same ACR rows, run %d: %.1f s (%s), PostgreSQL CPU %.1f s, load average %s\n" \
    "$i" "$took" "$result" "$(echo "$pg2 - $pg1" | bc)" "$(load)"
  pg1=$pg2
  if [[ -z $best ]] || (( $(echo "$took < $best" | bc) )); then best=$took; fi
done
printf 'ratio recompute / aggregate (best of 2): %.1f s / %.1f s = %.1f\n' "$wall" "$best" "$(echo "$wall / $best" | bc -l)"
