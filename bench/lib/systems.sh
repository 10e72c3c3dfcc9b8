# shellcheck shell=bash
# Starting, stopping and loading the systems under test: the packaged gateway, PostGraphile and pgbench.

GATEWAY_PID=
POSTGRAPHILE_PID=
# The gateway's warm-up (warm_up_gateway): rounds of this many seconds per page, until the JIT compiler threads
# take under this share of its CPU, for at most this long.
WARMUP_ROUND=15
JIT_SETTLED_PERCENT=2
WARMUP_MAX=${WARMUP_MAX:-600}

gateway_url() { echo "http://127.0.0.1:$GATEWAY_PORT/graphql"; }
postgraphile_url() { echo "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql"; }

# Starts the packaged gateway against the benchmark database, with extra NAME=value environment, and
# waits until it answers. Writes <name>.startup (launch to first answer, RSS then) into the results.
start_gateway() {
  local name=$1 started ready
  shift
  require_free_port "$GATEWAY_PORT" BENCH_GATEWAY_PORT
  started=$(now_ms)
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
  env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/news" SPRING_DATASOURCE_USERNAME=bench \
    SPRING_DATASOURCE_PASSWORD= SERVER_PORT="$GATEWAY_PORT" "$@" \
    java ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$RESULTS/gateway-$name.log" 2>&1 &
  GATEWAY_PID=$!
  wait_for_graphql "$(gateway_url)" "$GATEWAY_PID" ||
    die "the gateway ($name) did not start; see $RESULTS/gateway-$name.log"
  ready=$(now_ms)
  {
    echo "startup_ms=$((ready - started))"
    echo "spring_started=$(sed -n 's/.*Started NewsGatewayApplication in \([0-9.]*\) seconds.*/\1/p' \
      "$RESULTS/gateway-$name.log")"
    echo "rss_after_start_mib=$(memory_mib VmRSS "$GATEWAY_PID")"
  } >"$RESULTS/gateway-$name.startup"
  log "gateway ($name) answers after $((ready - started)) ms"
}

stop_gateway() {
  [[ -n $GATEWAY_PID ]] || return 0
  stop_processes "$GATEWAY_PID"
  GATEWAY_PID=
}

start_postgraphile() {
  local started ready
  require_free_port "$POSTGRAPHILE_PORT" BENCH_POSTGRAPHILE_PORT
  started=$(now_ms)
  node "$POSTGRAPHILE_CLI" -c "postgres://bench@127.0.0.1:$PG_PORT/news" -s public -n 127.0.0.1 \
    -p "$POSTGRAPHILE_PORT" --disable-query-log --cluster-workers 2 >"$RESULTS/postgraphile.log" 2>&1 &
  POSTGRAPHILE_PID=$!
  wait_for_graphql "$(postgraphile_url)" "$POSTGRAPHILE_PID" ||
    die "PostGraphile did not start; see $RESULTS/postgraphile.log"
  ready=$(now_ms)
  # Both workers must be up before load: the master forks them one after the other.
  for _ in $(seq 100); do
    (($(pgrep -c -P "$POSTGRAPHILE_PID") >= 2)) && break
    sleep 0.1
  done
  {
    echo "startup_ms=$((ready - started))"
    # shellcheck disable=SC2046 # one pid per word
    echo "rss_after_start_mib=$(memory_mib VmRSS $(process_tree "$POSTGRAPHILE_PID"))"
  } >"$RESULTS/postgraphile.startup"
  log "PostGraphile answers after $((ready - started)) ms"
}

stop_postgraphile() {
  [[ -n $POSTGRAPHILE_PID ]] || return 0
  # shellcheck disable=SC2046 # one pid per word
  stop_processes $(pgrep -P "$POSTGRAPHILE_PID") "$POSTGRAPHILE_PID"
  POSTGRAPHILE_PID=
}

# The processes whose CPU time and memory count for a system.
server_pids() {
  case $1 in
    gateway*) echo "$GATEWAY_PID" ;;
    postgraphile) process_tree "$POSTGRAPHILE_PID" ;;
  esac
}

# A POST body for wrk: the document with its variables (article pages: __SLUG_NUMBER__ in the slug).
write_body() {
  local document=$1 page=$2 out=$3
  python3 - "$document" "$page" "$out" <<'PY'
import json, sys
document, page, out = sys.argv[1:]
variables = {"first": 20} if page == "home-feed" else {"slug": "article-__SLUG_NUMBER__"}
open(out, "w").write(json.dumps({"query": open(document).read(), "variables": variables}))
PY
}

