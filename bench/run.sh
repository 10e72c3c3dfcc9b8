#!/usr/bin/env bash
# The speed benchmark: the packaged gateway against PostGraphile 4.14.1 (2 cluster workers) and the
# hand-written SQL through pgbench, on one generated dataset, in one run. See bench/README.md.
#
#   bench/run.sh [--scale 1.0] [--runs 3] [--duration 20] [--warmup 90] [--warmup-max 600] [--connections 16] [--threads 2]
#                [--skip-build] [--fresh-data] [--no-response-cache]
#
# Ports (environment): BENCH_PG_PORT (55432), BENCH_GATEWAY_PORT (18080), BENCH_POSTGRAPHILE_PORT (15055).
# BENCH_JAVA_OPTS is passed to the gateway's JVM. Results: target/bench/results-<timestamp>/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
BENCH_DIR=$ROOT/target/bench

SCALE=1.0
RUNS=3
DURATION=20
# The least warm-up, over both pages; the gateway is loaded longer, until its JIT settles (warm_up_gateway in
# lib/systems.sh), and PostGraphile then as long as the gateway was.
WARMUP=90
CONNECTIONS=16
THREADS=2
SKIP_BUILD=false
FRESH_DATA=false
RESPONSE_CACHE=true
PG_PORT=${BENCH_PG_PORT:-55432}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18080}
POSTGRAPHILE_PORT=${BENCH_POSTGRAPHILE_PORT:-15055}
PAGES=(home-feed article-page)
SYSTEMS=(gateway postgraphile raw-sql)

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while (($#)); do
  case $1 in
    --scale) SCALE=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --warmup-max) WARMUP_MAX=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --skip-build) SKIP_BUILD=true; shift ;;
    --fresh-data) FRESH_DATA=true; shift ;;
    --no-response-cache) RESPONSE_CACHE=false; shift ;;
    -h | --help) usage ;;
    *) echo "unknown option $1" >&2; usage 2 ;;
  esac
done

# shellcheck source=lib/common.sh
source "$BENCH/lib/common.sh"
# shellcheck source=lib/tools.sh
source "$BENCH/lib/tools.sh"
# shellcheck source=lib/postgres.sh
source "$BENCH/lib/postgres.sh"
# shellcheck source=lib/systems.sh
source "$BENCH/lib/systems.sh"

RESULTS=$BENCH_DIR/results-$(date +%Y%m%d-%H%M%S)
RAW=$RESULTS/raw
mkdir -p "$RAW" "$RESULTS/bodies"

