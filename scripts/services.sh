#!/usr/bin/env bash
# Installs what is missing and starts ThrillWiki's development and CI services on loopback:
# PostgreSQL 15, Redis, Debian's Chromium (plus wrk for the benchmark) and an OpenSearch node
# fetched from Maven Central. Idempotent: a service that already answers is left alone.
#
#   scripts/services.sh start    (make services)
#   scripts/services.sh stop     (make services-stop: stops only what this script started)
#   scripts/services.sh status
#
# Runs as root (apt-get, the search engine's own user). See docs/services.md.
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT=$(pwd)
STATE=${SERVICES_DIR:-$ROOT/.services}
PG_VERSION=15
PG_PORT=5432
REDIS_PORT=6379
SEARCH_PORT=${SEARCH_PORT:-9200}
SEARCH_HEAP=${SEARCH_HEAP:-512m}
SEARCH_USER=thrillwiki-search
# Pinned search engine: OpenSearch's integration-test distribution (no bundled JDK, no security
# plugin) plus its analysis-common module, which Wagtail's index mapping needs (edge_ngram,
# asciifolding). Elasticsearch's 8.x integ-test zip lacks that module and Maven Central does
# not publish it, so it cannot hold Wagtail's index; see docs/search.md.
OPENSEARCH_VERSION=2.19.6
OPENSEARCH_JDK=${OPENSEARCH_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
OPENSEARCH_HOME=""  # set by start_opensearch (see search_base)

log() { printf '== services: %s\n' "$*"; }

apt_updated=""
apt_install() {
  # Install the named Debian packages, running `apt-get update` at most once per call of the script.
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

need_packages() {
  local missing=()
  command -v pg_ctlcluster >/dev/null && [ -x /usr/lib/postgresql/$PG_VERSION/bin/postgres ] \
    || missing+=("postgresql-$PG_VERSION" postgresql-client-$PG_VERSION postgresql-contrib)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v wrk >/dev/null || missing+=(wrk)
  command -v unzip >/dev/null || missing+=(unzip)
  command -v curl >/dev/null || missing+=(curl)
  command -v nginx >/dev/null || missing+=(nginx)  # the fault suite runs its own instance (docs/serving.md)
  command -v mvn >/dev/null || missing+=(maven)
  [ -x "$OPENSEARCH_JDK/bin/java" ] || missing+=(openjdk-17-jre-headless)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt_install "${missing[@]}"
  fi
}

wait_for() {
  # wait_for SECONDS DESCRIPTION COMMAND...: retry COMMAND once a second until it succeeds.
  local seconds=$1 what=$2
  shift 2
  for _ in $(seq "$seconds"); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "$what did not come up within ${seconds}s"
  return 1
}

# --- PostgreSQL ---------------------------------------------------------------------------

pg_trust_loopback() {
  # The README's DATABASE_URL has no password: trust loopback connections on this machine.
  local hba=/etc/postgresql/$PG_VERSION/main/pg_hba.conf
  if ! grep -q '^# thrillwiki: loopback trust' "$hba"; then
    local tmp
    tmp=$(mktemp)
    {
      echo '# thrillwiki: loopback trust (scripts/services.sh; a development and CI machine only)'
      echo 'host    all             all             127.0.0.1/32            trust'
      echo 'host    all             all             ::1/128                 trust'
      cat "$hba"
    } >"$tmp"
    cat "$tmp" >"$hba"
    rm -f "$tmp"
    if pg_isready -q -h 127.0.0.1 -p $PG_PORT; then
      pg_ctlcluster --skip-systemctl-redirect $PG_VERSION main reload
    fi
  fi
}

start_postgres() {
  [ -d /etc/postgresql/$PG_VERSION/main ] \
    || pg_createcluster --port $PG_PORT $PG_VERSION main >/dev/null
  pg_trust_loopback
  if ! pg_isready -q -h 127.0.0.1 -p $PG_PORT; then
    log "starting PostgreSQL $PG_VERSION"
    pg_ctlcluster --skip-systemctl-redirect $PG_VERSION main start
    touch "$STATE/postgres.started"
  fi
  wait_for 60 PostgreSQL pg_isready -q -h 127.0.0.1 -p $PG_PORT
  psql_admin() { psql -h 127.0.0.1 -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }
  [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='thrillwiki'")" = 1 ] \
    || psql_admin "CREATE ROLE thrillwiki LOGIN CREATEDB"
  [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='thrillwiki'")" = 1 ] \
    || psql_admin "CREATE DATABASE thrillwiki OWNER thrillwiki"
  log "PostgreSQL: postgres://thrillwiki@127.0.0.1:$PG_PORT/thrillwiki"
}

stop_postgres() {
  if [ -f "$STATE/postgres.started" ]; then
    pg_ctlcluster --skip-systemctl-redirect $PG_VERSION main stop || true
    rm -f "$STATE/postgres.started"
  fi
}

# --- Redis --------------------------------------------------------------------------------

redis_up() { redis-cli -h 127.0.0.1 -p $REDIS_PORT ping | grep -q PONG; }

start_redis() {
  if ! redis_up 2>/dev/null; then
    log "starting Redis"
    mkdir -p "$STATE/redis"
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port $REDIS_PORT --save "" \
      --appendonly no --dir "$STATE/redis" --logfile "$STATE/redis/redis.log" \
      --pidfile "$STATE/redis/redis.pid"
  fi
  wait_for 30 Redis redis_up
  log "Redis: redis://127.0.0.1:$REDIS_PORT/0"
}

stop_redis() {
  if [ -f "$STATE/redis/redis.pid" ]; then
    kill "$(cat "$STATE/redis/redis.pid")" 2>/dev/null || true
    rm -f "$STATE/redis/redis.pid"
  fi
}

# --- OpenSearch ---------------------------------------------------------------------------

search_up() { curl -fsS "http://127.0.0.1:$SEARCH_PORT/_cluster/health?wait_for_status=yellow&timeout=1s"; }

fetch_opensearch() {
  # Maven Central holds the distribution and the module jar; Maven keeps them in ~/.m2.
  [ -x "$OPENSEARCH_HOME/bin/opensearch" ] && [ -f "$OPENSEARCH_HOME/modules/analysis-common/plugin-descriptor.properties" ] && return 0
  log "fetching OpenSearch $OPENSEARCH_VERSION from Maven Central"
  local downloads=$STATE/downloads
  mkdir -p "$downloads"
  mvn -q -B dependency:copy -DoutputDirectory="$downloads" \
    -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip"
  mvn -q -B dependency:copy -DoutputDirectory="$downloads" \
    -Dartifact="org.opensearch.plugin:analysis-common:$OPENSEARCH_VERSION:jar"
  rm -rf "$OPENSEARCH_HOME"
  unzip -q "$downloads/opensearch-$OPENSEARCH_VERSION.zip" -d "$(dirname "$OPENSEARCH_HOME")"
  # A module is a folder with its jar and a descriptor; the descriptor mirrors OpenSearch's own
  # for analysis-common (painless extensions left out: the site uses no scripts).
  local module=$OPENSEARCH_HOME/modules/analysis-common
  mkdir -p "$module"
  cp "$downloads/analysis-common-$OPENSEARCH_VERSION.jar" "$module/"
  cat >"$module/plugin-descriptor.properties" <<EOF
description=Adds "built in" analyzers to OpenSearch.
version=$OPENSEARCH_VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$OPENSEARCH_VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
}

search_base() {
  # Where the node's files live: .services/ in the checkout, unless the search user cannot
  # reach it (a checkout under a private folder, e.g. one made by mktemp -d); then a folder
  # of its own under /var/lib. The choice is remembered for `stop`.
  if [ -f "$STATE/opensearch.base" ]; then
    cat "$STATE/opensearch.base"
    return
  fi
  chmod o+x "$STATE"
  local base=$STATE
  su -s /bin/sh $SEARCH_USER -c "test -x '$STATE'" 2>/dev/null || base=/var/lib/$SEARCH_USER
  mkdir -p "$base"
  echo "$base" >"$STATE/opensearch.base"
  echo "$base"
}

start_opensearch() {
  if search_up >/dev/null 2>&1; then
    log "search engine already answering on 127.0.0.1:$SEARCH_PORT"
    return 0
  fi
  # OpenSearch refuses to run as root; it runs as its own unprivileged user.
  id -u $SEARCH_USER >/dev/null 2>&1 \
    || useradd --system --no-create-home --shell /usr/sbin/nologin $SEARCH_USER
  local base
  base=$(search_base)
  OPENSEARCH_HOME=$base/opensearch-$OPENSEARCH_VERSION
  local run=$base/opensearch
  fetch_opensearch
  mkdir -p "$run/data" "$run/logs"
  chown -R $SEARCH_USER "$OPENSEARCH_HOME" "$run"
  log "starting OpenSearch $OPENSEARCH_VERSION on 127.0.0.1:$SEARCH_PORT (heap $SEARCH_HEAP, in $base)"
  su -s /bin/sh $SEARCH_USER -c "cd '$OPENSEARCH_HOME' && \
    OPENSEARCH_JAVA_HOME='$OPENSEARCH_JDK' OPENSEARCH_JAVA_OPTS='-Xms$SEARCH_HEAP -Xmx$SEARCH_HEAP' \
    ./bin/opensearch -d -p '$run/opensearch.pid' \
      -E cluster.name=thrillwiki -E discovery.type=single-node \
      -E network.host=127.0.0.1 -E http.port=$SEARCH_PORT \
      -E path.data='$run/data' -E path.logs='$run/logs' \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      -E action.auto_create_index=true" >"$run/start.log" 2>&1 || {
    cat "$run/start.log"
    return 1
  }
  wait_for 120 OpenSearch search_up || {
    tail -n 40 "$run/logs/thrillwiki.log" 2>/dev/null || true
    return 1
  }
  log "OpenSearch: http://127.0.0.1:$SEARCH_PORT (SEARCH_ENGINE=opensearch)"
}

stop_opensearch() {
  [ -f "$STATE/opensearch.base" ] || return 0
  local pidfile
  pidfile=$(cat "$STATE/opensearch.base")/opensearch/opensearch.pid
  if [ -f "$pidfile" ]; then
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    rm -f "$pidfile"
  fi
}

# --- Commands -----------------------------------------------------------------------------

status() {
  pg_isready -h 127.0.0.1 -p $PG_PORT || true
  redis-cli -h 127.0.0.1 -p $REDIS_PORT ping 2>/dev/null || echo "redis: not answering"
  search_up 2>/dev/null || echo "search engine: not answering on $SEARCH_PORT"
  echo
  [ -x /usr/bin/chromium ] && /usr/bin/chromium --version || echo "chromium: not installed"
}

mkdir -p "$STATE"
case "${1:-start}" in
  start)
    need_packages
    start_postgres
    start_redis
    start_opensearch
    /usr/bin/chromium --version
    ;;
  stop)
    stop_opensearch
    stop_redis
    stop_postgres
    log "stopped what this script started"
    ;;
  status) status ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
