#!/usr/bin/env bash
# Lints the running gateway's merged OpenAPI document (/openapi/platform.json) with Spectral and the OWASP
# API Security ruleset (versions pinned in package-lock.json). Writes every finding to
# target/openapi-lint.json, prints a count per rule, and fails when there are more errors than
# max-errors allows: the count may only go down (a ratchet towards zero, see the README's Security section).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
GATEWAY=${CAREER_GATEWAY:-http://127.0.0.1:8080}
if ! command -v npm >/dev/null; then
    echo "[openapi-lint] installing Node.js and npm (Debian packages)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
mkdir -p target
npm ci --no-audit --no-fund --loglevel=error >/dev/null
rm -f target/platform.json target/openapi-lint.json
curl -fsS "$GATEWAY/openapi/platform.json" -o target/platform.json
if grep -q '"x-unavailable-services"' target/platform.json; then
    echo "[openapi-lint] FAILED: the merged document lacks services that could not be asked (x-unavailable-services)" >&2
    exit 1
fi
# Spectral exits 1 when it finds errors (the ratchet below decides); anything else is Spectral failing.
status=0
npx --no-install spectral lint target/platform.json --ruleset .spectral.yaml -f json -o target/openapi-lint.json \
    --quiet || status=$?
if ((status > 1)) || [[ ! -s target/openapi-lint.json ]]; then
    echo "[openapi-lint] FAILED: Spectral did not run (exit $status)" >&2
    exit 1
fi
node summarize.mjs target/openapi-lint.json max-errors