cleanup() {
  stop_gateway
  stop_postgraphile
  pg_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build() {
  if $SKIP_BUILD && compgen -G "$ROOT/target/*.jar" >/dev/null; then
    log "using the jar already built (--skip-build)"
  else
    log "building the gateway (./mvnw -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package >"$RESULTS/build.log" 2>&1) ||
      die "the build failed; see $RESULTS/build.log"
  fi
  local jar
  for jar in "$ROOT"/target/*.jar; do
    [[ $jar == *-plain.jar ]] || JAR=$jar
  done
  [[ -f ${JAR:-} ]] || die "no jar in $ROOT/target"
}

# What the dataset depends on; the data folder is reused while this stays the same.
dataset_stamp() {
  {
    echo "scale=$SCALE"
    cat "$BENCH/sql/dataset.sql" "$BENCH/sql/postgraphile-api.sql"
    find "$ROOT/db" -type f | sort | xargs cat
  } | sha256sum | cut -d' ' -f1
}

# With pg_stat_statements loaded: the correctness pass counts statements with it.
start_postgres_counting() {
  pg_start -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=off
  psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U bench -d postgres \
    -c 'create extension if not exists pg_stat_statements' >/dev/null
}

prepare_database() {
  local stamp
  stamp=$(dataset_stamp)
  pg_stop
  if ! $FRESH_DATA && [[ -f $PG_DATA/bench-dataset.stamp && $(cat "$PG_DATA/bench-dataset.stamp") == "$stamp" ]]; then
    log "reusing the dataset in $PG_DATA (scale $SCALE)"
    start_postgres_counting
    return
  fi
  log "creating the database (PostgreSQL in $PG_DATA)"
  pg_initdb
  start_postgres_counting
  psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U bench -d postgres -c 'create database news' >/dev/null
  log "migrating the schema with the gateway's Liquibase changelog"
  start_gateway migrate SPRING_LIQUIBASE_CONTEXTS=schema
  stop_gateway
  log "generating the dataset at scale $SCALE"
  psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U bench -d news -v scale="$SCALE" -f "$BENCH/sql/dataset.sql"
  psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U bench -d news -f "$BENCH/sql/postgraphile-api.sql"
  echo "$stamp" >"$PG_DATA/bench-dataset.stamp"
}

write_metadata() {
  local counts
  counts=$(psql -X -At -F= -h 127.0.0.1 -p "$PG_PORT" -U bench -d news -c "
    select 'authors', count(*) from author union all select 'images', count(*) from image
    union all select 'articles', count(*) from article union all select 'feed_items', count(*) from feed_item
    union all select 'body_bytes_avg', round(avg(octet_length(blocks::text))) from article")
  ARTICLES=$(sed -n 's/^articles=//p' <<<"$counts")
  {
    echo "scale=$SCALE"
    echo "runs=$RUNS"
    echo "duration_s=$DURATION"
    echo "connections=$CONNECTIONS"
    echo "threads=$THREADS"
    echo "$counts"
    echo "cpus=$(nproc)"
    echo "cpu_model=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
    echo "java=$(java -version 2>&1 | head -n 1)"
    echo "postgres=$("$PG_HOME/bin/postgres" --version)"
    echo "postgraphile=$POSTGRAPHILE_VERSION"
    echo "wrk=$(wrk -v 2>&1 | head -n 1)"
    echo "gateway_commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "load_average_before=$(cut -d' ' -f1-3 /proc/loadavg)"
  } >"$RESULTS/meta.env"
}

export_psql_connection() {
  export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=bench PGDATABASE=news
}

correctness_pass() {
  log "correctness pass: every system's pages, and the SQL statements each runs"
  start_gateway diagnostics GATEWAY_DIAGNOSTICS_SQL_STATEMENTS=true
  python3 "$BENCH/check.py" gateway "$(gateway_url)" "$RESULTS/check-gateway.json" | tee -a "$RESULTS/check.txt"
  stop_gateway
  start_postgraphile
  python3 "$BENCH/check.py" postgraphile "$(postgraphile_url)" "$RESULTS/check-postgraphile.json" |
    tee -a "$RESULTS/check.txt"
  stop_postgraphile
  python3 "$BENCH/check.py" raw-sql - "$RESULTS/check-raw-sql.json" | tee -a "$RESULTS/check.txt"
  python3 "$BENCH/check.py" compare "$RESULTS"/check-{gateway,postgraphile,raw-sql}.json | tee -a "$RESULTS/check.txt"
}

write_bodies() {
  local page
  for page in "${PAGES[@]}"; do
    write_body "$BENCH/queries/$page.graphql" "$page" "$RESULTS/bodies/gateway-$page.json"
    write_body "$BENCH/queries/postgraphile/$page.graphql" "$page" "$RESULTS/bodies/postgraphile-$page.json"
  done
  cp "$BENCH/sql/raw/home-feed.sql" "$RESULTS/bodies/raw-sql-home-feed.pgbench"
  { echo '\set slug_number random(1, :articles)'; cat "$BENCH/sql/raw/article-page.sql"; } \
    >"$RESULTS/bodies/raw-sql-article-page.pgbench"
}

# Every run measures every system on every page; the order of the systems rotates from run to run so
# that the machine's drift does not favour one of them.
timing_pass() {
  local run page system offset i loaded
  log "restarting PostgreSQL without pg_stat_statements for the timed runs"
  pg_stop
  pg_start
  start_gateway benchmark
  start_postgraphile
  log "warming up the gateway until its JIT settles (at least ${WARMUP}s), then PostGraphile as long"
  loaded=$(warm_up_gateway warmup gateway "${PAGES[@]}")
  for page in "${PAGES[@]}"; do
    run_system "warmup-$page-postgraphile" postgraphile "$page" $((loaded / ${#PAGES[@]}))
    # pgbench compiles nothing: its warm-up only fills PostgreSQL's caches
    run_system "warmup-$page-raw-sql" raw-sql "$page" $((WARMUP < 10 ? WARMUP : 10))
  done
  for ((run = 1; run <= RUNS; run++)); do
    for page in "${PAGES[@]}"; do
      offset=$(((run - 1) % ${#SYSTEMS[@]}))
      for ((i = 0; i < ${#SYSTEMS[@]}; i++)); do
        system=${SYSTEMS[(offset + i) % ${#SYSTEMS[@]}]}
        log "run $run/$RUNS: $page, $system (${DURATION}s)"
        run_system "run$run-$page-$system" "$system" "$page" "$DURATION"
      done
    done
  done
  echo "peak_rss_mib=$(memory_mib VmHWM "$GATEWAY_PID")" >>"$RESULTS/gateway-benchmark.startup"
  read -r heap_used heap_committed <<<"$(heap_mib "$GATEWAY_PID")"
  echo "heap_used_mib=${heap_used:-}" >>"$RESULTS/gateway-benchmark.startup"
  echo "heap_committed_mib=${heap_committed:-}" >>"$RESULTS/gateway-benchmark.startup"
  # shellcheck disable=SC2046 # one pid per word
  echo "peak_rss_mib=$(memory_mib VmHWM $(process_tree "$POSTGRAPHILE_PID"))" >>"$RESULTS/postgraphile.startup"
  stop_postgraphile
  stop_gateway
}

# The gateway again with its in-memory response cache on: hot pages, reported apart from the cache-off
# comparison.
response_cache_pass() {
  local run page
  start_gateway cached GATEWAY_RESPONSE_CACHE_ENABLED=true
  log "response cache on: warming up until the JIT settles"
  warm_up_gateway warmup-cached gateway-cached "${PAGES[@]}" >/dev/null
  for ((run = 1; run <= RUNS; run++)); do
    for page in "${PAGES[@]}"; do
      log "run $run/$RUNS: $page, gateway with the response cache (${DURATION}s)"
      run_system "run$run-$page-gateway-cached" gateway-cached "$page" "$DURATION"
    done
  done
  echo "peak_rss_mib=$(memory_mib VmHWM "$GATEWAY_PID")" >>"$RESULTS/gateway-cached.startup"
  stop_gateway
}

main() {
  ensure_tools
  build
  extract_postgres
  prepare_database
  POSTGRAPHILE_CLI=$(ensure_postgraphile)
  export_psql_connection
  write_metadata
  correctness_pass
  write_bodies
  timing_pass
  if $RESPONSE_CACHE; then
    response_cache_pass
  fi
  pg_stop
  echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/meta.env"
  python3 "$BENCH/report.py" "$RESULTS" | tee "$RESULTS/table.md"
  log "raw outputs and the table: $RESULTS"
}

main
