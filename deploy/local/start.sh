#!/usr/bin/env bash
# Starts the whole platform on this machine, bound to 127.0.0.1: PostgreSQL, Keycloak with the realm
# `career`, the three services and the gateway. Safe to run again: what already runs is left alone.
#   deploy/local/start.sh              build, then start what is not running
#   deploy/local/start.sh --no-build   start from the jars already built
# Logs: .run/logs/<component>.log   PIDs: .run/pids/<component>.pid   Stop: deploy/local/stop.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BUILD=true
for arg in "$@"; do
    case $arg in
        --no-build) BUILD=false ;;
        *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
    esac
done

require_tools() {
    local missing=()
    command -v java >/dev/null || { echo "Java 17 is required (apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }
    command -v curl >/dev/null || missing+=(curl)
    command -v ss >/dev/null || missing+=(iproute2)
    # The portal's pages are built with Vite (npm) as part of the gateway's build.
    command -v npm >/dev/null || missing+=(nodejs npm)
    if ((${#missing[@]})); then
        say "installing ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# Refuses to start over a port someone else holds: a clear error beats a service that dies in its log.
claim_port() {
    local name=$1 port=$2
    if port_in_use "$port"; then
        echo "ERROR: port $port, needed by $name, is already in use by $(port_owner "$port" || echo 'another process')." >&2
        echo "       Stop that process (or deploy/local/stop.sh if it is ours) and run this again." >&2
        exit 1
    fi
}

wait_until_ready() {
    local name=$1 url=$2 limit=$3 started=$4 pid
    pid=$(pid_of "$name")
    for ((i = 0; i < limit * 2; i++)); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
            say "$name ready in $(( ($(millis) - started) )) ms (pid $pid, RSS $(rss_mib "$pid") MiB)"
            return 0
        fi
        if ! alive "$pid"; then
            echo "ERROR: $name exited during start; the end of $LOG_DIR/$name.log:" >&2
            tail -n 30 "$LOG_DIR/$name.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "ERROR: $name was not ready after ${limit}s; see $LOG_DIR/$name.log" >&2
    exit 1
}

fetch_keycloak() {
    [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] && return 0
    say "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION through Maven"
    "$ROOT/mvnw" -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
        -DoutputDirectory="$RUN_DIR/downloads" -Dmdep.overWriteReleases=true
    mkdir -p "$RUN_DIR/keycloak"
    tar -xzf "$RUN_DIR/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$RUN_DIR/keycloak"
}

# Production mode bakes the database vendor and health into the distribution: built once.
KEYCLOAK_BUILD_OPTIONS=(--db=postgres --health-enabled=true)

build_keycloak() {
    local marker=$KEYCLOAK_HOME/career-build-options
    [[ -f $marker && $(cat "$marker") == "${KEYCLOAK_BUILD_OPTIONS[*]}" ]] && return 0
    local started
    started=$(millis)
    if ! (cd "$KEYCLOAK_HOME" && bin/kc.sh build "${KEYCLOAK_BUILD_OPTIONS[@]}") >"$LOG_DIR/keycloak-build.log" 2>&1; then
        echo "ERROR: kc.sh build failed; the end of $LOG_DIR/keycloak-build.log:" >&2
        tail -n 30 "$LOG_DIR/keycloak-build.log" >&2
        exit 1
    fi
    echo "${KEYCLOAK_BUILD_OPTIONS[*]}" > "$marker"
    say "built for PostgreSQL in $(( $(millis) - started )) ms"
}

# Keycloak's pool checks a connection idle for over a second before use, as the services' pools do: after
# a PostgreSQL restart it replaces its dead connections instead of answering 500 (FaultsIT restarts it).
configure_keycloak() {
    echo 'quarkus.datasource.jdbc.foreground-validation-interval=1S' > "$KEYCLOAK_HOME/conf/quarkus.properties"
}

# Keycloak imports a realm only into a database that lacks it: a changed realm file means a fresh database.
prepare_realm() {
    local realm=$ROOT/deploy/keycloak/career-realm.json marker=$RUN_DIR/keycloak-realm-$KEYCLOAK_DATABASE.sha256 sum
    mkdir -p "$KEYCLOAK_HOME/data/import"
    cp "$realm" "$KEYCLOAK_HOME/data/import/career-realm.json"
    sum=$(sha256sum "$realm" | cut -d' ' -f1)
    if [[ -f $marker && $(cat "$marker") != "$sum" ]]; then
        say "the realm file changed: re-creating the database $KEYCLOAK_DATABASE"
        recreate_database "$KEYCLOAK_DATABASE" keycloak
    fi
    echo "$sum" > "$marker"
}

start_keycloak() {
    COMPONENT=keycloak
    local url=http://127.0.0.1:$KEYCLOAK_PORT/realms/career/.well-known/openid-configuration
    if is_running keycloak; then
        say "already running (pid $(pid_of keycloak))"
        return 0
    fi
    claim_port keycloak "$KEYCLOAK_PORT"
    fetch_keycloak
    build_keycloak
    configure_keycloak
    prepare_realm
    local started
    started=$(millis)
    # setsid: Keycloak and whatever kc.sh starts form one process group that stop.sh ends by this PID.
    (cd "$KEYCLOAK_HOME" && exec setsid env \
        KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP_OPTS" \
        bin/kc.sh start --optimized --http-enabled=true --hostname-strict=false --cache=local \
        --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port=9180 \
        --db-url="jdbc:postgresql://127.0.0.1:5432/$KEYCLOAK_DATABASE" --db-username=keycloak --db-password=keycloak \
        --import-realm) >"$LOG_DIR/keycloak.log" 2>&1 &
    echo $! > "$PID_DIR/keycloak.pid"
    wait_until_ready keycloak "$url" 180 "$started"
}

build_services() {
    COMPONENT=build
    say "building the services (./mvnw package, tests skipped; run-tests.sh runs them)"
    "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" install -DskipTests \
        -pl leveling-service,promotion-service,comp-service,gateway -am
}

# Every instance of a module, as the comma-separated host:port list Stork reads.
instances_of() {
    local service name port database module addresses=()
    for service in "${SERVICES[@]}"; do
        IFS=: read -r name port database module <<<"$service"
        [[ ${module:-$name} == "$1" ]] && addresses+=("127.0.0.1:$port")
    done
    (IFS=,; echo "${addresses[*]}")
}

start_service() {
    local name=$1 port=$2 database=$3 module=${4:-$1}
    COMPONENT=$name
    local jar=$ROOT/$module/target/quarkus-app/quarkus-run.jar
    if is_running "$name"; then
        say "already running (pid $(pid_of "$name"))"
        return 0
    fi
    [[ -f $jar ]] || { echo "ERROR: $jar is missing: run without --no-build" >&2; exit 1; }
    claim_port "$name" "$port"
    local started
    started=$(millis)
    # shellcheck disable=SC2206 # SERVICE_JAVA_OPTS is a list of JVM options
    local options=($SERVICE_JAVA_OPTS)
    if [[ -n $database ]]; then
        options+=("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$database$DB_SUFFIX")
    fi
    if [[ $module != "$name" ]]; then
        options+=("-Dquarkus.http.port=$port")
    fi
    if [[ $module == promotion-service || $module == comp-service ]]; then
        options+=("-Dquarkus.stork.leveling-service.service-discovery.address-list=$(instances_of leveling-service)")
    fi
    # The realm's demo users as people of the record (alice L5 reporting to mark, …), loaded once into
    # an empty people record; LEVELING_PEOPLE_SEED= (empty) starts without them.
    if [[ $module == leveling-service && -n ${LEVELING_PEOPLE_SEED-seed/demo-people.json} ]]; then
        options+=("-Dleveling.people.seed=${LEVELING_PEOPLE_SEED-seed/demo-people.json}")
    fi
    (cd "$ROOT/$module" && MALLOC_ARENA_MAX=$SERVICE_MALLOC_ARENA_MAX exec setsid java "${options[@]}" -jar "$jar") \
        >"$LOG_DIR/$name.log" 2>&1 &
    echo $! > "$PID_DIR/$name.pid"
    wait_until_ready "$name" "http://127.0.0.1:$port/q/health/ready" 120 "$started"
}

require_tools
if [[ -z $DB_SUFFIX ]]; then
    COMPONENT=postgres "$ROOT/deploy/local/postgres.sh"
fi
start_keycloak
$BUILD && build_services
for service in "${SERVICES[@]}"; do
    IFS=: read -r name port database module <<<"$service"
    start_service "$name" "$port" "$database" "$module"
done

COMPONENT=platform
cat <<MSG

Career Platform is up.
  Portal:    http://127.0.0.1:$GATEWAY_PORT/  (log in as alice / alice-pass, or any demo user of README.md)
  Gateway:   http://127.0.0.1:$GATEWAY_PORT/api/v1/...
  Keycloak:  http://127.0.0.1:$KEYCLOAK_PORT/  (realm career; admin console user admin / admin, local only)
  Logs:      $LOG_DIR/     Stop: deploy/local/stop.sh

Try it (alice is a demo employee):
  TOKEN=\$(curl -s http://127.0.0.1:$KEYCLOAK_PORT/realms/career/protocol/openid-connect/token \\
      -d grant_type=password -d client_id=career-cli -d username=alice -d password=alice-pass \\
      | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$GATEWAY_PORT/api/v1/frameworks/ai-engineer/levels/L5
MSG
