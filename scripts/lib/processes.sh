# shellcheck shell=bash
# Helpers shared by scripts/keycloak.sh and scripts/run-portal.sh (sourced, not run).

# say MESSAGE... — a progress line on stderr, prefixed with the calling script's name.
say() {
  printf '[%s] %s\n' "${0##*/}" "$*" >&2
}

# port_in_use PORT — true when something accepts connections on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# alive PID — true while the process exists and has not exited (an unreaped child counts as exited).
alive() {
  local stat
  # (read, not $(<file): under set -e a missing file would end the calling script)
  [[ -n "${1:-}" ]] && { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
  stat=${stat##*) }
  [[ ${stat:0:1} != Z ]]
}

# wait_for_url URL TIMEOUT_SECONDS PID [PATTERN] — polls URL until it answers 2xx (and its body matches
# PATTERN, if given). Fails early when process PID has exited; fails after TIMEOUT_SECONDS.
wait_for_url() {
  local url=$1 timeout=$2 pid=$3 pattern=${4:-} deadline body
  deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    if ! alive "$pid"; then
      say "process $pid exited while waiting for $url"
      return 1
    fi
    if body=$(curl -fsS --max-time 5 "$url" 2>/dev/null) && { [[ -z $pattern ]] || grep -q "$pattern" <<<"$body"; }; then
      return 0
    fi
    sleep 1
  done
  say "no answer from $url within ${timeout}s"
  return 1
}

# stop_process PID SIGNAL TIMEOUT_SECONDS [GROUP] — sends SIGNAL to PID (to its whole process group when GROUP
# is "group"), waits up to TIMEOUT_SECONDS for it to exit, then sends SIGKILL the same way.
stop_process() {
  local pid=$1 signal=$2 timeout=$3 target=$1 deadline
  [[ ${4:-} == group ]] && target=-$1
  alive "$pid" || return 0
  kill "-$signal" -- "$target" 2>/dev/null || true
  deadline=$((SECONDS + timeout))
  while alive "$pid" && ((SECONDS < deadline)); do
    sleep 0.5
  done
  if alive "$pid"; then
    say "process $pid did not stop within ${timeout}s after SIG$signal: killing it"
    kill -KILL -- "$target" 2>/dev/null || true
  fi
  # Reap it when it is our child (no-op otherwise).
  wait "$pid" 2>/dev/null || true
}
