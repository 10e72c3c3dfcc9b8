# shellcheck shell=bash
# Installs what the benchmark needs and the machine lacks: Debian packages through apt-get, PostGraphile
# through npm into target/bench.

APT_UPDATED=false

apt_install() {
  if [[ $(id -u) != 0 ]]; then
    die "missing: $*; install with: sudo apt-get install $*"
  fi
  if ! $APT_UPDATED; then
    apt-get update -qq >/dev/null
    APT_UPDATED=true
  fi
  log "installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_command() {
  local command=$1
  shift
  command -v "$command" >/dev/null || apt_install "$@"
  command -v "$command" >/dev/null || die "$command is still missing after installing $*"
}

ensure_tools() {
  ensure_command java openjdk-17-jdk-headless
  ensure_command curl curl
  ensure_command python3 python3
  ensure_command xz xz-utils
  ensure_command unshare util-linux
  ensure_command wrk wrk
  ensure_command psql postgresql-client
  # Debian 12 ships pgbench with the server package, later releases with the client.
  command -v pgbench >/dev/null || apt_install postgresql-client
  ensure_command pgbench postgresql
  ensure_command npm nodejs npm
}

POSTGRAPHILE_VERSION=4.14.1

# PostGraphile 4.14.1 in target/bench/postgraphile; prints the path of its CLI.
ensure_postgraphile() {
  local home=$BENCH_DIR/postgraphile
  local cli=$home/node_modules/postgraphile/cli.js
  if [[ $(node -p "require('$home/node_modules/postgraphile/package.json').version" 2>/dev/null) != \
        "$POSTGRAPHILE_VERSION" ]]; then
    log "installing PostGraphile $POSTGRAPHILE_VERSION with npm"
    mkdir -p "$home"
    npm install --prefix "$home" --no-audit --no-fund --loglevel=error "postgraphile@$POSTGRAPHILE_VERSION" >&2
  fi
  [[ -f $cli ]] || die "PostGraphile CLI not found at $cli"
  echo "$cli"
}
