#!/usr/bin/env bash
# Where the gateway spends its CPU on one page: the packaged gateway under wrk load on the benchmark's
# database (run bench/run.sh once first), recorded by Java Flight Recorder, summarised by bench/jfr_top.py.
#
#   bench/profile.sh [home-feed|article-page] [--duration 30] [--warmup 90] [--warmup-max 600] [--skip-build]
#
# Results: target/bench/profile-<page>-<timestamp>/ (gateway.jfr, wrk output, top.txt).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
BENCH_DIR=$ROOT/target/bench
PAGE=home-feed
DURATION=30
WARMUP=90
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
    --warmup-max) WARMUP_MAX=$2; shift 2 ;;
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

# JFR is set up at launch (a 1 s recording that is dropped): set up later, it would slow the warmed-up
# gateway to a fifth while the recording starts.
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=2048 -XX:StartFlightRecording=settings=profile,duration=1s"
start_gateway profile
log "warming up until the JIT settles (at least $WARMUP s), then recording $DURATION s of $PAGE"
warm_up_gateway warmup gateway "$PAGE" >/dev/null
jcmd "$GATEWAY_PID" JFR.start name=profile settings=profile >/dev/null
run_wrk recorded gateway "$PAGE" "$DURATION"
jcmd "$GATEWAY_PID" JFR.stop name=profile filename="$RESULTS/gateway.jfr" >/dev/null
sleep 2
stop_gateway
grep -E 'Requests/sec|Latency' "$RESULTS/recorded.wrk.txt"
python3 "$BENCH/jfr_top.py" "$RESULTS/gateway.jfr" | tee "$RESULTS/top.txt"
log "recording and summary in $RESULTS"
