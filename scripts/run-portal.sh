#!/usr/bin/env bash
# Runs the portal locally: builds it, starts a Keycloak with the demo realm (scripts/keycloak.sh), a local SMTP
# server for the portal's mail (GreenMail standalone from Maven Central, with its mailbox API) and the packaged
# portal in the demo profile with its embedded PostgreSQL, prints the URLs and the demo logins and stays in the
# foreground. Ctrl-C (or SIGTERM, or any failure) stops everything it started: the portal first (SIGTERM, so it
# stops its database cleanly), then the mail server and Keycloak.
#
#   scripts/run-portal.sh [--no-build]
#
# Environment (all optional):
#   PORTAL_PORT                   HTTP port of the portal (default 8080; the realm allows 8080 and 8081)
#   PORTAL_EMBEDDED_DB_DATA_DIR   data directory of the embedded PostgreSQL
#                                 (default ${XDG_DATA_HOME:-~/.local/share}/capability-portal/pgdata)
#   PORTAL_LOG                    the portal's log file (default ${XDG_CACHE_HOME:-~/.cache}/capability-portal/portal.log)
#   PORTAL_JAVA_OPTS              JVM options of the portal (default -Xms512m -Xmx512m: a fixed heap)
#   PORTAL_TIMEOUT                seconds to wait for the portal to be ready (default 180)
#   PORTAL_SMTP_PORT              the local SMTP server's port (default 3025)
#   PORTAL_IMAP_PORT              its IMAP port (default 3143)
#   PORTAL_MAIL_API_PORT          its mailbox API, where the demo mail is read (default 8025)
#   KEYCLOAK_PORT, KEYCLOAK_HOME, ...   see scripts/keycloak.sh
#   KEYCLOAK_RUNNING              true: a Keycloak on KEYCLOAK_PORT was started by the caller (scripts/test.sh), which
#                                 also stops it; this script neither starts nor stops one
# shellcheck disable=SC2317 # stop_leftover_postgres and cleanup run from the EXIT trap
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/processes.sh
source "$ROOT/scripts/lib/processes.sh"

build=true
for arg in "$@"; do
  case $arg in
    --no-build) build=false ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (usage: $0 [--no-build])" >&2; exit 2 ;;
  esac
done

PORTAL_PORT=${PORTAL_PORT:-8080}
export KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
# The same default as the launcher (EmbeddedDatabase.dataDirectory); passed to it explicitly below.
DATA_DIR=${PORTAL_EMBEDDED_DB_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/capability-portal/pgdata}
PORTAL_LOG=${PORTAL_LOG:-${XDG_CACHE_HOME:-$HOME/.cache}/capability-portal/portal.log}
# A fixed heap: grown from 64 MB under load, G1 kept its young generation small and collected every few hundred
# requests (3,674 young collections in the first minutes of a dashboard benchmark; docs/performance.md).
PORTAL_JAVA_OPTS=${PORTAL_JAVA_OPTS:--Xms512m -Xmx512m}
PORTAL_TIMEOUT=${PORTAL_TIMEOUT:-180}
export PORTAL_SMTP_PORT=${PORTAL_SMTP_PORT:-3025}
PORTAL_IMAP_PORT=${PORTAL_IMAP_PORT:-3143}
PORTAL_MAIL_API_PORT=${PORTAL_MAIL_API_PORT:-8025}
GREENMAIL_VERSION=2.1.8
GREENMAIL_JAR=${XDG_CACHE_HOME:-$HOME/.cache}/capability-portal/greenmail-standalone-$GREENMAIL_VERSION.jar
MAIL_LOG=$(dirname "$PORTAL_LOG")/mail-server.log
MAIL_API=http://127.0.0.1:$PORTAL_MAIL_API_PORT
JAR=$ROOT/web/target/quarkus-app/quarkus-run.jar
URL=http://localhost:$PORTAL_PORT

helper_pid=""      # a build or Keycloak start running in the background, so that a signal interrupts it
portal_pid=""
mail_pid=""
keycloak_started=false

# The embedded PostgreSQL runs in its own session (pg_ctl detaches it). The portal stops it on SIGTERM; if the
# portal had to be killed, stop the server that is still registered in the data directory.
stop_leftover_postgres() {
  local pid
  [[ -f $DATA_DIR/postmaster.pid ]] && pid=$(head -n 1 "$DATA_DIR/postmaster.pid") && alive "$pid" || return 0
  say "stopping the embedded PostgreSQL left behind (pid $pid)"
  stop_process "$pid" INT 30
}

