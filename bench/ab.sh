#!/usr/bin/env bash
# Builds of the gateway compared on one page, in one window of the shared machine: they run side by side on
# the benchmark's database (run bench/run.sh once first) and take turns under the same wrk load, in an order
# that rotates from run to run, so the machine's drift hits them alike. Prints each build's median req/s, p99,
# its and PostgreSQL's CPU ms per request (steadier than req/s when other tenants load the machine), and its
# ratio to the first (a).
#
#   bench/ab.sh A.jar [B.jar ...] [home-feed|article-page] [--runs 3] [--duration 20] [--warmup 90] [--warmup-max 600]
#
# With one jar, B is the jar in target/ (build it first). Results: target/bench/ab-<page>-<timestamp>/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
BENCH_DIR=$ROOT/target/bench
PAGE=home-feed
RUNS=3
DURATION=20
WARMUP=90
CONNECTIONS=16
THREADS=2
PG_PORT=${BENCH_PG_PORT:-55432}
JARS=()

while (($#)); do
  case $1 in
    home-feed | article-page) PAGE=$1; shift ;;
    --runs) RUNS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --warmup-max) WARMUP_MAX=$2; shift 2 ;;
    *.jar) JARS+=("$(realpath "$1")"); shift ;;
    *) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
((${#JARS[@]})) || { sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
if ((${#JARS[@]} == 1)); then
  for jar in "$ROOT"/target/*.jar; do [[ $jar == *-plain.jar ]] || JARS+=("$jar"); done
fi

# shellcheck source=lib/on-dataset.sh
source "$BENCH/lib/on-dataset.sh"
new_results_on_dataset "ab-$PAGE"
BUILDS=()
declare -A PORT PID
for i in "${!JARS[@]}"; do
  build=$(printf "\\$(printf '%03o' $((97 + i)))")
  BUILDS+=("$build")
  PORT[$build]=$((18081 + i))
  cp "${JARS[$i]}" "$RESULTS/$build.jar"
  echo "$build ${JARS[$i]}" >>"$RESULTS/builds.txt"
done
PIDS=()
trap 'stop_processes "${PIDS[@]}"; pg_stop' EXIT

pg_start
ARTICLES=$(psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U bench -d news -c 'select count(*) from article')
write_body "$BENCH/queries/$PAGE.graphql" "$PAGE" "$RESULTS/bodies/gateway-$PAGE.json"

for build in "${BUILDS[@]}"; do
  JAR=$RESULTS/$build.jar GATEWAY_PORT=${PORT[$build]}
  start_gateway "$build"
  PID[$build]=$GATEWAY_PID
  PIDS+=("$GATEWAY_PID")
done

use() { GATEWAY_PORT=${PORT[$1]} GATEWAY_PID=${PID[$1]}; }
for build in "${BUILDS[@]}"; do
  use "$build"
  log "warming up $build until its JIT settles (at least $WARMUP s)"
  warm_up_gateway "warmup-$build" gateway "$PAGE" >/dev/null
done
for run in $(seq "$RUNS"); do
  shift_by=$(((run - 1) % ${#BUILDS[@]}))
  for build in "${BUILDS[@]:shift_by}" "${BUILDS[@]:0:shift_by}"; do
    use "$build"
    log "run $run: $build"
    run_wrk "run$run-$build" gateway "$PAGE" "$DURATION"
  done
done

python3 - "$RESULTS" "$RUNS" "${BUILDS[@]}" <<'PY'
import json, statistics, sys
results, runs, builds = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
median = {}
for build in builds:
    rates, p99s, cpu, postgres_cpu = [], [], [], []
    for run in range(1, runs + 1):
        wrk = open(f"{results}/run{run}-{build}.wrk.txt").read()
        summary = json.loads(wrk[wrk.index('{"requests"'):])
        assert summary["errors_status"] == 0, f"run {run} of {build} had error responses"
        rates.append(summary["requests"] / (summary["duration_us"] / 1e6))
        p99s.append(summary["latency_p99_us"] / 1000)
        used = dict(line.split("=") for line in open(f"{results}/run{run}-{build}.cpu").read().split())
        cpu.append(1000 * float(used["cpu_seconds"]) / summary["requests"])
        postgres_cpu.append(1000 * float(used["postgres_cpu_seconds"]) / summary["requests"])
    median[build] = statistics.median(rates)
    print(f"{build}: {median[build]:7.1f} req/s (runs {', '.join(f'{r:.0f}' for r in rates)})"
          f"   p99 {statistics.median(p99s):6.1f} ms   CPU ms/request: gateway {statistics.median(cpu):.2f},"
          f" PostgreSQL {statistics.median(postgres_cpu):.2f}")
for build in builds[1:]:
    print(f"{build}/a: {median[build] / median['a']:.2f}x")
PY
