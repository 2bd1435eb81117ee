#!/usr/bin/env bash
# Runs every test of the platform:
#   1. unit tests and each service's @QuarkusTest suite, against fresh PostgreSQL test databases, and
#      deploy/k8s's overlays rendered and checked (k8s-tests, needs kubectl with kustomize v5);
#   2. the end-to-end tests, against the platform as deploy/local/start.sh starts it (real Keycloak,
#      real tokens, all services behind the gateway);
#   3. the portal's browser tests: headless Chromium (Debian's chromium, driven by playwright-core) logs in
#      through Keycloak's login page and walks the pages against the same platform;
#   4. the OpenAPI lint of the gateway's merged document (tools/openapi-lint, needs Node.js and npm);
#   5. the benchmark harness in smoke mode (bench/run.sh --smoke: every scenario for a second, so that
#      the harness cannot rot; its figures are not tests).
# Makes sure PostgreSQL runs, and installs what is missing of Node.js and npm (the portal's build) and
# chromium (Debian packages). A platform this script starts is
# stopped again at the end; one that already ran is used as it is (restart it to test new code).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source deploy/local/common.sh

if ! kubectl kustomize --help >/dev/null 2>&1; then
    echo "ERROR: k8s-tests renders deploy/k8s with 'kubectl kustomize' (kustomize v5): install kubectl 1.27 or newer" >&2
    echo "       (Debian's kubernetes-client package is 1.20, whose kustomize is too old for these overlays)" >&2
    exit 1
fi
missing=()
command -v npm >/dev/null || missing+=(nodejs npm)
command -v chromium >/dev/null || missing+=(chromium)
if ((${#missing[@]})); then
    echo "[run-tests] installing ${missing[*]} (Debian packages)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
deploy/local/postgres.sh --test
./mvnw -B -ntp install

if is_running gateway; then
    echo "[run-tests] the platform is already running: the end-to-end tests use it as it is"
else
    # A platform of its own, on fresh *_e2e databases: the local platform's data stays untouched.
    export CAREER_DB_SUFFIX=_e2e
    # The tests' HR webhook receivers listen on loopback, which webhooks may target only when allowed;
    # a short backoff cap keeps the waits for retried deliveries short.
    export CAREER_WEBHOOKS_ALLOWED_NETWORKS=127.0.0.0/8 CAREER_DELIVERY_MAX_BACKOFF=4s
    # A second leveling-service instance behind the gateway, for the fault tests.
    export CAREER_EXTRA_INSTANCES=leveling-service@8091
    export GATEWAY_UPSTREAMS_LEVELING_URLS=http://127.0.0.1:8081,http://127.0.0.1:8091
    deploy/local/postgres.sh --e2e
    trap 'deploy/local/stop.sh' EXIT
fi
deploy/local/start.sh --no-build
./mvnw -B -ntp verify -pl e2e-tests -De2e.skip=false
npm --prefix portal run test:browser
# The merged API document against the OWASP API Security ruleset (Spectral, from npm, pinned).
tools/openapi-lint/lint.sh
bench/run.sh --smoke
