#!/usr/bin/env bash
# Makes sure a PostgreSQL server runs on 127.0.0.1:5432 and that each service has its role and database.
#   deploy/local/postgres.sh            the platform's databases (leveling, promotion, comp, keycloak)
#   deploy/local/postgres.sh --test     fresh test databases (leveling_test, …), dropped and re-created
#   deploy/local/postgres.sh --e2e      fresh end-to-end databases (leveling_e2e, …), dropped and re-created
#   deploy/local/postgres.sh --bench    fresh benchmark databases (leveling_bench, …), dropped and re-created
# Local passwords equal the role names: these databases listen on loopback only and hold demo data.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DATABASES=(leveling promotion comp keycloak)

log() { printf "[postgres] %s\n" "$*"; }

install_postgres() {
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        log "PostgreSQL is not installed: installing Debian's postgresql package"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
}

start_cluster() {
    local version cluster status
    read -r version cluster status < <(pg_lsclusters --no-header | awk '{print $1, $2, $4; exit}')
    if [[ -z "${version:-}" ]]; then
        log "no PostgreSQL cluster found: creating one"
        version=$(ls /usr/lib/postgresql | sort -V | tail -1)
        pg_createcluster "$version" main >/dev/null
        cluster=main
        status=down
    fi
    if [[ "$status" != online ]]; then
        log "starting cluster $version/$cluster"
        pg_ctlcluster "$version" "$cluster" start
        # stop.sh stops the cluster again only when we were the ones who started it.
        echo "$version $cluster" > "$RUN_DIR/postgres.started"
    fi
    for _ in $(seq 1 30); do
        as_postgres "pg_isready -q -h 127.0.0.1 -p 5432" && return 0
        sleep 1
    done
    log "PostgreSQL did not become ready on 127.0.0.1:5432"
    exit 1
}

ensure_role() {
    local role=$1
    as_postgres "psql -qtA -c \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"" | grep -q 1 ||
        as_postgres "psql -q -c \"CREATE ROLE $role LOGIN PASSWORD '$role'\""
}

ensure_database() {
    local db=$1 owner=$2
    as_postgres "psql -qtA -c \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1 ||
        as_postgres "psql -q -c \"CREATE DATABASE $db OWNER $owner\""
}

install_postgres
start_cluster
case "${1:-}" in
    --test) suffix=_test ;;
    --e2e) suffix=_e2e ;;
    --bench) suffix=_bench ;;
    "") suffix= ;;
    *) echo "usage: $0 [--test|--e2e|--bench]" >&2; exit 2 ;;
esac
for database in "${DATABASES[@]}"; do
    ensure_role "$database"
    if [[ -n $suffix ]]; then
        recreate_database "$database$suffix" "$database"
    else
        ensure_database "$database" "$database"
    fi
done
log "ready on 127.0.0.1:5432 (databases: ${DATABASES[*]}${suffix:+, as fresh *$suffix copies})"
