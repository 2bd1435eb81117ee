#!/usr/bin/env bash
# Stops what deploy/local/start.sh started, by the PIDs it recorded (TERM, then KILL after 30 s).
#   deploy/local/stop.sh                 everything: gateway, services (extra instances too), Keycloak
#   deploy/local/stop.sh comp-service    only the named components
# PostgreSQL is stopped too when (and only when) postgres.sh started it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

stop_component() {
    local name=$1 pid
    COMPONENT=$name
    if ! is_running "$name"; then
        rm -f "$PID_DIR/$name.pid"
        return 0
    fi
    pid=$(pid_of "$name")
    # Each component leads its own process group (setsid in start.sh): end the group, not just the leader.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for ((i = 0; i < 60; i++)); do
        alive "$pid" || break
        sleep 0.5
    done
    if alive "$pid"; then
        say "did not stop within 30 s: killing"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
    fi
    rm -f "$PID_DIR/$name.pid"
    say "stopped (pid $pid)"
}

if (($#)); then
    components=("$@")
else
    # The gateway first, Keycloak last, every other component this run directory knows in between.
    components=(gateway)
    for file in "$PID_DIR"/*.pid; do
        [[ -e $file ]] || continue
        name=$(basename "$file" .pid)
        [[ $name == gateway || $name == keycloak ]] || components+=("$name")
    done
    components+=(keycloak)
fi
for component in "${components[@]}"; do
    stop_component "$component"
done

if ((!$#)) && [[ -f $RUN_DIR/postgres.started ]]; then
    read -r version cluster < "$RUN_DIR/postgres.started"
    # Someone may have stopped it by hand since: then there is nothing left to stop.
    if pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1; then
        COMPONENT=postgres say "stopping cluster $version/$cluster (started by postgres.sh)"
        pg_ctlcluster "$version" "$cluster" stop
    fi
    rm -f "$RUN_DIR/postgres.started"
fi
