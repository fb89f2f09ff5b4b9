#!/usr/bin/env bash
# `npm test`: everything CI runs, in the order that fails fastest. Run after `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false TZ=UTC NX_TUI=false FORCE_COLOR=0
# In CI, nothing comes from a cache: every check really runs.
NX_FLAGS=(--outputStyle=static)
if [ "${CI:-}" = "true" ]; then NX_FLAGS+=(--skip-nx-cache); fi

step() { printf '\n[hub] == %s ==\n' "$*"; }

step "Runtime"
node_version=$(npx node --version)
case "$node_version" in v24.*) echo "[hub] Node $node_version";; *) echo "[hub] Expected Node 24 from node_modules/.bin, got $node_version: run npm ci" >&2; exit 1;; esac

step "Test servers (Chromium, FerretDB)"
bash tools/hub/ensure-test-servers.sh

step "Lint and type-check"
npx nx run-many -t lint typecheck --parallel=2 "${NX_FLAGS[@]}"

step "Generated files are up to date"
bash tools/hub/check-generated.sh

step "Unit and integration tests (API against FerretDB, libraries, web)"
npx nx run-many -t test --parallel=1 "${NX_FLAGS[@]}" -- --ci

step "Browser tests (built app, real API and database, Chromium)"
npx nx run web-e2e:e2e "${NX_FLAGS[@]}"

step "No credentials in the API logs"
npx node tools/hub/check-log-secrets.ts

step "All checks passed"