cleanup() {
  local status=$?
  trap '' INT TERM
  if [[ -n $helper_pid ]]; then
    stop_process "$helper_pid" TERM 45
  fi
  if [[ -n $portal_pid ]]; then
    if alive "$portal_pid"; then
      say "stopping the portal (pid $portal_pid)"
    fi
    stop_process "$portal_pid" TERM 60
    stop_leftover_postgres
  fi
  if [[ -n $mail_pid ]]; then
    stop_process "$mail_pid" TERM 20 group
  fi
  if $keycloak_started; then
    "$ROOT/scripts/keycloak.sh" stop || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# interruptible COMMAND... — runs COMMAND in the background and waits for it, so that Ctrl-C or SIGTERM is
# handled at once instead of after the command has finished.
interruptible() {
  "$@" &
  helper_pid=$!
  local status=0
  wait "$helper_pid" || status=$?
  helper_pid=""
  return "$status"
}

command -v java >/dev/null || { say "java (JDK 17 or later) is not on the PATH"; exit 1; }
command -v curl >/dev/null || { say "curl is not on the PATH"; exit 1; }
if port_in_use "$PORTAL_PORT"; then
  say "port $PORTAL_PORT is in use: is the portal already running? (set PORTAL_PORT to use another port)"
  exit 1
fi
if [[ -f $DATA_DIR/postmaster.pid ]] && alive "$(head -n 1 "$DATA_DIR/postmaster.pid")"; then
  say "a PostgreSQL already runs on the data directory $DATA_DIR (another portal?)"
  exit 1
fi

if $build; then
  say "building the portal (./mvnw -B -q package -DskipTests)"
  interruptible "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" package -DskipTests
fi
[[ -f $JAR ]] || { say "$JAR is missing: build first (without --no-build)"; exit 1; }

if [[ ${KEYCLOAK_RUNNING:-false} != true ]]; then
  interruptible "$ROOT/scripts/keycloak.sh" start >/dev/null
  keycloak_started=true
fi

# The local SMTP server: GreenMail standalone, fetched by Maven from Central like Keycloak. It keeps every mail in
# memory (auth off: any address is a mailbox) and serves the mailboxes at $MAIL_API and by IMAP.
for port in "$PORTAL_SMTP_PORT" "$PORTAL_IMAP_PORT" "$PORTAL_MAIL_API_PORT"; do
  if port_in_use "$port"; then
    say "port $port is in use: is a mail server already running? (set PORTAL_SMTP_PORT, PORTAL_IMAP_PORT, PORTAL_MAIL_API_PORT)"
    exit 1
  fi
done
if [[ ! -f $GREENMAIL_JAR ]]; then
  say "fetching com.icegreen:greenmail-standalone:$GREENMAIL_VERSION"
  mkdir -p "$(dirname "$GREENMAIL_JAR")"
  interruptible "$ROOT/mvnw" -B -q -N -f "$ROOT/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    "-Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "-DoutputDirectory=$(dirname "$GREENMAIL_JAR")" >&2
fi
say "starting the mail server: SMTP 127.0.0.1:$PORTAL_SMTP_PORT, IMAP :$PORTAL_IMAP_PORT, mailboxes at $MAIL_API (log: $MAIL_LOG)"
mkdir -p "$(dirname "$MAIL_LOG")"
setsid java -Xms16m -Xmx128m -Dgreenmail.auth.disabled \
  -Dgreenmail.smtp.hostname=127.0.0.1 "-Dgreenmail.smtp.port=$PORTAL_SMTP_PORT" \
  -Dgreenmail.imap.hostname=127.0.0.1 "-Dgreenmail.imap.port=$PORTAL_IMAP_PORT" \
  -Dgreenmail.api.hostname=127.0.0.1 "-Dgreenmail.api.port=$PORTAL_MAIL_API_PORT" \
  -jar "$GREENMAIL_JAR" </dev/null >"$MAIL_LOG" 2>&1 &
mail_pid=$!
if ! wait_for_url "$MAIL_API/api/service/readiness" 60 "$mail_pid" 'running'; then
  say "the mail server did not start; last lines of $MAIL_LOG:"
  tail -n 20 "$MAIL_LOG" >&2 || true
  exit 1
fi

say "starting the portal on $URL (embedded PostgreSQL in $DATA_DIR, log: $PORTAL_LOG)"
mkdir -p "$(dirname "$PORTAL_LOG")"
started=$SECONDS
# Its own session, like Keycloak: a Ctrl-C reaches only this script, which stops the portal, then Keycloak.
# shellcheck disable=SC2086 # PORTAL_JAVA_OPTS is a list of options
OIDC_AUTH_SERVER_URL=http://127.0.0.1:$KEYCLOAK_PORT/realms/capability-portal \
PORTAL_EMBEDDED_DB_DATA_DIR=$DATA_DIR PORTAL_BASE_URL=$URL \
  setsid java $PORTAL_JAVA_OPTS -Dquarkus.profile=demo -Dquarkus.http.port="$PORTAL_PORT" -jar "$JAR" \
  </dev/null >"$PORTAL_LOG" 2>&1 &
portal_pid=$!

if ! wait_for_url "$URL/q/health/ready" "$PORTAL_TIMEOUT" "$portal_pid" '"UP"'; then
  say "the portal did not become ready; last lines of $PORTAL_LOG:"
  tail -n 40 "$PORTAL_LOG" >&2 || true
  exit 1
fi

cat <<EOF

  Partner Capability Portal is ready at $URL   (ready $((SECONDS - started)) s after start, pid $portal_pid)

  Demo logins (password = <user>-demo):
    user    password      role            partner
    ada     ada-demo      partner-admin   P-1001 Contoso Data Ltd
    paul    paul-demo     partner-user    P-1001 Contoso Data Ltd
    grace   grace-demo    partner-admin   P-2002 Fabrikam AI Services
    henry   henry-demo    partner-user    P-3003 Northwind Analytics
    rita    rita-demo     reviewer        every partner (program staff)
    omar    omar-demo     program-admin   every partner (program staff)
    nora    nora-demo     (none)          none: sees "No access yet"

  Keycloak: http://127.0.0.1:$KEYCLOAK_PORT/admin (admin / admin)
  Demo mail (the portal sends to a local GreenMail, nothing leaves the machine):
    $MAIL_API/api/user/ada@example.com/messages/INBOX   (any address: <user>@example.com)
    or IMAP 127.0.0.1:$PORTAL_IMAP_PORT, login and password = the address
  Logs: $PORTAL_LOG
  Press Ctrl-C to stop the portal and Keycloak.

EOF

status=0
wait "$portal_pid" || status=$?
say "the portal exited by itself (status $status); its log is $PORTAL_LOG"
exit $((status == 0 ? 1 : status))
