#!/usr/bin/env bash
# The benchmark harness (docs/performance.md): bounded wrk scenarios on 127.0.0.1 against the platform,
# a table of medians (req/s, p50, p99, errors), the target ratios, each service's RSS under load, and
# startup times. The peers a user would put in front of leveling-service instead of the gateway run in the
# same invocation: HAProxy verifying the token itself and nginx as a plain proxy (bench/peers/).
#   bench/run.sh           uses the running platform, or starts it on fresh *_bench databases (a cold start,
#                          timed); per scenario a 20 s warm-up, then three runs of 10 s at 64 connections
#   bench/run.sh --cold    stops the running platform first, so that startup is measured and the databases are fresh
#   bench/run.sh --smoke   each scenario once for 1 s at 4 connections after 1 s of warm-up, 1,000 seeded decisions: proves the
#                          harness works (run-tests.sh runs it); its figures mean nothing
# Results: .run/bench/results.md (and the raw wrk output next to it).
set -euo pipefail
shopt -s inherit_errexit
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/common.sh"
COMPONENT=bench

SMOKE=false
COLD=false
for arg in "$@"; do
    case $arg in
        --smoke) SMOKE=true ;;
        --cold) COLD=true ;;
        *) echo "usage: $0 [--smoke | --cold]" >&2; exit 2 ;;
    esac
done

if $SMOKE; then
    # A second of warm-up too: the first request to a service that has just started can take a second.
    DURATION=1s WARMUP=1s GATEWAY_WARMUP=1s SUBMISSION_WARMUP=1s RUNS=1 CONNECTIONS=4 DECISIONS=1000
else
    # Each scenario is warmed up first; the gateway with its peers, and the submissions, for longer (below).
    DURATION=${BENCH_DURATION:-10s} WARMUP=${BENCH_WARMUP:-20s} GATEWAY_WARMUP=${BENCH_GATEWAY_WARMUP:-180s}
    SUBMISSION_WARMUP=${BENCH_SUBMISSION_WARMUP:-600s} RUNS=3
    CONNECTIONS=64 DECISIONS=1000000
fi
THREADS=2
GATEWAY=http://127.0.0.1:$GATEWAY_PORT
LEVELING=http://127.0.0.1:8081
HAPROXY_PORT=8090
NGINX_PORT=8091
OUT=$RUN_DIR/bench
export BENCH_LUA=$ROOT/bench/lua
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/gc-*.log "$OUT/results.md" "$OUT/rss.samples"

# The gateway's per-client limits protect the platform from one noisy client; a benchmark is that client
# on purpose. These apply only to a platform this script starts: the default, and the routes that set
# their own.
export GATEWAY_ROUTES_FRAMEWORKS_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 GATEWAY_ROUTES_FRAMEWORKS_RATE_LIMIT_BURST=1000000
export GATEWAY_ROUTES_COMPANY_LADDERS_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 GATEWAY_ROUTES_COMPANY_LADDERS_RATE_LIMIT_BURST=1000000
export GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 GATEWAY_RATE_LIMIT_BURST=1000000
export GATEWAY_ROUTES_LEVELING_DECISIONS_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 GATEWAY_ROUTES_LEVELING_DECISIONS_RATE_LIMIT_BURST=1000000

ensure_tools() {
    command -v wrk >/dev/null && command -v haproxy >/dev/null && command -v nginx >/dev/null && return 0
    say "installing wrk, haproxy and nginx-light (Debian packages)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk haproxy nginx-light >/dev/null
}

