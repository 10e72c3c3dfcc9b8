#!/usr/bin/env bash
# Where the gateway spends its CPU on one page: the packaged gateway under wrk load on the benchmark's
# database (run bench/run.sh once first), recorded by Java Flight Recorder, summarised by bench/jfr_top.py.
#
#   bench/profile.sh [home-feed|article-page] [--duration 30] [--warmup 45] [--skip-build]
#
# Results: target/bench/profile-<page>-<timestamp>/ (gateway.jfr, wrk output, top.txt).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
BENCH_DIR=$ROOT/target/bench
PAGE=home-feed
DURATION=30
WARMUP=45
SKIP_BUILD=false
CONNECTIONS=16
THREADS=2
PG_PORT=${BENCH_PG_PORT:-55432}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18080}

while (($#)); do
  case $1 in
    home-feed | article-page) PAGE=$1; shift ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --skip-build) SKIP_BUILD=true; shift ;;
    *) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

# shellcheck source=lib/on-dataset.sh
source "$BENCH/lib/on-dataset.sh"
new_results_on_dataset "profile-$PAGE"
trap 'stop_gateway; pg_stop' EXIT

if ! $SKIP_BUILD; then
  log "building the gateway"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package >"$RESULTS/build.log" 2>&1) || die "build failed: $RESULTS/build.log"
fi
for jar in "$ROOT"/target/*.jar; do [[ $jar == *-plain.jar ]] || JAR=$jar; done
pg_start
ARTICLES=$(psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U bench -d news -c 'select count(*) from article')
write_body "$BENCH/queries/$PAGE.graphql" "$PAGE" "$RESULTS/bodies/gateway-$PAGE.json"

BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=2048 -XX:StartFlightRecording=filename=$RESULTS/gateway.jfr,settings=profile,delay=${WARMUP}s,duration=${DURATION}s"
start_gateway profile
log "warming up $WARMUP s, then recording $DURATION s of $PAGE"
run_wrk warmup gateway "$PAGE" "$WARMUP"
run_wrk recorded gateway "$PAGE" "$DURATION"
sleep 2
stop_gateway
grep -E 'Requests/sec|Latency' "$RESULTS/recorded.wrk.txt"
python3 "$BENCH/jfr_top.py" "$RESULTS/gateway.jfr" | tee "$RESULTS/top.txt"
log "recording and summary in $RESULTS"
