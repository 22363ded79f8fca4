#!/usr/bin/env bash
# Runs all tests:
#   1. ./mvnw -B verify — unit tests and @QuarkusTest tests; packages the portal;
#   2. the end-to-end tests (web/src/test/java/.../e2e/; Maven profile e2e) against a real Keycloak (scripts/keycloak.sh,
#      started once for both steps): first KeycloakLoginIT, ApiClientIT and PortalBrowserIT (Chromium, axe-core on
#      every page) against the packaged portal started by scripts/run-portal.sh --no-build with a throwaway database;
#      then, that portal stopped, TwoNodesIT, which starts two portal JVMs on 8080 and 8081 on one PostgreSQL of its
#      own (sessions, CSRF, a recompute taken over when a node is killed, the month close once), and ImportHeapIT,
#      which starts one portal JVM with -Xmx256m on a free port and imports a generated 60 MiB ACR CSV (issue 17,
#      point 9: the import's live heap must not grow by the file). Everything is stopped again on exit. The browser
#      test writes its 1280x800 screenshots into docs/screenshots/, so a changed page shows as a changed image.
# Exits non-zero if anything fails. Logs go to target/test-logs/.
#
# Environment (optional): PORTAL_PORT (default 8080), KEYCLOAK_PORT (default 8180), E2E_TIMEOUT (seconds to wait for
# Keycloak and the portal, default 420).
#
#   scripts/test.sh              both stages (what .ci/run calls)
#   scripts/test.sh --e2e-only   stage 2 only, for a tree whose `./mvnw -B verify` just passed (it needs the packaged
#                                portal that stage 1 leaves in web/target); the end-to-end stage holds the fixed ports
#                                8080/8081/8180, stage 1 does not, so two engineers can run stage 1 side by side
set -euo pipefail

e2e_only=false
for arg in "$@"; do
  case $arg in
    --e2e-only) e2e_only=true ;;
    *) echo "unknown option: $arg (usage: $0 [--e2e-only])" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/processes.sh
source "$ROOT/scripts/lib/processes.sh"
cd "$ROOT"

LOGS=$ROOT/target/test-logs
PORTAL_URL=http://localhost:${PORTAL_PORT:-8080}
E2E_TIMEOUT=${E2E_TIMEOUT:-420}
rm -rf "$LOGS"
mkdir -p "$LOGS"

