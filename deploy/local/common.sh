# Shared by start.sh, stop.sh and run-tests.sh: where things live and how to tell whether they run.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR=${CAREER_RUN_DIR:-$ROOT/.run}
LOG_DIR=$RUN_DIR/logs
PID_DIR=$RUN_DIR/pids
KEYCLOAK_VERSION=26.5.5
KEYCLOAK_HOME=$RUN_DIR/keycloak/keycloak-$KEYCLOAK_VERSION
KEYCLOAK_PORT=8180
GATEWAY_PORT=8080

# name:port:database[:module], in start order (the gateway last, so its upstreams are ready when it
# opens). The module folder is the name unless given; the gateway has no database.
SERVICES=(
    leveling-service:8081:leveling
    promotion-service:8082:promotion
    comp-service:8083:comp
)
# More instances of a service, as "module@port" (run-tests.sh: leveling-service@8091 for the fault
# tests); each is named module-port and shares the module's database.
add_extra_instances() {
    local extra module port database
    for extra in ${CAREER_EXTRA_INSTANCES:-}; do
        module=${extra%@*} port=${extra#*@}
        database=$(printf '%s\n' "${SERVICES[@]}" | grep "^$module:" | cut -d: -f3) \
            || { echo "ERROR: CAREER_EXTRA_INSTANCES names $module, which is not a service" >&2; exit 1; }
        SERVICES+=("$module-$port:$port:$database:$module")
    done
}
add_extra_instances
SERVICES+=(gateway:8080:)

# Database names get this suffix (run-tests.sh uses _e2e and bench/run.sh _bench, so that neither touches the
# local platform's data).
DB_SUFFIX=${CAREER_DB_SUFFIX:-}
# Keycloak runs in production mode on PostgreSQL too.
KEYCLOAK_DATABASE=keycloak$DB_SUFFIX

# Small-machine sizing, from the benchmark's figures (docs/performance.md#sizing): a 128 MiB heap, half of it
# young (requests' garbage dies there instead of filling the old generation), metaspace and code cache
# bounded above what the services use (~95 and ~40 MiB), and the C heap given back every 5 s.
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xms32m -Xmx128m -XX:NewRatio=1 -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000}
# glibc gives each thread that allocates its own 64 MiB arena; two are plenty for a JVM's C heap.
SERVICE_MALLOC_ARENA_MAX=2
KEYCLOAK_HEAP_OPTS=${KEYCLOAK_HEAP_OPTS:--Xms64m -Xmx512m -XX:MaxMetaspaceSize=256m}

mkdir -p "$LOG_DIR" "$PID_DIR"

say() { printf '[%s] %s\n' "${COMPONENT:-platform}" "$*"; }

pid_of() {
    local file=$PID_DIR/$1.pid
    [[ -f $file ]] && cat "$file"
}

# True when the process exists and is not a zombie: a killed process stays a zombie until its parent
# (here often PID 1, which reaps late) collects it, and kill -0 still finds a zombie.
alive() {
    local state
    state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ -n $state && $state != Z* ]]
}

# True when the component's recorded process is alive.
is_running() {
    local pid
    pid=$(pid_of "$1") || return 1
    [[ -n $pid ]] && alive "$pid"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port_owner() {
    ss -ltnpH "sport = :$1" 2>/dev/null | sed -E 's/.*users:\(\("([^"]+)",pid=([0-9]+).*/\1 (pid \2)/' | head -1
}

millis() { date +%s%3N; }

as_postgres() {
    # Run from / so psql does not warn about an unreadable working directory.
    (cd / && PGOPTIONS='--client-min-messages=warning' su postgres -c "$*")
}

recreate_database() {
    local db=$1 owner=$2
    as_postgres "psql -q -c \"DROP DATABASE IF EXISTS $db WITH (FORCE)\""
    as_postgres "psql -q -c \"CREATE DATABASE $db OWNER $owner\""
}

# Resident memory of a component: its whole session (kc.sh runs Keycloak's JVM as a child).
rss_mib() {
    ps -o rss= -s "$1" 2>/dev/null | awk '{kb += $1} END {print int(kb / 1024)}'
}
