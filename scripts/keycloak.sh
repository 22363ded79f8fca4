#!/usr/bin/env bash
# A local Keycloak for the demo run and the end-to-end tests: Keycloak 26.4.7 from Maven Central, started in
# dev mode on 127.0.0.1 with the repository's realm (keycloak/capability-portal-realm.json) freshly imported.
#
#   scripts/keycloak.sh start     fetch + unpack if missing, reset its database, start it in the background,
#                                 wait until the realm answers; prints the pid (default command)
#   scripts/keycloak.sh stop      stop the Keycloak started from this KEYCLOAK_HOME
#   scripts/keycloak.sh prepare   only fetch and unpack (e.g. to warm a CI cache)
#
# Environment (all optional):
#   KEYCLOAK_PORT      HTTP port (default 8180)
#   KEYCLOAK_HOME      unpacked distribution (default ${XDG_CACHE_HOME:-~/.cache}/capability-portal/keycloak-26.4.7)
#   KEYCLOAK_LOG       its log file (default $KEYCLOAK_HOME/keycloak.log)
#   KEYCLOAK_HEAP      maximum heap (default 512m)
#   KEYCLOAK_TIMEOUT   seconds to wait for it to answer (default 240)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/processes.sh
source "$ROOT/scripts/lib/processes.sh"

KEYCLOAK_VERSION=26.4.7
REALM=capability-portal
REALM_FILE=$ROOT/keycloak/$REALM-realm.json
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/capability-portal
KEYCLOAK_HOME=${KEYCLOAK_HOME:-$CACHE/keycloak-$KEYCLOAK_VERSION}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_LOG=${KEYCLOAK_LOG:-$KEYCLOAK_HOME/keycloak.log}
KEYCLOAK_HEAP=${KEYCLOAK_HEAP:-512m}
KEYCLOAK_TIMEOUT=${KEYCLOAK_TIMEOUT:-240}
PID_FILE=$KEYCLOAK_HOME/keycloak.pid
REALM_URL=http://127.0.0.1:$KEYCLOAK_PORT/realms/$REALM

prepare() {
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] && return 0
  local parent work
  parent=$(dirname "$KEYCLOAK_HOME")
  mkdir -p "$parent"
  work=$(mktemp -d "$parent/.keycloak-unpack.XXXXXX")
  # Maven fetches the distribution from Central (or takes it from the local repository when it is there).
  say "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz"
  if ! "$ROOT/mvnw" -B -q -N -f "$ROOT/pom.xml" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
      "-DoutputDirectory=$work" >&2; then
    rm -rf "$work"
    say "could not fetch Keycloak $KEYCLOAK_VERSION"
    return 1
  fi
  say "unpacking Keycloak into $KEYCLOAK_HOME"
  tar -xzf "$work/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$work"
  rm -rf "$KEYCLOAK_HOME"
  mv "$work/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$work"
}

running_pid() {
  local pid
  [[ -f $PID_FILE ]] && read -r pid <"$PID_FILE" && alive "$pid" && echo "$pid"
}

start() {
  local pid
  if pid=$(running_pid); then
    say "Keycloak already runs from $KEYCLOAK_HOME (pid $pid); stop it with: $0 stop"
    return 1
  fi
  if port_in_use "$KEYCLOAK_PORT"; then
    say "port $KEYCLOAK_PORT is in use by another process; set KEYCLOAK_PORT to use another one"
    return 1
  fi
  prepare
  # A fresh dev database every time, so the realm is exactly the repository's file.
  rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/import"
  mkdir -p "$KEYCLOAK_HOME/data/import" "$(dirname "$KEYCLOAK_LOG")"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/"

  say "starting Keycloak $KEYCLOAK_VERSION on 127.0.0.1:$KEYCLOAK_PORT (log: $KEYCLOAK_LOG)"
  # Its own session and process group: a Ctrl-C meant for the caller does not reach it, and stop() can end
  # kc.sh together with its JVM.
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx$KEYCLOAK_HEAP" \
  KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
  KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
    setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --import-realm \
    </dev/null >"$KEYCLOAK_LOG" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_FILE"
  # Interrupted while waiting: stop what was started.
  trap 'stop; exit 130' INT
  trap 'stop; exit 143' TERM

  if ! wait_for_url "$REALM_URL/.well-known/openid-configuration" "$KEYCLOAK_TIMEOUT" "$pid" '"issuer"'; then
    say "Keycloak did not start; its log is $KEYCLOAK_LOG — last lines:"
    tail -n 30 "$KEYCLOAK_LOG" >&2 || true
    stop
    return 1
  fi
  trap - INT TERM
  say "Keycloak ready: $REALM_URL (pid $pid)"
  echo "$pid"
}

stop() {
  local pid
  if pid=$(running_pid); then
    say "stopping Keycloak (pid $pid)"
    stop_process "$pid" TERM 30 group
  fi
  rm -f "$PID_FILE"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  prepare) prepare ;;
  *) echo "usage: $0 [start|stop|prepare]" >&2; exit 2 ;;
esac
