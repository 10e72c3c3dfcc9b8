# shellcheck shell=bash
# For the scripts that run on the dataset bench/run.sh left (profile.sh, ab.sh): the libraries, and their
# results folder.

# shellcheck source=common.sh
source "$BENCH/lib/common.sh"
# shellcheck source=postgres.sh
source "$BENCH/lib/postgres.sh"
# shellcheck source=systems.sh
source "$BENCH/lib/systems.sh"

# Sets RESULTS (and RAW) to a new target/bench/<name>-<timestamp>/ with bodies/ in it.
new_results_on_dataset() {
  [[ -f $PG_DATA/bench-dataset.stamp ]] || die "no benchmark dataset in $PG_DATA: run bench/run.sh first"
  RESULTS=$BENCH_DIR/$1-$(date +%Y%m%d-%H%M%S)
  RAW=$RESULTS
  mkdir -p "$RESULTS/bodies"
}