run_pid=""
data_dir=""
keycloak_started=false
cleanup() {
  local status=$?
  trap '' INT TERM
  if [[ -n $run_pid ]]; then
    # run-portal.sh stops the portal (and its database) on SIGTERM.
    stop_process "$run_pid" TERM 150
  fi
  [[ -z $data_dir ]] || rm -rf "$data_dir"
  if $keycloak_started; then
    "$ROOT/scripts/keycloak.sh" stop >/dev/null 2>&1 || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# summary LOG — the surefire/failsafe totals of each module, and Maven's verdict.
summary() {
  grep -E '^\[(INFO|WARNING|ERROR)\] (Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$|Building .*|BUILD (SUCCESS|FAILURE))' "$1" \
    | grep -vE 'Building (jar|tar)' || true
}

# The browser test (PortalBrowserIT) drives Debian's Chromium through chromedriver: install them when missing.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium and chromium-driver for the browser test (about 75 s)"
    apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  else
    say "the browser test needs Debian's chromium and chromium-driver: sudo apt-get install chromium chromium-driver"
    exit 1
  fi
fi

if $e2e_only; then
  [[ -f $ROOT/web/target/quarkus-app/quarkus-run.jar ]] || { say "--e2e-only needs the packaged portal: run ./mvnw -B verify first"; exit 1; }
  say "stage 1/2 skipped (--e2e-only)"
  echo "stage 1 skipped (--e2e-only)" > "$LOGS/verify.log"
else
  say "stage 1/2: ./mvnw -B verify (unit and @QuarkusTest tests)"
  if ! ./mvnw -B verify 2>&1 | tee "$LOGS/verify.log"; then
    say "stage 1 failed:"
    summary "$LOGS/verify.log"
    exit 1
  fi
fi

say "stage 2/2: end-to-end tests against Keycloak and the packaged portal"
# One Keycloak for both steps of the stage (it stops on exit, see cleanup).
keycloak_started=true
if ! KEYCLOAK_TIMEOUT=$E2E_TIMEOUT "$ROOT/scripts/keycloak.sh" start >"$LOGS/keycloak-start.log" 2>&1; then
  say "Keycloak did not start:"
  cat "$LOGS/keycloak-start.log" >&2
  exit 1
fi
data_dir=$(mktemp -d "${TMPDIR:-/tmp}/portal-e2e-pgdata.XXXXXX")
KEYCLOAK_RUNNING=true PORTAL_EMBEDDED_DB_DATA_DIR=$data_dir PORTAL_LOG=$LOGS/portal.log \
  "$ROOT/scripts/run-portal.sh" --no-build >"$LOGS/run-portal.log" 2>&1 &
run_pid=$!
# run-portal.sh prints its banner once its own portal answers /q/health/ready.
deadline=$((SECONDS + E2E_TIMEOUT))
until grep -q 'is ready at' "$LOGS/run-portal.log"; do
  if ! alive "$run_pid" || ((SECONDS >= deadline)); then
    say "Keycloak and the portal did not start within ${E2E_TIMEOUT}s:"
    cat "$LOGS/run-portal.log" >&2
    exit 1
  fi
  sleep 1
done
say "$(grep -o 'is ready at.*' "$LOGS/run-portal.log")"

# Only the ITs: surefire's tests ran in stage 1 (-Dtest=none), and the running portal's jar is not rebuilt. The e2e
# profile leaves TwoNodesIT out; it runs next, on its own.
e2e_status=0
./mvnw -B verify -Pe2e "-Dportal.e2e.url=$PORTAL_URL" "-Dportal.screenshots.dir=$ROOT/docs/screenshots" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dquarkus.build.skip=true 2>&1 | tee "$LOGS/e2e.log" || e2e_status=$?

# The single portal stops (its ports are the nodes'); Keycloak stays for the two-node test.
stop_process "$run_pid" TERM 150
run_pid=""
say "stage 2/2, two nodes and the import heap: TwoNodesIT (two portal JVMs on 8080 and 8081, one PostgreSQL; logs" \
  "web/target/two-nodes-*.log), ImportHeapIT (one portal JVM with -Xmx256m, a 60 MiB ACR import; web/target/import-heap/)"
two_nodes_status=0
./mvnw -B verify -Pe2e -Dit.test=TwoNodesIT,ImportHeapIT "-Dportal.e2e.realm=http://127.0.0.1:${KEYCLOAK_PORT:-8180}/realms/capability-portal" \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.build.skip=true 2>&1 | tee "$LOGS/two-nodes.log" \
  || two_nodes_status=$?

echo
say "summary (logs in $LOGS):"
echo "stage 1, ./mvnw -B verify:"
summary "$LOGS/verify.log"
echo "stage 2, end-to-end (failsafe):"
summary "$LOGS/e2e.log"
echo "stage 2, two nodes and the import heap (failsafe):"
summary "$LOGS/two-nodes.log"
grep -h '^Import heap:' "$LOGS/two-nodes.log" || true
if ((e2e_status != 0)); then
  say "the end-to-end test failed; server logs: $LOGS/portal.log, $LOGS/run-portal.log"
  exit 1
fi
if ((two_nodes_status != 0)); then
  say "the two-node or the import heap test failed; the nodes' logs: web/target/two-nodes-A.log," \
    "web/target/two-nodes-B.log, web/target/import-heap/portal.log (GC log: gc.log)"
  exit 1
fi
say "all tests passed"