# wrk against one system; raw output, the server's and PostgreSQL's CPU seconds during the run go to $RAW/<label>.*
run_wrk() {
  local label=$1 system=$2 page=$3 duration=$4 url body pids before after postgres_before
  case $system in
    gateway*) url=$(gateway_url) body=$RESULTS/bodies/gateway-$page.json ;;
    postgraphile) url=$(postgraphile_url) body=$RESULTS/bodies/postgraphile-$page.json ;;
  esac
  pids=$(server_pids "$system")
  # shellcheck disable=SC2086 # one pid per word
  before=$(cpu_seconds $pids)
  postgres_before=$(postgres_cpu_seconds)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${duration}s" --timeout 10s -s "$BENCH/wrk/graphql.lua" "$url" -- \
    "$body" "$([[ $page == article-page ]] && echo "$ARTICLES" || echo 0)" >"$RAW/$label.wrk.txt" 2>&1
  # shellcheck disable=SC2086
  after=$(cpu_seconds $pids)
  write_cpu "$RAW/$label.cpu" "$postgres_before" "$before" "$after"
}

# Loads a gateway with wrk, the given pages in turn, in rounds of WARMUP_ROUND s until its JIT has settled:
# in the last round of every page its compiler threads used under JIT_SETTLED_PERCENT % of its CPU. That takes
# some 3 minutes of load on 2 cores, during which it serves a fifth of its settled rate (article page, 30 s
# windows: 192, 338, 383, 484, 509, 695, 794, 924, 901 req/s, C2 at 8-10 s of CPU per window until the
# 7th). Loads at least WARMUP s, gives up after WARMUP_MAX s; prints the seconds it loaded. Each round's rate
# and compiler share go to $RESULTS/warmup-<label>.txt.
warm_up_gateway() {
  local label=$1 system=$2 page loaded=0 round=0 settled jit_before cpu_before share rate
  shift 2
  while :; do
    round=$((round + 1))
    settled=true
    for page in "$@"; do
      jit_before=$(jit_cpu_seconds "$GATEWAY_PID")
      cpu_before=$(cpu_seconds "$GATEWAY_PID")
      run_wrk "$label-$round-$page" "$system" "$page" "$WARMUP_ROUND"
      share=$(awk -v j="$(jit_cpu_seconds "$GATEWAY_PID")" -v jb="$jit_before" -v c="$(cpu_seconds "$GATEWAY_PID")" \
        -v cb="$cpu_before" 'BEGIN { printf "%.1f", (c > cb ? 100 * (j - jb) / (c - cb) : 100) }')
      rate=$(awk '/^Requests\/sec:/ { print $2 }' "$RAW/$label-$round-$page.wrk.txt")
      echo "round=$round page=$page req_per_s=$rate jit_percent=$share" >>"$RESULTS/warmup-$label.txt"
      awk -v s="$share" -v limit="$JIT_SETTLED_PERCENT" 'BEGIN { exit !(s < limit) }' || settled=false
      loaded=$((loaded + WARMUP_ROUND))
    done
    log "warm-up $label, round $round: $(tail -n $# "$RESULTS/warmup-$label.txt" | cut -d' ' -f2- | paste -sd' ')"
    if $settled && ((loaded >= WARMUP)); then break; fi
    if ((loaded >= WARMUP_MAX)); then
      log "WARNING: the JIT of $label has not settled after $loaded s of load"
      break
    fi
  done
  echo "loaded_s=$loaded settled=$settled round_s=$WARMUP_ROUND jit_percent_limit=$JIT_SETTLED_PERCENT" >>"$RESULTS/warmup-$label.txt"
  echo "$loaded"
}

# The .cpu file of a run: PostgreSQL's CPU seconds since the reading given, and the server's between the two
# readings given (none for pgbench).
write_cpu() {
  local out=$1 postgres_before=$2 server_before=${3:-} server_after=${4:-}
  awk -v a="$(postgres_cpu_seconds)" -v b="$postgres_before" -v sb="$server_before" -v sa="$server_after" \
    'BEGIN { if (sa != "") printf "cpu_seconds=%.2f\n", sa - sb; printf "postgres_cpu_seconds=%.2f\n", a - b }' \
    >"$out"
}

# pgbench with the hand-written SQL: -M prepared, the same clients and threads as wrk, every transaction
# logged (the log gives p50/p99).
run_pgbench() {
  local label=$1 page=$2 duration=$3 postgres_before
  postgres_before=$(postgres_cpu_seconds)
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U bench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$duration" \
    -D articles="$ARTICLES" -f "$RESULTS/bodies/raw-sql-$page.pgbench" -l --log-prefix="$RAW/$label.pgbench-log" \
    news >"$RAW/$label.pgbench.txt" 2>&1
  write_cpu "$RAW/$label.cpu" "$postgres_before"
}

run_system() {
  local label=$1 system=$2 page=$3 duration=$4
  if [[ $system == raw-sql ]]; then
    run_pgbench "$label" "$page" "$duration"
  else
    run_wrk "$label" "$system" "$page" "$duration"
  fi
}
