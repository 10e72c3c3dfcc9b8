# shellcheck shell=bash
# Shared helpers of bench/run.sh: logging, waiting for HTTP, reading a process's CPU time and memory.

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() {
  log "ERROR: $*"
  exit 1
}

# Milliseconds since the epoch.
now_ms() { date +%s%3N; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() {
  if port_in_use "$1"; then
    die "port $1 is in use; choose another with $2"
  fi
}

# Polls a GraphQL endpoint with `{__typename}` until it answers 200, while process $2 lives; up to $3 s.
wait_for_graphql() {
  local url=$1 pid=$2 timeout=${3:-180} waited=0
  until curl -fsS -o /dev/null -H 'Content-Type: application/json' -H 'Accept: application/json' \
      --data '{"query":"{__typename}"}' "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || return 1
    ((waited++ < timeout * 10)) || return 1
    sleep 0.1
  done
}

# The process and its direct children (PostGraphile's cluster workers).
process_tree() {
  echo "$1"
  pgrep -P "$1" || true
}

# User + system CPU seconds consumed so far by the given processes, summed.
cpu_seconds() {
  local ticks=0 pid fields
  for pid in "$@"; do
    # Fields after the `(comm)` field: utime and stime are the 12th and 13th.
    fields=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
    ticks=$((ticks + $(awk '{print $12 + $13}' <<<"$fields")))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

# CPU seconds a JVM's JIT compiler threads (C1 and C2) have consumed so far. Read from
# /proc/<pid>/task/<tid>/stat, not through cpu_seconds: /proc/<tid>/stat holds the whole process's time.
jit_cpu_seconds() {
  local ticks=0 task
  for task in /proc/"$1"/task/*; do
    [[ $(cat "$task/comm" 2>/dev/null) == C[12]\ CompilerThre* ]] || continue
    ticks=$((ticks + $(sed 's/^.*) //' "$task/stat" | awk '{print $12 + $13}')))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

# CPU seconds PostgreSQL has consumed so far: the postmaster's own, its live backends' and those of the
# backends it has already reaped (a pgbench client's backend ends with its connection).
postgres_cpu_seconds() {
  local postmaster ticks children
  postmaster=$(head -n 1 "$PG_DATA/postmaster.pid")
  # Fields after the `(comm)` field: utime, stime, cutime, cstime are the 12th to 15th.
  ticks=$(sed 's/^.*) //' "/proc/$postmaster/stat" | awk '{print $12 + $13 + $14 + $15}')
  children=$(pgrep -P "$postmaster" | tr '\n' ' ')
  # shellcheck disable=SC2086 # one pid per word
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v c="$(cpu_seconds $children)" 'BEGIN { printf "%.2f", t / hz + c }'
}

# A /proc/<pid>/status memory field (VmHWM = peak RSS, VmRSS = current RSS) in MiB, summed over processes.
memory_mib() {
  local field=$1 kib=0 pid value
  shift
  for pid in "$@"; do
    value=$(awk -v f="$field:" '$1 == f { print $2 }' "/proc/$pid/status" 2>/dev/null) || continue
    kib=$((kib + ${value:-0}))
  done
  awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }'
}

# Stops the given processes (TERM, then KILL after 20 s) and waits for them.
stop_processes() {
  local pid waited
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for pid in "$@"; do
    waited=0
    while kill -0 "$pid" 2>/dev/null; do
      if ((waited++ > 200)); then kill -9 "$pid" 2>/dev/null || true; fi
      sleep 0.1
    done
  done
}

# The Java heap of a JVM right now, as "used committed" MiB (jcmd GC.heap_info: "... total 123456K, used 4567K").
heap_mib() {
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/total [0-9]+K, used [0-9]+K/ {
      for (i = 1; i <= NF; i++) { if ($i == "total") total = $(i + 1); if ($i == "used") used = $(i + 1) }
      gsub(/[K,]/, "", total); gsub(/[K,]/, "", used); printf "%.0f %.0f", used / 1024, total / 1024; exit }'
}