# What this script starts it stops again, by PID: the peers always, the platform when it started it (its
# rate limits are off, not fit for anyone else's use).
STARTED_PLATFORM=false
PEER_PIDS=()
clean_up() {
    ((${#PEER_PIDS[@]} == 0)) || kill "${PEER_PIDS[@]}" 2>/dev/null || true
    if $STARTED_PLATFORM; then
        "$ROOT/deploy/local/stop.sh"
    fi
}
trap clean_up EXIT

wait_for_port() {
    local port=$1 i
    for ((i = 0; i < 50; i++)); do
        port_in_use "$port" && return 0
        sleep 0.1
    done
    echo "[bench] FAILED: nothing answers on 127.0.0.1:$port (see $OUT/peers)" >&2
    return 1
}

# HAProxy with the realm's public key as PEM (from /realms/career) and the token's issuer and audience;
# nginx with its own prefix directory. Both relay to the same leveling-service the gateway uses.
start_peers() {
    local peers=$OUT/peers
    mkdir -p "$peers/nginx"
    {
        echo "-----BEGIN PUBLIC KEY-----"
        # The realm's JSON ends without a newline, so the key's last line gets one of its own.
        curl -fsS "http://127.0.0.1:$KEYCLOAK_PORT/realms/career" | sed -E 's/.*"public_key":"([^"]+)".*/\1/' | fold -w64
        echo
        echo "-----END PUBLIC KEY-----"
    } > "$peers/realm.pem"
    BENCH_HAPROXY_PORT=$HAPROXY_PORT BENCH_UPSTREAM=${LEVELING#http://} BENCH_REALM_KEY=$peers/realm.pem \
        BENCH_ISSUER=$(claim "$PORTAL" iss) BENCH_AUDIENCE=$(claim "$PORTAL" aud) \
        haproxy -db -f "$ROOT/bench/peers/haproxy.cfg" > "$peers/haproxy.log" 2>&1 &
    HAPROXY_PID=$!
    PEER_PIDS+=("$HAPROXY_PID")
    sed -e "s|@PREFIX@|$peers/nginx|g" -e "s|@UPSTREAM@|${LEVELING#http://}|" -e "s|@PORT@|$NGINX_PORT|" \
        "$ROOT/bench/peers/nginx.conf" > "$peers/nginx/nginx.conf"
    nginx -p "$peers/nginx" -c "$peers/nginx/nginx.conf" > "$peers/nginx.log" 2>&1 &
    NGINX_PID=$!
    PEER_PIDS+=("$NGINX_PID")
    wait_for_port "$HAPROXY_PORT"
    wait_for_port "$NGINX_PORT"
    # HAProxy's figure counts only if it checks: a token with a changed signature must be refused.
    local url=http://127.0.0.1:$HAPROXY_PORT/api/v1/frameworks/ai-engineer/levels/L5 status
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${PORTAL%.*}.$(tampered_signature "$PORTAL")" "$url")
    if [[ $status != 401 ]]; then
        echo "[bench] FAILED: HAProxy answered $status to a token with a changed signature" >&2
        return 1
    fi
}

# A claim of a JWT's payload, as a string.
claim() {
    local payload=${1#*.}
    payload=${payload%%.*}
    while ((${#payload} % 4)); do payload+="="; done
    printf '%s' "$payload" | tr '_-' '/+' | base64 -d | sed -E "s/.*\"$2\" *: *\"([^\"]+)\".*/\1/"
}

# The token's signature with its first character changed (the first carries six significant bits).
tampered_signature() {
    local signature=${1##*.}
    [[ ${signature:0:1} == A ]] && printf 'B%s' "${signature:1}" || printf 'A%s' "${signature:1}"
}

STARTUP=""
ensure_platform() {
    if $COLD; then
        "$ROOT/deploy/local/stop.sh" >/dev/null
    fi
    if is_running gateway; then
        say "using the running platform (startup not measured: --cold measures it)"
        return 0
    fi
    [[ -f $ROOT/gateway/target/quarkus-app/quarkus-run.jar ]] || "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" install \
        -DskipTests -pl leveling-service,promotion-service,comp-service,gateway -am
    # A platform of its own, on fresh *_bench databases: every invocation starts from the same rows (the seed
    # below, nothing left by an earlier invocation's submissions), and the local platform's data stays untouched.
    DB_SUFFIX=_bench
    export CAREER_DB_SUFFIX=$DB_SUFFIX
    # Every collection of each JVM, so that a stall of all requests can be told from a collector's pause.
    export SERVICE_JAVA_OPTS="$SERVICE_JAVA_OPTS -Xlog:gc:file=$OUT/gc-%p.log:utctime"
    "$ROOT/deploy/local/postgres.sh" --bench
    local started
    started=$(millis)
    STARTED_PLATFORM=true
    "$ROOT/deploy/local/start.sh" --no-build | tee "$OUT/startup.txt"
    STARTUP=$(grep -o '^\[[a-z0-9-]*\] [a-z0-9-]* ready in [0-9]* ms' "$OUT/startup.txt" \
        | awk '{printf "| %s | %d |\n", $2, $5}' || true)
    STARTUP+=$'\n'"| whole platform (start.sh --no-build) | $(( $(millis) - started )) |"
}

token() {
    curl -fsS "http://127.0.0.1:$KEYCLOAK_PORT/realms/career/protocol/openid-connect/token" "$@" \
        | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

database() {
    PGPASSWORD=leveling psql -h 127.0.0.1 -U leveling -d "leveling$DB_SUFFIX" -v ON_ERROR_STOP=1 -qtA "$@"
}

seed_decisions() {
    say "seeding leveling decisions up to $DECISIONS (a running platform's database is topped up only)"
    database -v target="$DECISIONS" -f "$ROOT/bench/seed-decisions.sql" >/dev/null
}

# Sort keys of the newest decisions at random depths, as the cursors the API gives out (base64url of
# "<instant>|<id>"), and "-" for the first page.
write_cursors() {
    echo "-" > "$OUT/cursors"
    database -c "select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || id
                 from leveling_decision order by random() limit 200" \
        | while read -r key; do printf '%s' "$key" | base64 -w0 | tr '+/' '-_' | tr -d '='; echo; done \
        >> "$OUT/cursors"
}

# The platform's JVMs, whose memory and collections the results report.
JVMS=(leveling-service promotion-service comp-service gateway)
sample_rss() {
    local name pid now
    while true; do
        now=$(date +%s%1N)
        for name in "${JVMS[@]}"; do
            pid=$(pid_of "$name") && echo "$now $name $(rss_mib "$pid")"
        done
        sleep 0.5
    done >> "$OUT/rss.samples"
}

# CPU time (user and system, in clock ticks) that the machine has been busy so far, all cores together.
machine_ticks() {
    awk '/^cpu / { print $2 + $3 + $4 + $7 + $8; exit }' /proc/stat
}

# CPU time (user and system, in clock ticks) that processes have used so far, their threads included.
cpu_ticks() {
    local pid ticks=0
    for pid in "$@"; do
        ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$ticks"
}

# One wrk run, a warm-up (phase w) or a measured one (m), at the scenario's connections; prints "req/s p50-ms
# p99-ms errors 429s 2xx proxy-µs service-µs machine-µs": the CPU time per request of the proxy in front (the
# gateway, HAProxy or nginx; 0 without one), of leveling-service, and of the whole machine (wrk and PostgreSQL
# included). wrk corrects its latencies for coordinated omission: a stall counts for the requests a client
# keeping the measured rate would have sent during it (pgbench's p99 below is not corrected).
measure() {
    local phase=$1 file=$2 duration=$3 script=$4 url=$5 auth=$6 proxy=$7 connections=$8
    local args=(-t"$THREADS" -c"$connections" -d"$duration" --latency -s "$BENCH_LUA/$script")
    [[ -n $auth ]] && args+=(-H "Authorization: Bearer $auth")
    # wrk abandons the requests in flight when it stops; the platform finishes them. Without a pause they
    # would count against the next run's share of the gateway's bulkhead (64 in flight per instance).
    sleep 2
    local pids=() service_pid proxy_before service_before machine_before
    [[ -n $proxy ]] && mapfile -t pids < <(proxy_pids "$proxy")
    service_pid=$(pid_of leveling-service)
    proxy_before=$(cpu_ticks "${pids[@]}") service_before=$(cpu_ticks "$service_pid") machine_before=$(machine_ticks)
    # Every wrk run sends its own idempotency keys: a warm-up's keys again would only be replays.
    BENCH_INVOCATION=$phase$(date +%s%N) wrk "${args[@]}" "$url" > "$file"
    awk -v proxy=$(($(cpu_ticks "${pids[@]}") - proxy_before)) \
        -v service=$(($(cpu_ticks "$service_pid") - service_before)) -v machine=$(($(machine_ticks) - machine_before)) \
        -v hz="$(getconf CLK_TCK)" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { rps = $2 }
        / requests in / { requests = $1 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Socket errors:/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
        /^bench-statuses:/ { split($0, kv, /[ =]/); ok = kv[3]; limited = kv[5]; failed = kv[7] + kv[9] }
        END { per = requests > 0 ? 1e6 / hz / requests : 0
              printf "%.0f %.2f %.2f %d %d %d %.1f %.1f %.1f\n", rps, p50, p99, failed + socket, limited, ok, proxy * per,
                  service * per, machine * per }
    ' "$file"
}

# The processes of a proxy: the gateway's, HAProxy's, or nginx's master and workers.
proxy_pids() {
    case $1 in
        gateway) pid_of gateway ;;
        haproxy) echo "$HAPROXY_PID" ;;
        nginx) echo "$NGINX_PID"; pgrep -P "$NGINX_PID" ;;
    esac
}

median() {
    sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

declare -A RPS P50 P99 ERRORS LIMITED OK PROXY_US SERVICE_US MACHINE_US SCRIPT URL AUTH PROXY CONNS LINES
# A wrk scenario: its script, URL, token, the proxy in front of leveling-service (if any) and its connections
# (CONNECTIONS unless given).
scenario() {
    SCRIPT[$1]=$2 URL[$1]=$3 AUTH[$1]=$4 PROXY[$1]=${5:-} CONNS[$1]=${6:-$CONNECTIONS}
}

warm_up() {
    local id=$1 duration=$2
    say "scenario $id: ${URL[$id]}"
    [[ -z $duration ]] || measure w "$OUT/s$id-warmup.txt" "$duration" "${SCRIPT[$id]}" "${URL[$id]}" "${AUTH[$id]}" \
        "${PROXY[$id]}" "${CONNS[$id]}" >/dev/null
}

# The measured runs of the scenarios named, taking turns run by run (a, b, a, b, ...), so that a change in
# the machine's speed during the invocation meets each of them alike; then each one's figures.
run_in_turns() {
    local id run
    sample_rss &
    local sampler=$!
    for id in "$@"; do LINES[$id]=""; done
    for ((run = 1; run <= RUNS; run++)); do
        for id in "$@"; do
            if [[ ${SCRIPT[$id]} == pgbench ]]; then
                LINES[$id]+="$(measure_pgbench "$id" "$run")"$'\n'
            else
                LINES[$id]+="$(measure m "$OUT/s$id-run$run.txt" "$DURATION" "${SCRIPT[$id]}" "${URL[$id]}" "${AUTH[$id]}" \
                    "${PROXY[$id]}" "${CONNS[$id]}")"$'\n'
            fi
        done
    done
    kill "$sampler" && wait "$sampler" 2>/dev/null || true
    for id in "$@"; do
        mapfile -t lines <<<"${LINES[$id]%$'\n'}"
        summarize "$id" "${lines[@]}"
    done
}

run_scenario() {
    warm_up "$1" "$WARMUP"
    run_in_turns "$1"
}

# A scenario's figures from its runs' lines ("req/s p50-ms p99-ms errors 429s 2xx proxy-µs service-µs machine-µs"):
# medians of the rates, times and CPU, sums of the counts.
summarize() {
    local id=$1
    shift
    RPS[$id]=$(printf '%s\n' "$@" | cut -d' ' -f1 | median)
    P50[$id]=$(printf '%s\n' "$@" | cut -d' ' -f2 | median)
    P99[$id]=$(printf '%s\n' "$@" | cut -d' ' -f3 | median)
    ERRORS[$id]=$(printf '%s\n' "$@" | awk '{ n += $4 } END { print n }')
    LIMITED[$id]=$(printf '%s\n' "$@" | awk '{ n += $5 } END { print n }')
    OK[$id]=$(printf '%s\n' "$@" | awk '{ n += $6 } END { print n }')
    PROXY_US[$id]=$(printf '%s\n' "$@" | awk '{ print ($7 == "" ? 0 : $7) }' | median)
    SERVICE_US[$id]=$(printf '%s\n' "$@" | awk '{ print ($8 == "" ? 0 : $8) }' | median)
    MACHINE_US[$id]=$(printf '%s\n' "$@" | awk '{ print ($9 == "" ? 0 : $9) }' | median)
}

# Scenarios 10 and 12: decision-write.pgbench for as long as a wrk run, with as many clients as leveling-service
# pools connections (kit-data's quarkus.datasource.jdbc.max-size), into copies of the tables (pgbench_tables), in
# the scenario's query mode (its URL): pgbench's default, simple (each statement parsed and planned each time), or
# prepared (parsed once per client, as the JDBC driver does for statements it runs often). Prints a line as
# measure does; p50/p99 come from pgbench's per-transaction log.
PGBENCH_CLIENTS=8
measure_pgbench() {
    local id=$1 dir=$OUT/s$1-run$2 machine_before
    # pgbench names its logs by PID: a directory left by an earlier invocation would be counted too.
    rm -rf "$dir" && mkdir -p "$dir"
    machine_before=$(machine_ticks)
    (cd "$dir" && PGPASSWORD=leveling PGOPTIONS="-c search_path=bench_pgbench" pgbench -h 127.0.0.1 -U leveling \
        -n -M "${URL[$id]}" -c "$PGBENCH_CLIENTS" -j "$THREADS" -T "${DURATION%s}" -l -f "$ROOT/bench/decision-write.pgbench" \
        "leveling$DB_SUFFIX" > "$dir.txt" 2>&1)
    local machine
    machine=$(($(machine_ticks) - machine_before))
    # A transaction's latency in µs is the third field of pgbench's log; errors are counted from the rows afterwards.
    echo "$(awk '/^tps = / { printf "%.0f ", $3 }' "$dir.txt")$(cat "$dir"/pgbench_log.* | awk '{ print $3 / 1000 }' \
        | sort -g | awk -v machine="$machine" -v hz="$(getconf CLK_TCK)" '{ v[NR] = $1 }
            END { printf "%.2f %.2f 0 0 %d 0 0 %.1f\n", v[int(NR * 0.5) + 1], v[int(NR * 0.99) + 1], NR, machine * 1e6 / hz / NR }')"
}

pgbench_tables() {
    case $1 in
        create) database -f "$ROOT/bench/pgbench-tables.sql" >/dev/null ;;
        # Every transaction pgbench counted, in either mode, wrote three rows.
        count) database -c "select (select count(*) from bench_pgbench.leveling_decision)
                                   + (select count(*) from bench_pgbench.audit_log)
                                   + (select count(*) from bench_pgbench.idempotency_key)" ;;
        drop) database -c "drop schema bench_pgbench cascade" >/dev/null ;;
    esac
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0 ? sprintf("%.2f", a / b) : "n/a") }'; }

ensure_tools
ensure_platform
PORTAL=$(token -d grant_type=password -d client_id=career-cli -d username=alice -d password=alice-pass)
COMMITTEE=$(token -d grant_type=password -d client_id=career-cli -d username=hana -d password=hana-pass)
# Employees see published bands only, and the seed's bands are internal: an HR admin sees them all.
HR_ADMIN=$(token -d grant_type=password -d client_id=career-cli -d username=helen -d password=helen-pass)
start_peers
seed_decisions
write_cursors
BENCH_RUN_ID=$(date +%s)
export BENCH_RUN_ID BENCH_CURSORS=$OUT/cursors

LEVEL=/api/v1/frameworks/ai-engineer/levels/L5
scenario 1 read.lua "$LEVELING/q/health/live" ""
scenario 2 read.lua "$LEVELING$LEVEL" "$PORTAL"
scenario 3 read.lua "$GATEWAY$LEVEL" "$PORTAL" gateway
scenario 4 read.lua "$GATEWAY/api/v1/company-ladders/translate?company=openai&label=E5" "$PORTAL" gateway
scenario 5 read.lua "$GATEWAY/api/v1/comp-bands?level=L5&market=US" "$HR_ADMIN" gateway
scenario 6 submit-decisions.lua "$GATEWAY/api/v1/leveling-decisions" "$COMMITTEE" gateway
scenario 7 list-decisions.lua "$GATEWAY/api/v1/leveling-decisions" "$COMMITTEE" gateway
scenario 8 read.lua "http://127.0.0.1:$NGINX_PORT$LEVEL" "$PORTAL" nginx
scenario 9 read.lua "http://127.0.0.1:$HAPROXY_PORT$LEVEL" "$PORTAL" haproxy
scenario 10 pgbench simple ""
# Scenario 6 at pgbench's concurrency: 64 connections queue for leveling-service's 8 database connections, and by
# Little's law wait 64 / (submissions a second) on average, more than any proxy or service can take off.
scenario 11 "${SCRIPT[6]}" "${URL[6]}" "${AUTH[6]}" "${PROXY[6]}" "$PGBENCH_CLIENTS"
scenario 12 pgbench prepared ""

MEASURING_SINCE=$(date -u +%Y-%m-%dT%H:%M:%S)
run_scenario 1
run_scenario 2
# The gateway and its two peers in front of the same leveling-service, measured in turns. The gateway's JIT
# needs minutes of load on these two cores before its code is compiled for good (after a cold start and a
# 90 s warm-up, its first run measured 0.79 of its third); the peers are compiled programs.
warm_up 3 "${WARMUP:+$GATEWAY_WARMUP}"
warm_up 9 "$WARMUP"
warm_up 8 "$WARMUP"
run_in_turns 3 9 8
run_scenario 4
run_scenario 5
# Decision submissions and pgbench's transaction of the same shape, in turns; a longer warm-up, as the
# submissions' path through the service (JSON, validation, JDBC) is still being compiled long after
# 20 s: on 2026-12-07, from a cold start, leveling-service's CPU per submission was 4,200 µs after 1 minute,
# 2,400 after 3 and 1,100-1,200 after 6 (the JIT shares two saturated cores with the load; docs/performance.md).
warm_up 6 "${WARMUP:+$SUBMISSION_WARMUP}"
pgbench_tables create
say "scenarios 10 and 12: pgbench, $PGBENCH_CLIENTS clients"
run_in_turns 6 11 10 12
ERRORS[10]=$((3 * (OK[10] + OK[12]) - $(pgbench_tables count))) ERRORS[12]=${ERRORS[10]}
pgbench_tables drop
run_scenario 7

# Each JVM's collections from the first scenario on, from the logs of a platform this script started: how many,
# how many of them full, and the longest pause (every request of that JVM waits through a pause).
gc_pauses() {
    local name pid
    for name in "${JVMS[@]}"; do
        pid=$(pid_of "$name") && [[ -f $OUT/gc-$pid.log ]] || continue
        awk -v name="$name" -v since="$MEASURING_SINCE" '
            /Pause/ && substr($1, 2, 19) >= since { ms = $NF; sub(/ms$/, "", ms); pauses++; full += /Pause Full/
                if (ms + 0 > longest) longest = ms + 0 }
            END { printf "| %s | %d | %d | %.0f |\n", name, pauses, full, longest }' "$OUT/gc-$pid.log"
    done
}
GC_PAUSES=$(gc_pauses)

# How often the gateway and leveling-service answered a token from memory instead of verifying it again.
token_cache() {
    curl -fsS "$1/q/metrics" | awk '/^cache_gets_total\{/ && /cache="verified-tokens"/ {
            if (/result="hit"/) hits = $NF; else if (/result="miss"/) misses = $NF }
        END { printf "%d hits, %d misses", hits, misses }'
}
TOKEN_CACHE="gateway: $(token_cache "$GATEWAY"); leveling-service: $(token_cache "$LEVELING")"

# Measured runs only: the warm-up's decisions are not in the 201s counted.
ROWS_AND_DISTINCT=$(database -F' ' -c "select count(*), count(distinct candidate_id) from leveling_decision
                                      where candidate_id like 'bench-$BENCH_RUN_ID-m%'")
read -r ROWS DISTINCT <<<"$ROWS_AND_DISTINCT"
SUBMITTED=$((OK[6] + OK[11])) IN_FLIGHT=$((RUNS * (CONNS[6] + CONNS[11])))

NAMES=("" "trivial endpoint, direct (the in-process ceiling)" "level expectations, direct" \
    "level expectations, through the gateway" "company-ladder translation, through the gateway" \
    "comp-band lookup, through the gateway" "decision submissions, through the gateway" \
    "decision list pages at $DECISIONS decisions, through the gateway" \
    "level expectations, through nginx 1.22 (plain proxy: the transport floor)" \
    "level expectations, through HAProxy 2.6 (jwt_verify RS256, iss/aud/exp)" \
    "scenario 6's commit through pgbench, simple queries (decision, audit row, idempotency key; transactions/s; errors: rows missing in 10 and 12)" \
    "decision submissions at pgbench's $PGBENCH_CLIENTS clients, through the gateway" \
    "scenario 10 with prepared statements (pgbench -M prepared)")
{
    echo "## Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo
    echo "wrk -t$THREADS -c$CONNECTIONS (scenario 11: -c${CONNS[11]}) -d$DURATION, median of $RUNS run(s)${WARMUP:+ after a $WARMUP warm-up}."
    echo
    echo "| # | scenario | req/s | p50 ms | p99 ms | errors | 429 |"
    echo "|---|---|---|---|---|---|---|"
    for ((id = 1; id < ${#NAMES[@]}; id++)); do
        echo "| $id | ${NAMES[$id]} | ${RPS[$id]} | ${P50[$id]} | ${P99[$id]} | ${ERRORS[$id]} | ${LIMITED[$id]} |"
    done
    echo
    echo "| ratio | measured | target |"
    echo "|---|---|---|"
    echo "| portal read through the gateway / in-process ceiling (3 / 1) | $(ratio "${RPS[3]}" "${RPS[1]}") | ≥ 0.25 |"
    echo "| gateway overhead (3 / 2) | $(ratio "${RPS[3]}" "${RPS[2]}") | ≥ 0.75 |"
    echo "| ours / HAProxy verifying the same token (3 / 9) | $(ratio "${RPS[3]}" "${RPS[9]}") | ≥ 1.0 |"
    echo "| ours / nginx plain proxy (3 / 8) | $(ratio "${RPS[3]}" "${RPS[8]}") | stretch ≥ 1.0 |"
    echo "| decision submissions / pgbench of the same commit (6 / 10) | $(ratio "${RPS[6]}" "${RPS[10]}") | ≥ 0.5 |"
    echo "| the same at pgbench's $PGBENCH_CLIENTS clients (11 / 10) | $(ratio "${RPS[11]}" "${RPS[10]}") | ≥ 0.5 |"
    echo "| decision submissions / pgbench with prepared statements (6 / 12) | $(ratio "${RPS[6]}" "${RPS[12]}") | ≥ 0.5 |"
    echo "| the same at pgbench's $PGBENCH_CLIENTS clients (11 / 12) | $(ratio "${RPS[11]}" "${RPS[12]}") | ≥ 0.5 |"
    echo
    echo "CPU time per request or transaction (µs, median of the runs; wrk or pgbench, the proxy, the service and"
    echo "PostgreSQL share the cores, and the machine's figure is all of them):"
    echo
    echo "| # | proxy | proxy µs | leveling-service µs | machine µs |"
    echo "|---|---|---|---|---|"
    for id in 2 3 9 8 6 11 10 12; do
        echo "| $id | ${PROXY[$id]:-none} | ${PROXY_US[$id]} | ${SERVICE_US[$id]} | ${MACHINE_US[$id]} |"
    done
    echo
    echo "Decision submissions (6 and 11): $SUBMITTED answered 201; $ROWS rows written, $DISTINCT distinct candidates" \
        "(wrk does not count the answers to the at most $IN_FLIGHT requests in flight when its runs stop)."
    echo
    echo "Verified tokens answered from memory: $TOKEN_CACHE."
    echo
    echo "| service | RSS under load, max MiB |"
    echo "|---|---|"
    awk '{ if ($3 > max[$2]) max[$2] = $3; sum[$1] += $3 }
         END { for (s in max) printf "| %s | %d |\n", s, max[s];
               for (t in sum) if (sum[t] > all) all = sum[t]; printf "| all four at once | %d |\n", all }' \
        "$OUT/rss.samples" | sort
    if [[ -n $GC_PAUSES ]]; then
        echo
        echo "| collections from scenario 1 on | pauses | full | longest pause ms |"
        echo "|---|---|---|---|"
        echo "$GC_PAUSES"
    fi
    if [[ -n $STARTUP ]]; then
        echo
        echo "| startup | ms |"
        echo "|---|---|"
        echo "$STARTUP"
    fi
} | tee "$OUT/results.md"

if $SMOKE; then
    for ((id = 1; id < ${#NAMES[@]}; id++)); do
        if ((OK[$id] == 0 || ERRORS[$id] > 0)); then
            echo "[bench] FAILED: scenario $id (${NAMES[$id]}) had ${OK[$id]} good answers and ${ERRORS[$id]} errors;" \
                "see $OUT/s$id-run1.txt" >&2
            exit 1
        fi
    done
    if ((ROWS < SUBMITTED || ROWS > SUBMITTED + IN_FLIGHT || DISTINCT != ROWS)); then
        echo "[bench] FAILED: $SUBMITTED decisions answered 201 but $ROWS rows ($DISTINCT distinct) were written" >&2
        exit 1
    fi
fi
