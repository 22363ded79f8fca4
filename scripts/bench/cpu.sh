# Sourced by the benchmarks that report CPU seconds (recompute.sh, dashboard-cpu.sh): on a machine shared with other
# work the wall times depend on the others' load, the CPU seconds much less.

# CPU seconds of a process and the children it waited for (utime + stime + cutime + cstime); 0 if it is gone
cpu_of() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15 + $16 + $17) / t}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# PostgreSQL's CPU seconds: the postmaster $1 and its processes (a backend that ended is in the postmaster's
# children's time)
pg_cpu() { local total; total=$(cpu_of "$1"); for child in $(pgrep -P "$1"); do
  total=$(echo "$total + $(cpu_of "$child")" | bc); done; echo "$total"; }

# The process listening on local TCP port $1 (empty if none)
listening_pid() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -n 1; }
