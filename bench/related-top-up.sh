#!/usr/bin/env bash
# The related-stories statement with and without editors' picks. The benchmark's articles all have 4 picks, so its
# pages never run the top-up by shared tags; this measures it. pgbench runs the statement the gateway sends for a
# page of cards (bench/sql/related-stories.sql) for the 20 newest articles, one client, taking turns: as they are,
# and with their picks deleted in a transaction that is rolled back (its latency includes the delete). Run
# bench/run.sh once first.
#
#   bench/related-top-up.sh [--runs 3] [--duration 10]
#
# Prints each variant's median latency. Results: target/bench/related-top-up-<timestamp>/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
BENCH_DIR=$ROOT/target/bench
RUNS=3
DURATION=10
PG_PORT=${BENCH_PG_PORT:-55432}

while (($#)); do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    *) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

# shellcheck source=lib/on-dataset.sh
source "$BENCH/lib/on-dataset.sh"
new_results_on_dataset related-top-up
# the rolled-back deletes leave related_article's pages not all-visible; vacuum gives the dataset back as it was
trap 'psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U bench -d news -c "vacuum related_article" || true; pg_stop' EXIT
pg_start

ids=$(psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U bench -d news -c "select array_agg(id) from (select id from article
  where published_at <= now() order by published_at desc, id desc limit 20) newest")
cp "$BENCH/sql/related-stories.sql" "$RESULTS/with-picks.sql"
{
  echo 'begin;'
  echo 'delete from related_article where article_id = any(cast(:ids as bigint[]));'
  cat "$BENCH/sql/related-stories.sql"
  echo 'rollback;'
} >"$RESULTS/without-picks.sql"

for run in $(seq "$RUNS"); do
  for variant in with-picks without-picks; do
    PGOPTIONS='-c plan_cache_mode=force_generic_plan' pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U bench -M prepared \
      -c 1 -T "$DURATION" -D ids="$ids" -f "$RESULTS/$variant.sql" news >"$RESULTS/run$run-$variant.txt" 2>&1
    log "run $run, $variant: $(grep 'latency average' "$RESULTS/run$run-$variant.txt")"
  done
done

for variant in with-picks without-picks; do
  grep -h 'latency average' "$RESULTS"/run*-"$variant".txt | awk '{ print $4 }' | sort -n |
    awk -v variant="$variant" '{ ms[NR] = $1 } END { printf "%s: median latency %s ms over %d runs\n", variant, ms[int((NR + 1) / 2)], NR }'
done | tee "$RESULTS/summary.txt"
